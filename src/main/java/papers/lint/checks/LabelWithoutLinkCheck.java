package papers.lint.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Rule#LABEL_WITHOUT_LINK}: a label with no link, {@code [[Code]]} or a lone {@code [Paper]}. */
final class LabelWithoutLinkCheck extends LineCheck {
    private static final Pattern DOUBLE_LABEL = Pattern.compile("\\[\\[([^\\[\\]]{1,40})]](?![(\\[])");
    private static final Pattern SINGLE_LABEL = Pattern.compile("(?<![\\[\\]!\\w])\\[(\\*{0,2}(?:Paper|Code|PDF|Project|Demo|"
            + "Page|Website|Model|Dataset|Data|Blog|Video|Slides|Notes|ReadNotes|Github|GitHub|arXiv|Reading Notes)\\*{0,2})](?![(\\[:])");

    @Override
    void checkLine(LintFile file, int n, String line, Findings out) {
        if (!Cheap.bracketNotFollowedByLink(line)) {
            return;
        }
        Matcher m = DOUBLE_LABEL.matcher(line);
        while (m.find()) {
            out.add(Rule.LABEL_WITHOUT_LINK, n, m.start() + 1, "label with no link: " + m.group(), m.group(), null);
        }
        m = SINGLE_LABEL.matcher(line);
        while (m.find()) {
            if (m.start() > 0 && line.charAt(m.start() - 1) == '[') {
                continue;
            }
            out.add(Rule.LABEL_WITHOUT_LINK, n, m.start() + 1, "label with no link: " + m.group(), m.group(), null);
        }
    }
}
