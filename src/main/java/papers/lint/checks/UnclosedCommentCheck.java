package papers.lint.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Rule#UNCLOSED_COMMENT}: an HTML comment never closed, which hides the rest of the file. */
final class UnclosedCommentCheck implements Check {
    private static final Pattern LINE = Pattern.compile(":(\\d+): ");

    @Override
    public void check(LintFile file, Findings out) {
        for (String w : file.parsed().warnings()) {
            if (!w.contains(": unclosed HTML comment")) {
                continue; // the parser's other warnings (a line too long to read whole) are not this rule's
            }
            Matcher m = LINE.matcher(w);
            int line = m.find() ? Integer.parseInt(m.group(1)) : 1;
            out.add(Rule.UNCLOSED_COMMENT, line, 1, "HTML comment never closed: everything after it is hidden", "<!--", null);
        }
    }
}
