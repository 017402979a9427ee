package papers.catalog.format;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import java.util.regex.Pattern;

/**
 * The entry formats {@code papers} knows by shape, each recognised from an entry's own lines.
 *
 * <pre>{@code
 * EntryFormat.detect(List.of("1. [Title](https://arxiv.org/abs/2409.12191)(note)"));   // NUMBERED_LINK
 * }</pre>
 */
public enum EntryFormat {
    /** This project's own: {@code - [Title](url) · 2024-09 · Venue} plus authors, links and tag lines. */
    PAPERS("papers", "- [Title](url) · YYYY-MM · Venue / *Authors* / [Code](url) / `tag`"),
    /** {@code | [Title](url) | 2024-09 | ... |}: a row of a GFM table. */
    TABLE_ROW("table-row", "| [Title](url) | column | ... |"),
    /** {@code 1. **Title**} followed by {@code **Paper**: ...}, {@code **Authors**: ...} paragraphs. */
    FIELD_BLOCK("field-block", "1. **Title** / **Paper**: [url](url) / **Authors**: ..."),
    /** {@code - **Title**. arXiv:ID. Venue.} then an italic author line with links, then a tag line. */
    BOLD_TITLE_BLOCK("bold-title-block", "- **Title**. arXiv:ID. / *Authors.* [[Paper](url)] [[Code](url)] / `Tag`"),
    /** {@code - 2024.09 [Title](url) note}. */
    DATE_LINK("date-link", "- YYYY.MM [Title](url) note"),
    /** {@code 1. Venue [Title](url) (note) [[Code](url)]}. */
    VENUE_LINK("venue-link", "1. Venue [Title](url) (note) [[Code](url)]"),
    /** {@code 1. [Title](url)(note)}. */
    NUMBERED_LINK("numbered-link", "1. [Title](url)(note)"),
    /** {@code - [Title](url) ...}. */
    LINK_BULLET("link-bullet", "- [Title](url) ..."),
    /** Anything else that the parser still reads as an entry. */
    OTHER("other", "");

    private static final Pattern TABLE = Pattern.compile("^\\s*\\|.*");
    private static final Pattern FIELD = Pattern.compile("^\\s*\\*\\*[^*]{1,30}\\*\\*\\s*[:：].*");
    private static final Pattern BOLD_TITLE = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\*\\*.+");
    private static final Pattern DATE = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[?(?:19|20)\\d{2}[-./]\\d{1,2}.*");
    private static final Pattern VENUE = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+[A-Za-z][A-Za-z ]{1,30}\\s*\\[.*");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+\\[.*");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+\\[.*");
    private static final Pattern PAPERS_LINE = Pattern.compile("^- (?:\\[.+]\\([^ ]+\\)|\\*\\*.+\\*\\*)(?: · [^·]+)*$");
    private static final Pattern PAPERS_MORE = Pattern.compile("^  (?:\\*.+\\*|\\[.+\\)|`.+`|\\*\\*.+\\*\\*: .*|[^ -].*)$");

    private final String id;
    private final String shape;

    EntryFormat(String id, String shape) {
        this.id = id;
        this.shape = shape;
    }

    /** The name used in {@code papers.yaml}'s {@code format:}. */
    public String id() {
        return id;
    }

    /** A one-line picture of the format. */
    public String shape() {
        return shape;
    }

    /** The format named {@code id} in {@code papers.yaml}, or null. */
    public static EntryFormat byId(String id) {
        for (EntryFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }

    /** The format of {@code entry}, read from its lines in {@code file}. */
    public static EntryFormat of(ParsedFile file, Entry entry) {
        return detect(file.lines(entry.line(), entry.lastLine()));
    }

    /** The format most entries of {@code entries} (all from {@code file}) share, or {@link #OTHER}. */
    public static EntryFormat dominant(ParsedFile file, List<Entry> entries) {
        Map<EntryFormat, Integer> counts = new EnumMap<>(EntryFormat.class);
        for (Entry e : entries) {
            counts.merge(of(file, e), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(OTHER);
    }

    /** Recognises the format of one entry from its source lines (first line first). */
    public static EntryFormat detect(List<String> lines) {
        if (lines.isEmpty()) {
            return OTHER;
        }
        String first = lines.get(0);
        if (TABLE.matcher(first).matches()) {
            return TABLE_ROW;
        }
        if (lines.stream().skip(1).anyMatch(l -> FIELD.matcher(l).matches())) {
            return FIELD_BLOCK;
        }
        if (PAPERS_LINE.matcher(first).matches()
                && lines.stream().skip(1).allMatch(l -> PAPERS_MORE.matcher(l).matches())) {
            return PAPERS;
        }
        if (BOLD_TITLE.matcher(first).matches()) {
            return BOLD_TITLE_BLOCK;
        }
        if (DATE.matcher(first).matches()) {
            return DATE_LINK;
        }
        if (NUMBERED.matcher(first).matches()) {
            return NUMBERED_LINK;
        }
        if (VENUE.matcher(first).matches()) {
            return VENUE_LINK;
        }
        if (BULLET.matcher(first).matches()) {
            return LINK_BULLET;
        }
        return OTHER;
    }
}
