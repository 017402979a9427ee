package papers.curate;

import java.util.List;
import java.util.Locale;
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
        List<String> implied = e.section().stream().map(Slugs::tag).toList();
        List<String> own = e.tags().stream().filter(t -> !implied.contains(t)).toList();
        return new NewEntry(e.title(), e.authors(), e.arxiv(), e.arxiv() == null ? e.url() : null, code(e), e.venue(),
                e.date(), e.doi(), e.notes(), null, own);
    }

    /**
     * {@code e} to write into another catalog: without its tags (that list's headings gave them) or a venue
     * that only says preprint; its notes only when {@code notes}.
     */
    static NewEntry forImport(Entry e, boolean notes) {
        String venue = e.venue() == null || Venues.isPreprint(e.venue()) ? null : e.venue();
        return new NewEntry(e.title(), e.authors(), e.arxiv(), e.arxiv() == null ? e.url() : null, code(e), venue, e.date(),
                e.doi(), notes ? e.notes() : null, null, List.of());
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
