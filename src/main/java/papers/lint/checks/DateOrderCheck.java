package papers.lint.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.Entry;
import papers.catalog.DateOrder;

/**
 * {@link Rule#DATE_ORDER}: an entry out of order in a section ordered by date ({@link DateOrder}: by month,
 * three quarters of the steps one way), where some step goes the other.
 */
final class DateOrderCheck implements Check {
    @Override
    public void check(LintFile file, Findings out) {
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (Entry e : file.parsed().entries()) {
            if (DateOrder.month(e) != null) {
                bySection.computeIfAbsent(String.valueOf(e.sectionPath()), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> list : bySection.values()) {
            DateOrder order = DateOrder.of(list);
            if (order == DateOrder.NONE) {
                continue;
            }
            for (int i = 1; i < list.size(); i++) {
                if (order.outOfOrder(DateOrder.month(list.get(i - 1)), DateOrder.month(list.get(i)))) {
                    Entry e = list.get(i);
                    out.add(Rule.DATE_ORDER, e.line(), 1, e.date() + " is out of order in a section ordered "
                            + (order == DateOrder.NEWEST_FIRST ? "newest first" : "oldest first") + " (after "
                            + list.get(i - 1).date() + ")", e.title(), null);
                }
            }
        }
    }
}
