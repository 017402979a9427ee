package papers.index;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import papers.catalog.Entry;
import papers.catalog.Slugs;

/** Entries as Lucene documents: each field typed, and analysed, for how it is searched. */
final class Documents {
    private static final Pattern COMPACTABLE = Pattern.compile("[\\p{L}\\p{N}]+(?:[-_.+/][\\p{L}\\p{N}]+)+|\\p{L}+\\p{N}+\\p{L}*|\\p{N}+\\p{L}+");

    private Documents() {}

    /**
     * One entry as a document: each field typed and analysed for how it is searched; {@code part} and
     * {@code partStart} are the id and first line of the section it was read in.
     */
    static Document of(Entry e, Acronyms acronyms, Set<String> labels, String part, int partStart) {
        Document d = new Document();
        // the section it was read in, to take it out with the section, and where that section was
        d.add(new StringField(Fields.PART, part, Field.Store.YES));
        d.add(new StoredField(Fields.PART_START, partStart));
        // duplicates are found by folded title and DOI too
        d.add(new StringField(Fields.FOLDED_TITLE, Slugs.foldTitle(e.title()), Field.Store.NO));
        if (e.doi() != null) {
            d.add(new StringField(Fields.DOI, e.doi().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        // ids, tags and dates are matched whole, never analysed
        if (e.arxiv() != null) {
            d.add(new StringField(Fields.ARXIV, e.arxiv().id().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String tag : e.tags()) {
            d.add(new StringField(Fields.TAG, tag, Field.Store.NO));
        }
        if (e.date() != null) {
            d.add(new StringField(Fields.YEAR, String.format(Locale.ROOT, "%04d", e.date().year()), Field.Store.NO));
            e.date().yearMonth().ifPresent(m -> d.add(new StringField(Fields.MONTH, m, Field.Store.NO)));
            d.add(new StringField(Fields.DATE, e.date().toString(), Field.Store.NO));
        }
        text(d, e, acronyms, labels);
        d.add(new StoredField(Fields.ENTRY, EntryCodec.encode(e)));
        // where the entry sits, stored apart so that "which section is this like" reads no whole entry
        if (e.sectionPath() != null) {
            d.add(new StoredField(Fields.SECTION_KEY, e.file() + "\u0000" + e.sectionPath()));
        }
        return d;
    }

    /** The analysed fields: title, name, authors, venue, section, tags, notes and labelled fields, and what is derived from them. */
    private static void text(Document d, Entry e, Acronyms acronyms, Set<String> labels) {
        // free text: stemmed English, Han bigrams
        d.add(new TextField(Fields.TITLE, e.title(), Field.Store.NO));
        if (e.alias() != null) {
            d.add(new TextField(Fields.NAME, e.alias(), Field.Store.NO));
        }
        if (!e.authors().isEmpty()) {
            d.add(new TextField(Fields.AUTHORS, String.join(", ", e.authors()), Field.Store.NO));
        }
        if (e.venue() != null) {
            d.add(new TextField(Fields.VENUE, e.venue(), Field.Store.NO));
        }
        if (e.sectionPath() != null) {
            d.add(new TextField(Fields.SECTION, e.sectionPath(), Field.Store.NO));
        }
        d.add(new TextField(Fields.TAG_TEXT, String.join(" ", e.tags()).replace('-', ' '), Field.Store.NO));
        StringBuilder notes = new StringBuilder(e.notes() == null ? "" : e.notes());
        e.fields().forEach((label, value) -> {
            String name = Fields.FIELD_PREFIX + Fields.label(label);
            labels.add(Fields.label(label));
            d.add(new TextField(name, value, Field.Store.NO));
            notes.append(' ').append(value);
        });
        if (!notes.isEmpty()) {
            d.add(new TextField(Fields.NOTES, notes.toString(), Field.Store.NO));
        }
        // model names written without their punctuation: Qwen2-VL is also qwen2vl
        String compact = compact(e.alias() == null ? e.title() : e.title() + " " + e.alias());
        if (!compact.isEmpty()) {
            d.add(new TextField(Fields.COMPACT, compact, Field.Store.NO));
        }
        String implied = acronyms.implied(e.title() + " " + notes);
        if (!implied.isEmpty()) {
            d.add(new TextField(Fields.ACRONYM, implied, Field.Store.NO));
        }
        // unstemmed words, the dictionary for "did you mean"
        d.add(new TextField(Fields.SPELL, e.title() + " " + notes + " " + String.join(" ", e.tags()), Field.Store.NO));
    }

    /** Words that mix letters with digits or joiners, with the joiners taken out: {@code Qwen2-VL} to {@code Qwen2VL}. */
    static String compact(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = COMPACTABLE.matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("[-_.+/]", "");
            sb.append(word).append(' ');
        }
        return sb.toString().strip();
    }
}
