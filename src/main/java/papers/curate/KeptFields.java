package papers.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.Venues;
import papers.catalog.format.NewEntry;

/**
 * What of an entry did not come through when it was written into another list: each field it had that the entry
 * read back from the new text lacks (the target format has no place for it, or papers cannot carry it).
 */
final class KeptFields {
    private KeptFields() {}

    /**
     * The names of the fields of {@code from} that {@code written} (the entry read back after writing {@code paper},
     * null when none was read) lacks: authors, venue, date, code, notes, doi, tags, links (others than the paper's
     * and code's, by label), and each labelled field by its label.
     */
    static List<String> lost(Entry from, NewEntry paper, Entry written, boolean notes) {
        List<String> out = new ArrayList<>();
        if (written == null) {
            out.add("entry");
            return out;
        }
        if (!from.authors().isEmpty() && written.authors().isEmpty()) {
            out.add("authors");
        }
        if (from.venue() != null && !Venues.isPreprint(from.venue()) && written.venue() == null) {
            out.add("venue");
        }
        if (from.date() != null && written.date() == null) {
            out.add("date");
        }
        if (paper.code() != null && written.links().stream().noneMatch(l -> l.url().equals(paper.code()))) {
            out.add("code");
        }
        if (notes && paper.note() != null && (written.notes() == null || written.notes().isBlank())
                && !written.fields().containsValue(paper.note())) {
            out.add("notes");
        }
        if (from.doi() != null && written.doi() == null) {
            out.add("doi");
        }
        if (!paper.tags().isEmpty() && !written.tags().containsAll(paper.tags())) {
            out.add("tags");
        }
        for (Link l : from.links()) {
            if (!l.url().equals(from.url()) && !l.url().equals(paper.code()) && !l.url().equals(paper.url())) {
                out.add("link " + l.label().toLowerCase(Locale.ROOT));
            }
        }
        String note = NewEntries.note(from);
        from.fields().forEach((label, value) -> {
            // the field that gave the note is counted as notes (or not at all, when --no-notes left it behind)
            boolean gaveTheNote = NewEntries.NOTE_LABELS.contains(label.toLowerCase(Locale.ROOT)) && value.equals(note);
            if (!gaveTheNote && !written.fields().containsKey(label)) {
                out.add("field " + label);
            }
        });
        return out;
    }
}
