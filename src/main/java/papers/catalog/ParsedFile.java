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
    private MarkdownLines lines;
    private byte[] bytes;
    private List<Sections.Section> sections;
    private List<Sections.Section> read;
    private Window window;

    public ParsedFile(SourceFile source, List<Entry> entries, List<Heading> headings, List<String> warnings) {
        this(source, entries, headings, warnings, null);
    }

    ParsedFile(SourceFile source, List<Entry> entries, List<Heading> headings, List<String> warnings, MarkdownLines lines) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.headings = List.copyOf(headings);
        this.warnings = List.copyOf(warnings);
        this.lines = lines;
    }

    /** The source's lines, with what each is (fenced, comment, heading, ...), indexed once per file. */
    public MarkdownLines markdownLines() {
        if (lines == null) {
            lines = MarkdownLines.of(source.text());
        }
        return lines;
    }

    public SourceFile source() {
        return source;
    }

    /**
     * The file's UTF-8 bytes, when they were kept (a file read for an edit: the write need not decode the file
     * again when it is still these bytes), which the text was decoded from or is the {@link #window()} of; null
     * otherwise.
     */
    public byte[] bytes() {
        return bytes;
    }

    /** Keeps {@code bytes}, which the text was decoded from; returns this file. */
    public ParsedFile keeping(byte[] bytes) {
        this.bytes = bytes;
        return this;
    }

    /**
     * Keeps {@code bytes}, which the text was decoded from, the {@code sections} they were cut into, the sections
     * whose entries this file holds ({@code read}: the others were not read) and the window its text is (null: the
     * whole text); returns this file.
     */
    public ParsedFile keeping(byte[] bytes, List<Sections.Section> sections, List<Sections.Section> read, Window window) {
        this.bytes = bytes;
        this.sections = List.copyOf(sections);
        this.read = List.copyOf(read);
        this.window = window;
        return this;
    }

    /**
     * The window on {@link #bytes()} that {@link #source()}'s text is, showing the sections read; null when the
     * text is the whole file's.
     */
    public Window window() {
        return window;
    }

    /** The sections of {@link #bytes()} when the file was read a section at a time; null when it was read whole. */
    public List<Sections.Section> sections() {
        return sections;
    }

    /** Of {@link #sections()}, those whose entries were read; null when the file was read whole. */
    public List<Sections.Section> sectionsRead() {
        return read;
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
        MarkdownLines all = markdownLines();
        List<String> out = new ArrayList<>();
        for (int line = Math.max(1, from); line <= Math.min(to, all.count()); line++) {
            out.add(all.line(line));
        }
        return out;
    }

    /**
     * The entries between {@code heading} (null: the top of the file) and the next heading of any level:
     * the entries of that section and of no subsection.
     */
    public List<Entry> entriesUnder(Heading heading) {
        int start = heading == null ? 0 : heading.line();
        int end = Integer.MAX_VALUE;
        for (Heading h : headings) {
            if (h.line() > start) {
                end = h.line();
                break;
            }
        }
        int to = end;
        return entries.stream().filter(e -> e.line() > start && e.line() < to).toList();
    }

    /**
     * A heading of the file: its level, text, 1-based line, whether it is the document's title, for a date
     * heading ({@code 2023 May}, {@code 2024}, {@code 2023 Jan. to Mar.}) the dates it spans, and the text its
     * anchor is made from (GitHub leaves out the alt text of images: {@code ## LLM ![badge](b.svg)} is {@code #llm-}).
     */
    public record Heading(int level, String text, int line, boolean isTitle, EntryDate from, EntryDate to, String anchorText) {
        /** A heading whose anchor is made from its text (it holds no image). */
        public Heading(int level, String text, int line, boolean isTitle, EntryDate from, EntryDate to) {
            this(level, text, line, isTitle, from, to, text);
        }

        public boolean isDate() {
            return from != null;
        }

        /** True when {@code d} falls inside this date heading. */
        public boolean covers(EntryDate d) {
            return from != null && new HeadingDate(from, to).contains(d);
        }
    }
}
