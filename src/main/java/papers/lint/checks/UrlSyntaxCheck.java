package papers.lint.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Rule#URL_SYNTAX}: a space, or unbalanced brackets, in a link's target. */
final class UrlSyntaxCheck extends LineCheck {
    private static final Pattern LINK_WITH_SPACE = Pattern.compile("]\\((https?://[^)\\s]*+\\s++[^)\"]{0,1000}+)\\)");

    @Override
    void checkLine(LintFile file, int n, String line, Findings out) {
        if (!line.contains("](")) {
            return;
        }
        Matcher m = LINK_WITH_SPACE.matcher(line);
        while (m.find()) {
            out.add(Rule.URL_SYNTAX, n, m.start(1) + 1, "space in a link's target: " + m.group(1), m.group(1), null);
        }
        m = Links.TARGET.matcher(line);
        while (m.find()) {
            String target = m.group(1);
            if (count(target, '[') != count(target, ']')) {
                out.add(Rule.URL_SYNTAX, n, m.start(1) + 1, "unbalanced brackets in a link's target: " + target, target, null);
            }
        }
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == ch ? 1 : 0;
        }
        return n;
    }
}
