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

    /** A heading of the file: its level, text, 1-based line, and whether it is a date, not a topic. */
    public record Heading(int level, String text, int line, boolean isDate, boolean isTitle) {}
}
