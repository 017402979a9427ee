package papers.catalog;

import java.util.List;

/**
 * What the parser read from one file: its entries in document order, its headings, and warnings about
 * text that hides entries (an unclosed HTML comment, say), each as {@code file:line: message}.
 */
public record ParsedFile(SourceFile source, List<Entry> entries, List<Heading> headings, List<String> warnings) {
    public ParsedFile {
        entries = List.copyOf(entries);
        headings = List.copyOf(headings);
        warnings = List.copyOf(warnings);
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) of the source text, without line endings. */
    public List<String> lines(int from, int to) {
        String[] all = source.text().split("\\r\\n|\\r|\\n", -1);
        return java.util.Arrays.asList(all).subList(Math.max(0, from - 1), Math.min(all.length, to));
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
            return from != null && new CatalogParser.HeadingDate(from, to).contains(d);
        }
    }
}
