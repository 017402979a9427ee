package papers.catalog.edit;

import java.util.ArrayList;
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
    private final String bom;
    private final List<String> lines = new ArrayList<>();
    private final List<String> endings = new ArrayList<>();
    private final String newline;

    private TextLines(String bom, String newline) {
        this.bom = bom;
        this.newline = newline;
    }

    public static TextLines of(String text) {
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String t = text.substring(bom.length());
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                if (i > 0 && t.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        TextLines out = new TextLines(bom, crlf > lf ? "\r\n" : "\n");
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                out.lines.add(t.substring(start, end));
                out.endings.add(t.substring(end, i + 1));
                start = i + 1;
            }
        }
        if (start < t.length()) {
            out.lines.add(t.substring(start));
            out.endings.add("");
        }
        return out;
    }

    /** The number of lines. */
    public int size() {
        return lines.size();
    }

    /** Line {@code n}, 1-based, without its ending. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    /** The file's usual line ending. */
    public String newline() {
        return newline;
    }

    /** Inserts {@code text} so that its first line becomes line {@code before} (1-based; size()+1 appends). */
    public void insert(int before, List<String> text) {
        int at = before - 1;
        if (at == lines.size() && at > 0 && endings.get(at - 1).isEmpty()) {
            // the file had no final newline: end the old last line, and leave the new last line without one
            endings.set(at - 1, newline);
            for (int i = 0; i < text.size(); i++) {
                lines.add(text.get(i));
                endings.add(i + 1 < text.size() ? newline : "");
            }
            return;
        }
        for (int i = text.size() - 1; i >= 0; i--) {
            lines.add(at, text.get(i));
            endings.add(at, newline);
        }
    }

    /** Replaces line {@code n} (1-based), keeping its ending. */
    public void set(int n, String text) {
        lines.set(n - 1, text);
    }

    /** Removes lines {@code from} to {@code to} (1-based, inclusive). */
    public void remove(int from, int to) {
        boolean tail = to == lines.size();
        String lastEnding = endings.get(to - 1);
        for (int i = to; i >= from; i--) {
            lines.remove(i - 1);
            endings.remove(i - 1);
        }
        if (tail && !lines.isEmpty()) {
            // removed the last lines: the new last line ends as the old last line did
            endings.set(lines.size() - 1, lastEnding);
        }
    }

    /** Replaces lines {@code from} to {@code to} (1-based, inclusive) with {@code text}, keeping the endings of lines that stay. */
    public void replace(int from, int to, List<String> text) {
        int keep = Math.min(text.size(), to - from + 1);
        for (int i = 0; i < keep; i++) {
            set(from + i, text.get(i));
        }
        if (text.size() > keep) {
            insert(from + keep, text.subList(keep, text.size()));
        } else if (to - from + 1 > keep) {
            remove(from + keep, to);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(bom);
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i)).append(endings.get(i));
        }
        return sb.toString();
    }
}
