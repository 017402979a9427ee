package papers.catalog.format;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import papers.catalog.Entry;
import papers.catalog.PapersConfig;
import papers.catalog.ParsedFile;

/**
 * The registry of entry formats {@code papers} knows by shape: each constant is one {@link Format} class. An
 * entry's format is the one most sure of its lines; on a tie, the one listed first.
 *
 * <pre>{@code
 * EntryFormat.detect(List.of("1. [Title](https://arxiv.org/abs/2409.12191)(note)"));   // NUMBERED_LINK
 * }</pre>
 */
public enum EntryFormat {
    /** This project's own: {@code - [Title](url) · 2024-09 · Venue} plus authors, links and tag lines. */
    PAPERS(new PapersFormat()),
    /** {@code | [Title](url) | 2024-09 | ... |}: a row of a GFM table. */
    TABLE_ROW(new TableRowFormat()),
    /** {@code 1. **Title**} followed by {@code **Paper**: ...}, {@code **Authors**: ...} paragraphs. */
    FIELD_BLOCK(new FieldBlockFormat()),
    /** {@code - **Title**. arXiv:ID. Venue.} then an italic author line with links, then a tag line. */
    BOLD_TITLE_BLOCK(new BoldTitleBlockFormat()),
    /** {@code - 2024.09 [Title](url) note}. */
    DATE_LINK(new DateLinkFormat()),
    /** {@code 1. Venue [Title](url) (note) [[Code](url)]}. */
    VENUE_LINK(new VenueLinkFormat()),
    /** {@code 1. [Title](url)(note)}. */
    NUMBERED_LINK(new NumberedLinkFormat()),
    /** {@code - [Title](url) ...}. */
    LINK_BULLET(new LinkBulletFormat()),
    /** Anything else that the parser still reads as an entry. */
    OTHER(new OtherFormat());

    /** Shapes that are one format written with or without its optional parts. */
    private static final Set<EntryFormat> LINE_FORMATS = Set.of(LINK_BULLET, PAPERS);

    private final Format format;

    EntryFormat(Format format) {
        this.format = format;
    }

    /** The format itself. */
    public Format format() {
        return format;
    }

    /** The name used in {@code papers.yaml}'s {@code format:}. */
    public String id() {
        return format.id();
    }

    /** A one-line picture of the format. */
    public String shape() {
        return format.shape();
    }

    /** The lines of a new entry in this format. */
    public List<String> render(NewEntry e, Layout layout) {
        return format.render(e, layout);
    }

    /** The format named {@code id} in {@code papers.yaml}. */
    public static Optional<EntryFormat> byId(String id) {
        for (EntryFormat f : values()) {
            if (f.id().equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format papers.yaml declares for new entries of {@code file} ({@code formats:}, else {@code format:}), or null. */
    public static EntryFormat declared(PapersConfig config, String file) {
        String id = config.formatOf(file);
        return id == null ? null : byId(id).orElse(null);
    }

    /** Whether {@code a} and {@code b} are one shape: the same format, or one line format with or without its optional parts. */
    public static boolean sameShape(EntryFormat a, EntryFormat b) {
        return a == b || LINE_FORMATS.contains(a) && LINE_FORMATS.contains(b);
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

    /** The format most sure of one entry's source lines (first line first), or {@link #OTHER}. */
    public static EntryFormat detect(List<String> lines) {
        EntryFormat best = OTHER;
        double sure = 0;
        for (EntryFormat f : values()) {
            double c = f.format.confidence(lines);
            if (c > sure) {
                best = f;
                sure = c;
            }
        }
        return best;
    }
}
