package papers.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a Markdown text as commonmark breaks them, and a scan of its headings that skips fenced code,
 * HTML comments and HTML blocks without parsing the text.
 */
public final class MarkdownLines {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");
    private static final Pattern HTML_START = Pattern.compile("^ {0,3}<[/!?a-zA-Z].*");
    static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

    private MarkdownLines() {}

    /** Called for each line that starts an ATX heading outside fences, comments and HTML blocks. */
    @FunctionalInterface
    interface HeadingLine {
        void at(int offset, int lineIndex, String line);
    }

    /** Finds the heading lines of {@code text} without parsing it: fences, HTML comments and HTML blocks are skipped. */
    static void scanHeadingLines(String text, HeadingLine sink) {
        String fence = null;
        boolean inComment = false;
        boolean inHtml = false;
        int lineNo = 0;
        int pos = 0;
        int nextComment = text.indexOf("<!--");
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int next = nl < 0 ? text.length() : nl + 1;
            int end = nl < 0 ? text.length() : (nl > pos && text.charAt(nl - 1) == '\r' ? nl - 1 : nl);
            if (nextComment >= 0 && nextComment < pos) {
                nextComment = text.indexOf("<!--", pos);
            }
            boolean hasComment = nextComment >= 0 && nextComment < end;
            if (fence == null && !inComment && !hasComment) {
                // the common case, decided without copying the line: not a heading, fence or HTML start
                int i = pos;
                while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || (i == 0 && text.charAt(i) == '\uFEFF'))) {
                    i++;
                }
                char c0 = i < end ? text.charAt(i) : ' ';
                if (i == end) {
                    inHtml = false;
                    pos = next;
                    lineNo++;
                    continue;
                }
                if (c0 != '#' && c0 != '`' && c0 != '~' && c0 != '<') {
                    pos = next;
                    lineNo++;
                    continue;
                }
            }
            String line = text.substring(pos, end);
            if (lineNo == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
            } else if (inComment) {
                inComment = !line.contains("-->");
            } else {
                char c0 = line.stripLeading().isEmpty() ? ' ' : line.stripLeading().charAt(0);
                Matcher f = c0 == '`' || c0 == '~' ? FENCE.matcher(line) : null;
                int comment = line.indexOf("<!--");
                if (f != null && f.matches()) {
                    fence = f.group(1);
                } else if (comment >= 0 && line.indexOf("-->", comment) < 0) {
                    inComment = true;
                } else if (line.isBlank()) {
                    inHtml = false;
                } else if (c0 == '<' && HTML_START.matcher(line).matches()) {
                    inHtml = true;
                } else if (c0 == '#' && !inHtml && ATX.matcher(line).matches()) {
                    sink.at(pos, lineNo, line);
                }
            }
            pos = next;
            lineNo++;
        }
    }

    /**
     * Start offsets of the lines of {@code text}, breaking where commonmark does: at \\n, \\r\\n and
     * a lone \\r. The one line index of papers.
     */
    public static int[] lineStarts(String text) {
        int[] starts = new int[256];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }
}
