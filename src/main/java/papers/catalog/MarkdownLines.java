package papers.catalog;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    private volatile byte[] kinds;

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
        byte[] k = kinds;
        if (k == null) {
            // filled before it is published (volatile): a reader on another thread sees it whole or not at all
            byte[] made = new byte[starts.length];
            scan(text, null, starts, (offset, index, kind, line) -> made[index] = (byte) kind.ordinal());
            kinds = made;
            k = made;
        }
        return KINDS[k[n - 1]];
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
        scanHeadingLines(text, null, lineStarts(text), sink);
    }

    /**
     * As {@link #scanHeadingLines(String, HeadingLine)}, for a text whose {@link #lineStarts} are {@code starts};
     * {@code latin1}, when not null, is the bytes {@code text} is the Latin-1 view of (read faster than the text).
     */
    static void scanHeadingLines(String text, byte[] latin1, int[] starts, HeadingLine sink) {
        scan(text, latin1, starts, true, (offset, index, kind, line) -> {
            if (kind == Kind.HEADING) {
                sink.at(offset, index, line);
            }
        });
    }

    /**
     * One pass over the lines of {@code text}, which start at {@code starts}; lines that cannot be special are
     * decided without being copied (from {@code latin1}, when not null: the bytes whose Latin-1 view the text is).
     */
    static void scan(String text, byte[] latin1, int[] starts, LineSink sink) {
        scan(text, latin1, starts, false, sink);
    }

    /**
     * As {@link #scan(String, byte[], int[], LineSink)}; when {@code headingsOnly}, a run of empty lines (outside a
     * fence or comment) is passed over at once without being told to {@code sink}: the scan of a text that is
     * mostly empty lines, as a file's window is, costs what its other lines cost.
     */
    private static void scan(String text, byte[] latin1, int[] starts, boolean headingsOnly, LineSink sink) {
        State state = new State();
        int lineNo = 0;
        int pos = 0;
        int nextComment = text.indexOf("<!--");
        while (pos < text.length()) {
            if (headingsOnly && charAt(text, latin1, pos) == '\n' && state.fence == null && !state.inComment) {
                int run = pos;
                while (run < text.length() && charAt(text, latin1, run) == '\n') {
                    run++;
                }
                state.inHtml = false;
                lineNo += run - pos;
                pos = run;
                continue;
            }
            int next = lineNo + 1 < starts.length ? starts[lineNo + 1] : text.length();
            int end = next;
            while (end > pos && isBreak(charAt(text, latin1, end - 1))) {
                end--;
            }
            if (nextComment >= 0 && nextComment < pos) {
                nextComment = text.indexOf("<!--", pos);
            }
            boolean hasComment = nextComment >= 0 && nextComment < end;
            Kind quick = state.fence == null && !state.inComment && !hasComment ? state.quick(text, latin1, pos, end) : null;
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
        Kind quick(String text, byte[] latin1, int pos, int end) {
            int i = pos;
            while (i < end) {
                char c = charAt(text, latin1, i);
                if (c != ' ' && c != '\t' && (i != 0 || c != '\uFEFF')) {
                    break;
                }
                i++;
            }
            if (i == end) {
                inHtml = false;
                return Kind.BLANK;
            }
            char c0 = charAt(text, latin1, i);
            boolean fence = (c0 == '`' || c0 == '~') && i + 2 < end && charAt(text, latin1, i + 1) == c0
                    && charAt(text, latin1, i + 2) == c0;
            if (c0 != '#' && c0 != '<' && !fence) {
                return inHtml ? Kind.HTML : Kind.TEXT; // a line of inline code (`tag` `tag`) opens no fence
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

    /** Char {@code i} of {@code text}, read from {@code latin1} when the text is that array's Latin-1 view. */
    private static char charAt(String text, byte[] latin1, int i) {
        return latin1 != null ? (char) (latin1[i] & 0xff) : text.charAt(i);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** What a line outside fences and comments is: the start of a fence or comment, blank, HTML, a heading or text. */
    private static Kind kindOf(String line, boolean inHtml) {
        String lead = line.stripLeading();
        char c0 = lead.isEmpty() ? ' ' : lead.charAt(0);
        int comment = line.indexOf("<!--");
        // a fence opens with three of its marks: a line of inline code (`tag` `tag`) is not worth the pattern
        if ((c0 == '`' || c0 == '~') && lead.startsWith(c0 == '`' ? "```" : "~~~") && FENCE.matcher(line).matches()) {
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
        if (text.indexOf('\r') < 0) {
            // the common case, a jump from line break to line break (String.indexOf is far faster than charAt)
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            return Arrays.copyOf(starts, n);
        }
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

    /** Eight bytes of an array read as one long: made when a byte scan first runs, not whenever lines are read. */
    private static final class Words {
        static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    }

    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long LF8 = 0x0A0A0A0A0A0A0A0AL;
    private static final long CR8 = 0x0D0D0D0D0D0D0D0DL;

    /**
     * {@link #lineStarts(String)} of the text whose UTF-8 (or Latin-1) bytes are {@code bytes}: a line break is
     * one byte in both. Eight bytes are looked at a time, and only words that hold a break byte by byte.
     */
    public static int[] lineStarts(byte[] bytes) {
        int[] starts = new int[256];
        int n = 1;
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            long word = (long) Words.LONGS.get(bytes, i);
            // a bit for each \n or \r byte of the word, lowest address lowest
            for (long breaks = zeroBytes(word ^ LF8) | zeroBytes(word ^ CR8); breaks != 0; breaks &= breaks - 1) {
                int j = i + Long.numberOfTrailingZeros(breaks) / 8;
                if (startsLine(bytes, j + 1)) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = j + 1;
                }
            }
        }
        for (; i < bytes.length; i++) {
            if (startsLine(bytes, i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Whether a line starts at {@code at} (past the first byte): after \n, or after a \r that no \n follows. */
    private static boolean startsLine(byte[] bytes, int at) {
        byte c = bytes[at - 1];
        return c == '\n' || c == '\r' && (at == bytes.length || bytes[at] != '\n');
    }

    /** The high bit of each byte of {@code x} that is zero, and of no other. */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * True when a line of {@code text} is a link reference definition's start ({@code [label]: ...}, indented
     * at most three spaces): what {@code (?m)^ {0,3}\[[^\]\n]++]:} finds, with one look at each line that
     * holds {@code ]:}, so the work is linear in the text however its lines are made.
     */
    public static boolean hasReferenceDefinition(String text) {
        int at = text.indexOf("]:");
        while (at >= 0) {
            if (definitionAt(text, at)) {
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

    /**
     * {@link #hasReferenceDefinition(String)} of the text whose UTF-8 bytes are {@code bytes}, seen as
     * {@code latin1} (the same bytes, one char each).
     */
    public static boolean hasReferenceDefinition(byte[] bytes, String latin1) {
        for (int at = indexOf(bytes, (byte) ']', 0); at >= 0 && at + 1 < bytes.length; at = indexOf(bytes, (byte) ']', at + 1)) {
            if (bytes[at + 1] == ':' && definitionAt(latin1, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code ]:} at {@code at} ends a definition's label that opens its line. */
    private static boolean definitionAt(String text, int at) {
        int start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
        int i = start;
        while (i < at && i - start < 4 && text.charAt(i) == ' ') {
            i++;
        }
        return i - start <= 3 && i + 1 < at && text.charAt(i) == '[' && text.indexOf(']', i + 1) == at;
    }

    private static final long HIGH8 = 0x8080808080808080L;

    /**
     * Whether {@code bytes} are well-formed UTF-8 (as the JDK's decoder takes it: no overlong forms, surrogates or
     * code points past U+10FFFF) holding no NUL byte. Eight ASCII bytes are passed over at a time.
     */
    static boolean plainUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (i + 8 <= n) {
                long w = (long) Words.LONGS.get(bytes, i);
                if ((w & HIGH8) == 0) {
                    if (zeroBytes(w) != 0) {
                        return false;
                    }
                    i += 8;
                    continue;
                }
            }
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                if (b == 0) {
                    return false;
                }
                i++;
                continue;
            }
            int more;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                more = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                more = 2;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                more = 3;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + more >= n) {
                return false;
            }
            int c1 = bytes[i + 1] & 0xff;
            if (c1 < lo || c1 > hi) {
                return false;
            }
            for (int k = 2; k <= more; k++) {
                int c = bytes[i + k] & 0xff;
                if (c < 0x80 || c > 0xBF) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }

    /** Where byte {@code b} is first in {@code bytes} from {@code from}, looking at eight bytes at a time; -1 if nowhere. */
    public static int indexOf(byte[] bytes, byte b, int from) {
        long pattern = (b & 0xFFL) * 0x0101010101010101L;
        int i = Math.max(from, 0);
        for (; i + 8 <= bytes.length; i += 8) {
            long z = zeroBytes((long) Words.LONGS.get(bytes, i) ^ pattern);
            if (z != 0) {
                return i + Long.numberOfTrailingZeros(z) / 8;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
