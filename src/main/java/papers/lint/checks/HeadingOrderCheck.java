package papers.lint.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.ParsedFile;

/** {@link Rule#HEADING_ORDER}: a month or year heading out of the order its level's other date headings keep. */
final class HeadingOrderCheck implements Check {
    @Override
    public void check(LintFile file, Findings out) {
        Map<Integer, List<ParsedFile.Heading>> byLevel = new HashMap<>();
        for (ParsedFile.Heading h : file.parsed().headings()) {
            if (h.isDate()) {
                byLevel.computeIfAbsent(h.level(), k -> new ArrayList<>()).add(h);
            }
        }
        for (List<ParsedFile.Heading> list : byLevel.values()) {
            if (list.size() >= 3) {
                level(list, out);
            }
        }
    }

    private static void level(List<ParsedFile.Heading> list, Findings out) {
        int down = 0;
        int up = 0;
        for (int i = 1; i < list.size(); i++) {
            int cmp = list.get(i).from().compareTo(list.get(i - 1).from());
            down += cmp < 0 ? 1 : 0;
            up += cmp > 0 ? 1 : 0;
        }
        if (Math.min(down, up) == 0) {
            return;
        }
        boolean newestFirst = down >= up;
        for (int i = 1; i < list.size(); i++) {
            int cmp = list.get(i).from().compareTo(list.get(i - 1).from());
            if ((newestFirst && cmp > 0) || (!newestFirst && cmp < 0)) {
                out.add(Rule.HEADING_ORDER, list.get(i).line(), 1, "heading \"" + list.get(i).text() + "\" is out of order",
                        list.get(i).text(), null);
            }
        }
    }
}
