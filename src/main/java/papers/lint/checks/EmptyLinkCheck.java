package papers.lint.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Rule#LINK_EMPTY}: a link with an empty target, {@code [Code]()}. */
final class EmptyLinkCheck extends LineCheck {
    private static final Pattern EMPTY_LINK = Pattern.compile("!?\\[([^\\[\\]]*)]\\(\\s*\\)");

    @Override
    void checkLine(LintFile file, int n, String line, Findings out) {
        if (!Cheap.emptyTarget(line)) {
            return;
        }
        Matcher m = EMPTY_LINK.matcher(line);
        while (m.find()) {
            out.add(Rule.LINK_EMPTY, n, m.start() + 1, "empty link target: " + m.group(), m.group(), null);
        }
    }
}
