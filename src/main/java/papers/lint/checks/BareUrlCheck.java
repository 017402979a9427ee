package papers.lint.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Rule#BARE_URL}: a bare URL in an entry, where the list writes links as {@code [label](url)}. */
final class BareUrlCheck extends LineCheck {
    private static final Pattern BARE = Pattern.compile("(?<![(<\\[\"'=])\\bhttps?://[^\\s<>()\\[\\]]+");

    @Override
    void checkLine(LintFile file, int n, String line, Findings out) {
        if (!file.inEntry(n) || !line.contains("://")) {
            return;
        }
        Matcher m = BARE.matcher(line);
        while (m.find()) {
            if (m.start() >= 2 && line.startsWith("](", m.start() - 2)) {
                continue;
            }
            out.add(Rule.BARE_URL, n, m.start() + 1, "bare URL; write it as a link: [label](" + m.group() + ")", m.group(), null);
        }
    }
}
