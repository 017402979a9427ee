package papers.catalog;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a Markdown text as commonmark breaks them (at {@code \n}, {@code \r\n} and a lone {@code \r}),
 * 1-based, each with what it is to a reader of the list: fenced code, an HTML comment, an HTML block, an ATX
 * heading, blank, or text. Found by a scan of the lines, without parsing the text; the parser, the linter,
 * the table of contents and the index all read lines through it.
 *
 * <pre>{@code
 * MarkdownLines lines = MarkdownLines.of(text);
 * for (int n = 1; n <= lines.count(); n++) if (!lines.isHidden(n)) check(lines.line(n));
 * }</pre>
 */
public final class MarkdownLines {
    // DOTALL: a line holds no break, and U+0085 (a byte of many UTF-8 characters, seen as Latin-1) is no break in Markdown
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*", Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile("^ {0,3}<[/!?a-zA-Z].*", Pattern.DOTALL);
    static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$", Pattern.DOTALL);

    /** What a line is. Fence lines themselves are {@code FENCED}; the line that opens a comment is {@code COMMENT}. */
    public enum Kind { TEXT, BLANK, FENCED, COMMENT, HTML, HEADING }

    private static final Kind[] KINDS = Kind.values();

    private final String text;
    private final int[] starts;
    private byte[] kinds;

    private MarkdownLines(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    public static MarkdownLines of(String text) {
        return new MarkdownLines(text, lineStarts(text));
    }

    /** The number of lines: one more than the line breaks. */
    public int count() {
        return starts.length;
    }

    /** Line {@code n} (1-based) without its line ending. */
    public String line(int n) {
        int from = starts[n - 1];
        int to = n < starts.length ? starts[n] : text.length();
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Offset in the text where line {@code n} (1-based) starts. */
    public int start(int n) {
        return starts[n - 1];
    }

    /** Every line, first first, as a view. */
    public List<String> list() {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return line(i + 1);
            }

            @Override
            public int size() {
                return starts.length;
            }
        };
    }

    public Kind kind(int n) {
        if (kinds == null) {
            byte[] k = new byte[starts.length];
            scan(text, (offset, index, kind, line) -> k[index] = (byte) kind.ordinal());
            kinds = k;
        }
        return KINDS[kinds[n - 1]];
    }

    /** True for a line that readers do not see as list text: inside fenced code or an HTML comment. */
    public boolean isHidden(int n) {
        Kind k = kind(n);
        return k == Kind.FENCED || k == Kind.COMMENT;
    }

    /** Called for each line, in order, with its 0-based index; {@code line} is null for text and blank lines. */
    @FunctionalInterface
    interface LineSink {
        void at(int offset, int index, Kind kind, String line);
    }

    /** Called for each line that starts an ATX heading outside fences, comments and HTML blocks. */
    @FunctionalInterface
    interface HeadingLine {
        void at(int offset, int lineIndex, String line);
    }

    /** Finds the heading lines of {@code text} without parsing it: fences, HTML comments and HTML blocks are skipped. */
    static void scanHeadingLines(String text, HeadingLine sink) {
        scan(text, (offset, index, kind, line) -> {
            if (kind == Kind.HEADING) {
                sink.at(offset, index, line);
            }
        });
    }

