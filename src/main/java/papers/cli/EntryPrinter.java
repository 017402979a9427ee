package papers.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import papers.catalog.Entry;

/**
 * Prints entries as line groups: the title (matched words highlighted), then date, tags, link and
 * {@code file:line}. On a terminal with a known width, long lines wrap at word boundaries; in a pipe
 * nothing wraps, so each group is easy to grep.
 */
final class EntryPrinter {
    private final PrintWriter out;
    private final Style style;
    private final int width;

    EntryPrinter(PrintWriter out, Style style, int width) {
        this.out = out;
        this.style = style;
        this.width = width;
    }

    /** One entry: {@code rank} 0 for none; {@code matches} title character ranges to highlight. */
    void print(int rank, Entry e, List<int[]> matches) {
        String prefix = rank > 0 ? String.format("%2d. ", rank) : "";
        String indent = " ".repeat(prefix.length());
        String title = Terminal.safe(e.title());
        emit(prefix, indent, highlight(title, matches), title.codePointCount(0, title.length()));
        List<String> facts = new ArrayList<>();
        if (e.alias() != null) {
            facts.add("aka " + Terminal.safe(e.alias()));
        }
        facts.add(e.date() == null ? "undated" : e.date().toString());
        if (e.venue() != null) {
            facts.add(Terminal.safe(e.venue()));
        }
        if (!e.tags().isEmpty()) {
            facts.add(Terminal.safe(String.join(", ", e.tags())));
        }
        if (e.url() != null) {
            facts.add(Terminal.safe(e.url()));
        }
        facts.add(Terminal.safe(e.file()) + ":" + e.line());
        String second = String.join(" · ", facts);
        emit(indent, indent, style.dim(second), second.length());
    }

    /**
     * The other places a work is listed in, under its entry: {@code also in a.md:12, b.md:40}; nothing when
     * {@code shown} is its only place.
     */
    void alsoAt(Entry shown, List<Entry> places) {
        List<String> others = new ArrayList<>();
        for (Entry p : places) {
            if (p.line() != shown.line() || !p.file().equals(shown.file())) {
                others.add(Terminal.safe(p.file()) + ":" + p.line());
            }
        }
        if (!others.isEmpty()) {
            String indent = "    ";
            String line = "also in " + String.join(", ", others);
            emit(indent, indent, style.dim(line), line.length());
        }
    }

    private String highlight(String title, List<int[]> matches) {
        if (!style.on() || matches.isEmpty()) {
            return title;
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] m : matches) {
            if (m[0] < at || m[1] > title.length()) {
                continue;
            }
            sb.append(title, at, m[0]).append(style.match(title.substring(m[0], m[1])));
            at = m[1];
        }
        return sb.append(title.substring(at)).toString();
    }

    /** Prints {@code text} after {@code first}, wrapping at word boundaries when the terminal's width is known. */
    private void emit(String first, String rest, String text, int visibleLength) {
        if (width <= 20 || first.length() + visibleLength <= width) {
            out.println(first + text);
            return;
        }
        StringBuilder line = new StringBuilder(first);
        int visible = first.length();
        boolean empty = true;
        for (String word : text.split(" ")) {
            int w = visibleLength(word);
            if (!empty && visible + 1 + w > width) {
                out.println(line);
                line = new StringBuilder(rest);
                visible = rest.length();
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                visible++;
            }
            line.append(word);
            visible += w;
            empty = false;
        }
        out.println(line);
    }

    /** Columns a word takes on screen: escape sequences of our own styling take none. */
    static int visibleLength(String s) {
        String plain = STYLING.matcher(s).replaceAll("");
        return plain.codePointCount(0, plain.length());
    }

    private static final Pattern STYLING = Pattern.compile("\u001b\\[[0-9;]*m");
}
