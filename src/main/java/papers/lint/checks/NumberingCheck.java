package papers.lint.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Rule#NUMBERING}: a gap or a repeat in a numbered list, the fix writing the expected number. A list
 * numbered all alike (all {@code 1.}) is a style, and so is one that starts from any number.
 */
final class NumberingCheck implements Check {
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d+)([.)])\\s");

    /** One numbered item: its line, its number, and the column the number starts at. */
    private record Item(int line, int number, int column) {}

    @Override
    public void check(LintFile file, Findings out) {
        for (List<Item> list : lists(file)) {
            if (list.size() < 2 || list.stream().allMatch(x -> x.number() == list.get(0).number())) {
                continue;
            }
            int expected = list.get(0).number();
            for (Item item : list) {
                if (item.number() != expected) {
                    out.add(Rule.NUMBERING, item.line(), item.column(), (item.number() < expected ? "repeated number "
                            : "gap in numbering: ") + item.number() + ", expected " + expected, String.valueOf(item.number()),
                            String.valueOf(expected));
                }
                expected++;
            }
        }
    }

    /** Runs of numbered items at one indentation; a heading, or text as far left, ends a run. */
    private static List<List<Item>> lists(LintFile file) {
        Set<Integer> headingLines = new HashSet<>();
        file.parsed().headings().forEach(h -> headingLines.add(h.line()));
        List<List<Item>> lists = new ArrayList<>();
        List<Item> current = null;
        int indent = -1;
        for (int n = 1; n <= file.count(); n++) {
            String l = file.raw(n);
            if (file.hidden(n) || l.isBlank()) {
                continue;
            }
            int lead = l.length() - l.stripLeading().length();
            Matcher m = NUMBERED.matcher(l);
            if (headingLines.contains(n)) {
                current = null;
            } else if (m.find()) {
                if (current == null || lead != indent) {
                    if (current != null && lead > indent) {
                        continue; // a nested list inside an item
                    }
                    current = new ArrayList<>();
                    lists.add(current);
                    indent = lead;
                }
                current.add(new Item(n, Integer.parseInt(m.group(2)), m.start(2) + 1));
            } else if (current != null && lead <= indent) {
                current = null;
            }
        }
        return lists;
    }
}