    /** One pass over the lines of {@code text}; lines that cannot be special are decided without being copied. */
    static void scan(String text, LineSink sink) {
        State state = new State();
        int lineNo = 0;
        int pos = 0;
        int nextComment = text.indexOf("<!--");
        int nextCr = text.indexOf('\r');
        int nextLf = text.indexOf('\n');
        while (pos < text.length()) {
            if (nextLf >= 0 && nextLf < pos) {
                nextLf = text.indexOf('\n', pos);
            }
            if (nextCr >= 0 && nextCr < pos) {
                nextCr = text.indexOf('\r', pos);
            }
            int end = nextLf < 0 ? text.length() : nextLf;
            int next = nextLf < 0 ? text.length() : nextLf + 1;
            if (nextCr >= 0 && nextCr < end) {
                end = nextCr;
                next = nextCr + 1 < text.length() && text.charAt(nextCr + 1) == '\n' ? nextCr + 2 : nextCr + 1;
            }
            if (nextComment >= 0 && nextComment < pos) {
                nextComment = text.indexOf("<!--", pos);
            }
            boolean hasComment = nextComment >= 0 && nextComment < end;
            Kind quick = state.fence == null && !state.inComment && !hasComment ? state.quick(text, pos, end) : null;
            if (quick != null) {
                sink.at(pos, lineNo, quick, null);
            } else {
                String line = text.substring(pos, end);
                if (lineNo == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                sink.at(pos, lineNo, state.next(line), line);
            }
            pos = next;
            lineNo++;
        }
        if (text.isEmpty() || isBreak(text.charAt(text.length() - 1))) {
            // the empty line after the last line break
            sink.at(text.length(), lineNo, state.fence != null ? Kind.FENCED : state.inComment ? Kind.COMMENT : Kind.BLANK, null);
        }
    }

    /** Where the scan is: inside a fence (and which), a comment or an HTML block. */
    private static final class State {
        String fence;
        boolean inComment;
        boolean inHtml;

        /** The common case, decided without copying the line: blank, or text that starts no heading, fence or HTML. */
        Kind quick(String text, int pos, int end) {
            int i = pos;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || (i == 0 && text.charAt(i) == '\uFEFF'))) {
                i++;
            }
            if (i == end) {
                inHtml = false;
                return Kind.BLANK;
            }
            char c0 = text.charAt(i);
            if (c0 != '#' && c0 != '`' && c0 != '~' && c0 != '<') {
                return inHtml ? Kind.HTML : Kind.TEXT;
            }
            return null;
        }

        /** The kind of {@code line}, and the state after it. */
        Kind next(String line) {
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
                return Kind.FENCED;
            }
            if (inComment) {
                inComment = !line.contains("-->");
                return Kind.COMMENT;
            }
            Kind kind = kindOf(line, inHtml);
            if (kind == Kind.FENCED) {
                Matcher f = FENCE.matcher(line);
                fence = f.matches() ? f.group(1) : null;
            } else if (kind == Kind.COMMENT) {
                inComment = true;
            } else if (kind == Kind.BLANK) {
                inHtml = false;
            } else if (kind == Kind.HTML) {
                inHtml = true;
            }
            return kind;
        }
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** What a line outside fences and comments is: the start of a fence or comment, blank, HTML, a heading or text. */
    private static Kind kindOf(String line, boolean inHtml) {
        String lead = line.stripLeading();
        char c0 = lead.isEmpty() ? ' ' : lead.charAt(0);
        int comment = line.indexOf("<!--");
        if ((c0 == '`' || c0 == '~') && FENCE.matcher(line).matches()) {
            return Kind.FENCED;
        }
        if (comment >= 0 && line.indexOf("-->", comment) < 0) {
            return Kind.COMMENT;
        }
        if (line.isBlank()) {
            return Kind.BLANK;
        }
        if (c0 == '<' && HTML_START.matcher(line).matches()) {
            return Kind.HTML;
        }
        if (c0 == '#' && !inHtml && ATX.matcher(line).matches()) {
            return Kind.HEADING;
        }
        return inHtml ? Kind.HTML : Kind.TEXT;
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
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * True when a line of {@code text} is a link reference definition's start ({@code [label]: ...}, indented
     * at most three spaces): what {@code (?m)^ {0,3}\[[^\]\n]++]:} finds, with one look at each line that
     * holds {@code ]:}, so the work is linear in the text however its lines are made.
     */
    public static boolean hasReferenceDefinition(String text) {
        int at = text.indexOf("]:");
        while (at >= 0) {
            int start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
            int i = start;
            while (i < at && i - start < 4 && text.charAt(i) == ' ') {
                i++;
            }
            if (i - start <= 3 && i + 1 < at && text.charAt(i) == '[' && text.indexOf(']', i + 1) == at) {
                return true;
            }
            int lf = text.indexOf('\n', at);
            int cr = text.indexOf('\r', at);
            int end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            if (end < 0) {
                return false;
            }
            at = text.indexOf("]:", end + 1);
        }
        return false;
    }
}
