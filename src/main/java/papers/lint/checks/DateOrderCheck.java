package papers.lint.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.Entry;
import papers.catalog.EntryDate;

/**
 * {@link Rule#DATE_ORDER}: an entry out of order in a section ordered by date. A section of four or more
 * dated entries is ordered when three quarters of its steps go one way; months are compared, not days.
 */
final class DateOrderCheck implements Check {
    @Override
    public void check(LintFile file, Findings out) {
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (Entry e : file.parsed().entries()) {
            if (e.date() != null && e.date().month() != 0) {
                bySection.computeIfAbsent(String.valueOf(e.sectionPath()), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> list : bySection.values()) {
            if (list.size() >= 4) {
                section(list, out);
            }
        }
    }

    private static void section(List<Entry> list, Findings out) {
        int down = 0;
        int up = 0;
        for (int i = 1; i < list.size(); i++) {
            int cmp = month(list.get(i)).compareTo(month(list.get(i - 1)));
            down += cmp < 0 ? 1 : 0;
            up += cmp > 0 ? 1 : 0;
        }
        int total = down + up;
        if (total == 0 || (down * 4 < total * 3 && up * 4 < total * 3) || Math.min(down, up) == 0) {
            return;
        }
        boolean newestFirst = down > up;
        for (int i = 1; i < list.size(); i++) {
            int cmp = month(list.get(i)).compareTo(month(list.get(i - 1)));
            if ((newestFirst && cmp > 0) || (!newestFirst && cmp < 0)) {
                Entry e = list.get(i);
                out.add(Rule.DATE_ORDER, e.line(), 1, e.date() + " is out of order in a section ordered "
                        + (newestFirst ? "newest first" : "oldest first") + " (after " + list.get(i - 1).date() + ")",
                        e.title(), null);
            }
        }
    }

    /** A date at month precision, so the several papers of a month never count as out of order. */
    private static EntryDate month(Entry e) {
        return EntryDate.of(e.date().year(), e.date().month());
    }
}
