package papers.curate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.Slugs;
import papers.catalog.Venues;
import papers.catalog.format.NewEntry;

/** What an entry of a list holds, as a paper to write again: into another section (move) or another list (import). */
final class NewEntries {
    private NewEntries() {}

    /** {@code e} to write under another heading: all it holds but the tags its old headings gave it. */
    static NewEntry forMove(Entry e) {
        return new NewEntry(e.title(), e.authors(), e.arxiv(), e.arxiv() == null ? e.url() : null, code(e), e.venue(),
                e.date(), e.doi(), e.notes(), null, ownTags(e));
    }

    /** Labels of a field that is the entry's note, where the list gives its notes as a field. */
    static final Set<String> NOTE_LABELS = Set.of("note", "notes", "brief", "summary", "tl;dr", "tldr", "comment", "comments",
            "remark", "remarks", "recom");

    /**
     * {@code e} to write into another catalog: without the tags that list's headings gave it or a venue that only
     * says preprint; its notes (or a field such as Notes or Brief that holds them) only when {@code notes}.
     */
    static NewEntry forImport(Entry e, boolean notes) {
        String venue = e.venue() == null || Venues.isPreprint(e.venue()) ? null : e.venue();
        return new NewEntry(e.title(), e.authors(), e.arxiv(), e.arxiv() == null ? e.url() : null, code(e), venue, e.date(),
                e.doi(), notes ? note(e) : null, null, ownTags(e));
    }

    /** The entry's notes, else the first field that holds notes; null when it has none. */
    static String note(Entry e) {
        if (e.notes() != null && !e.notes().isBlank()) {
            return e.notes();
        }
        return e.fields().entrySet().stream().filter(f -> NOTE_LABELS.contains(f.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    /** The tags the entry gives itself, not those its headings give it. */
    private static List<String> ownTags(Entry e) {
        List<String> implied = e.section().stream().map(Slugs::tag).toList();
        return e.tags().stream().filter(t -> !implied.contains(t)).toList();
    }

    /** The entry's code link: the first labelled code or github, or on github.com, that is not its own link. */
    static String code(Entry e) {
        for (Link l : e.links()) {
            String label = l.label().toLowerCase(Locale.ROOT);
            boolean code = (label.equals("code") || label.equals("github")) && l.url().startsWith("http")
                    || l.url().startsWith("https://github.com/");
            if (code && !l.url().equals(e.url())) {
                return l.url();
            }
        }
        return null;
    }
}
