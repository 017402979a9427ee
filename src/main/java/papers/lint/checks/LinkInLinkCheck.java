package papers.lint.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Rule#LINK_IN_LINK}: a link nested inside another link's target. */
final class LinkInLinkCheck extends LineCheck {
    private static final Pattern NESTED = Pattern.compile("]\\([^)\\s\\[]{0,500}+\\[[^\\]]{0,300}+]\\(");

    @Override
    void checkLine(LintFile file, int n, String line, Findings out) {
        int first = line.indexOf("](");
        if (first < 0 || line.indexOf("](", first + 2) < 0) {
            return;
        }
        Matcher m = NESTED.matcher(line);
        while (m.find()) {
            out.add(Rule.LINK_IN_LINK, n, m.start() + 1, "a link inside a link's target", m.group(), null);
        }
    }
}
