package papers.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What the parser read from one file: its entries in document order, its headings, and warnings about
 * text that hides entries (an unclosed HTML comment, say), each as {@code file:line: message}.
 */
public final class ParsedFile {
    private final SourceFile source;
    private final List<Entry> entries;
    private final List<Heading> headings;
    private final List<String> warnings;
    private int[] lineStarts;

    public ParsedFile(SourceFile source, List<Entry> entries, List<Heading> headings, List<String> warnings) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.headings = List.copyOf(headings);
        this.warnings = List.copyOf(warnings);
    }

    public SourceFile source() {
        return source;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) of the source text, without line endings. */
    public List<String> lines(int from, int to) {
        String text = source.text();
        if (lineStarts == null) {
            lineStarts = MarkdownLines.lineStarts(text);
        }
        List<String> out = new ArrayList<>();
        for (int line = Math.max(1, from); line <= Math.min(to, lineStarts.length); line++) {
            int a = lineStarts[line - 1];
            int b = line < lineStarts.length ? lineStarts[line] : text.length();
            while (b > a && (text.charAt(b - 1) == '\n' || text.charAt(b - 1) == '\r')) {
                b--;
            }
            out.add(text.substring(a, b));
        }
        return out;
    }

    /**
     * A heading of the file: its level, text, 1-based line, whether it is the document's title, and
     * for a date heading ({@code 2023 May}, {@code 2024}, {@code 2023 Jan. to Mar.}) the dates it spans.
     */
    public record Heading(int level, String text, int line, boolean isTitle, EntryDate from, EntryDate to) {
        public boolean isDate() {
            return from != null;
        }

        /** True when {@code d} falls inside this date heading. */
        public boolean covers(EntryDate d) {
            return from != null && new HeadingDate(from, to).contains(d);
        }
    }
}
