package papers.lint.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Rule#TEXT_AFTER_EMPTY_LINK}: text glued after an empty link, {@code [Title]()https://...}. */
final class GluedTextCheck extends LineCheck {
    private static final Pattern GLUED = Pattern.compile("]\\(\\s*\\)(?=[^\\s\\[\\]()*_,.;:])");

    @Override
    void checkLine(LintFile file, int n, String line, Findings out) {
        Matcher m = GLUED.matcher(line);
        while (m.find()) {
            String raw = file.raw(n);
            String rest = raw.substring(m.end(), Math.min(raw.length(), m.end() + 30));
            out.add(Rule.TEXT_AFTER_EMPTY_LINK, n, m.end() + 1, "text glued after an empty link: " + rest.split("\\s")[0],
                    rest, null);
        }
    }
}
