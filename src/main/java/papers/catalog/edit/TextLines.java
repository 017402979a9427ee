package papers.catalog.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text as lines that keep their own line endings, so that splicing lines in and out leaves every
 * other byte as it was: CRLF or LF, a byte-order mark, a final newline or none.
 *
 * <pre>{@code
 * TextLines t = TextLines.of(text);
 * t.insert(3, List.of("- [New](https://arxiv.org/abs/2409.12191)"));
 * String changed = t.toString();
 * }</pre>
 */
public final class TextLines {
    /** An ending that is the file's usual one, and the ending of a last line that has none. */
    private static final int NEWLINE = -1;
    private static final int NONE = -2;

    private final String bom;
    private final String text;
    private final String newline;
    // line i is text[from[i], to[i]) (or written[-from[i] - 1] when from[i] < 0), ended by text[endFrom[i], endTo[i])
    // (or by the usual newline, or nothing): a big file is not cut into a string per line
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] endFrom = new int[16];
    private int[] endTo = new int[16];
    private int size;
    private final List<String> written = new ArrayList<>();

    private TextLines(String bom, String text, String newline) {
        this.bom = bom;
        this.text = text;
        this.newline = newline;
    }

    public static TextLines of(String text) {
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String t = text.substring(bom.length());
        int crlf = 0;
        int lf = 0;
        for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
            if (i > 0 && t.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        TextLines out = new TextLines(bom, t, crlf > lf ? "\r\n" : "\n");
        int start = 0;
        if (crlf == 0 && t.indexOf('\r') < 0) {
            // LF only: a jump from line break to line break
            for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', start)) {
                out.add(start, i, i, i + 1);
                start = i + 1;
            }
            if (start < t.length()) {
                out.add(start, t.length(), NONE, NONE);
            }
            return out;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(start, end, end, i + 1);
                start = i + 1;
            }
        }
        if (start < t.length()) {
            out.add(start, t.length(), NONE, NONE);
        }
        return out;
    }

    /** The number of lines. */
    public int size() {
        return size;
    }

    /** Line {@code n}, 1-based, without its ending. */
    public String line(int n) {
        int i = index(n);
        return from[i] < 0 ? written.get(-from[i] - 1) : text.substring(from[i], to[i]);
    }

    /** The file's usual line ending. */
    public String newline() {
        return newline;
    }

    /** Inserts {@code lines} so that their first becomes line {@code before} (1-based; size()+1 appends). */
    public void insert(int before, List<String> lines) {
        int at = before - 1;
        if (at < 0 || at > size) {
            throw new IndexOutOfBoundsException("line " + before + " of " + size);
        }
        if (at == size && at > 0 && endFrom[at - 1] == NONE) {
            // the file had no final newline: end the old last line, and leave the new last line without one
            endFrom[at - 1] = NEWLINE;
            open(at, lines.size());
            for (int i = 0; i < lines.size(); i++) {
                fill(at + i, lines.get(i), i + 1 < lines.size() ? NEWLINE : NONE);
            }
            return;
        }
        open(at, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            fill(at + i, lines.get(i), NEWLINE);
        }
    }

    /** Replaces line {@code n} (1-based), keeping its ending. */
    public void set(int n, String line) {
        int i = index(n);
        written.add(line);
        from[i] = -written.size();
    }

    /** Removes lines {@code first} to {@code last} (1-based, inclusive). */
    public void remove(int first, int last) {
        int a = index(first);
        int b = index(last);
        boolean tail = b == size - 1;
        int lastFrom = endFrom[b];
        int lastTo = endTo[b];
        int gone = b - a + 1;
        for (int[] column : new int[][] {from, to, endFrom, endTo}) {
            System.arraycopy(column, b + 1, column, a, size - b - 1);
        }
        size -= gone;
        if (tail && size > 0) {
            // removed the last lines: the new last line ends as the old last line did
            endFrom[size - 1] = lastFrom;
            endTo[size - 1] = lastTo;
        }
    }

    /** Replaces lines {@code first} to {@code last} (1-based, inclusive) with {@code lines}, keeping the endings of lines that stay. */
    public void replace(int first, int last, List<String> lines) {
        int keep = Math.min(lines.size(), last - first + 1);
        for (int i = 0; i < keep; i++) {
            set(first + i, lines.get(i));
        }
        if (lines.size() > keep) {
            insert(first + keep, lines.subList(keep, lines.size()));
        } else if (last - first + 1 > keep) {
            remove(first + keep, last);
        }
    }

    @Override
    public String toString() {
        int length = bom.length();
        for (int i = 0; i < size; i++) {
            length += (from[i] < 0 ? written.get(-from[i] - 1).length() : to[i] - from[i]) + endLength(i);
        }
        StringBuilder sb = new StringBuilder(length).append(bom);
        // a run of lines as they were in the text, endings and all, is one piece of it
        int run = -1;
        int runEnd = -1;
        for (int i = 0; i < size; i++) {
            if (from[i] >= 0 && endFrom[i] != NEWLINE && (endFrom[i] == NONE || endFrom[i] == to[i])) {
                int end = endFrom[i] == NONE ? to[i] : endTo[i];
                if (run >= 0 && from[i] == runEnd) {
                    runEnd = end;
                    continue;
                }
                flush(sb, run, runEnd);
                run = from[i];
                runEnd = end;
                continue;
            }
            flush(sb, run, runEnd);
            run = -1;
            if (from[i] < 0) {
                sb.append(written.get(-from[i] - 1));
            } else {
                sb.append(text, from[i], to[i]);
            }
            if (endFrom[i] == NEWLINE) {
                sb.append(newline);
            } else if (endFrom[i] >= 0) {
                sb.append(text, endFrom[i], endTo[i]);
            }
        }
        flush(sb, run, runEnd);
        return sb.toString();
    }

    /** Appends text[from, to) when a run is open ({@code from >= 0}); a String piece is copied at once, not char by char. */
    private void flush(StringBuilder sb, int from, int to) {
        if (from >= 0) {
            sb.append(from == 0 && to == text.length() ? text : text.substring(from, to));
        }
    }

    private int endLength(int i) {
        return endFrom[i] == NEWLINE ? newline.length() : endFrom[i] == NONE ? 0 : endTo[i] - endFrom[i];
    }

    private int index(int n) {
        if (n < 1 || n > size) {
            throw new IndexOutOfBoundsException("line " + n + " of " + size);
        }
        return n - 1;
    }

    private void fill(int at, String line, int ending) {
        written.add(line);
        from[at] = -written.size();
        endFrom[at] = ending;
    }

    /** Opens {@code n} lines at index {@code at}, moving the ones from there down. */
    private void open(int at, int n) {
        if (size + n > from.length) {
            int grown = Math.max(size + n, from.length * 2);
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
            endFrom = Arrays.copyOf(endFrom, grown);
            endTo = Arrays.copyOf(endTo, grown);
        }
        for (int[] column : new int[][] {from, to, endFrom, endTo}) {
            System.arraycopy(column, at, column, at + n, size - at);
        }
        size += n;
    }

    /** Adds a line of the text at the end. */
    private void add(int lineFrom, int lineTo, int endingFrom, int endingTo) {
        if (size == from.length) {
            int grown = size * 2;
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
            endFrom = Arrays.copyOf(endFrom, grown);
            endTo = Arrays.copyOf(endTo, grown);
        }
        from[size] = lineFrom;
        to[size] = lineTo;
        endFrom[size] = endingFrom;
        endTo[size] = endingTo;
        size++;
    }
}
