package papers.index;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import papers.catalog.Entry;
import papers.catalog.Overlong;
import papers.catalog.Slugs;

/** Entries as Lucene documents: each field typed, and analysed, for how it is searched. */
final class Documents {
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
        d.add(new StringField(Fields.FOLDED_TITLE, Overlong.key(Slugs.foldTitle(e.title())), Field.Store.NO));
        if (e.doi() != null) {
            d.add(new StringField(Fields.DOI, Overlong.key(e.doi().toLowerCase(Locale.ROOT)), Field.Store.NO));
        }
        // ids, tags and dates are matched whole, never analysed
        if (e.arxiv() != null) {
            d.add(new StringField(Fields.ARXIV, e.arxiv().id().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String tag : e.tags()) {
            d.add(new StringField(Fields.TAG, Overlong.key(tag), Field.Store.NO));
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

    /**
     * Words that mix letters with digits or joiners, with the joiners taken out: {@code Qwen2-VL} to {@code Qwen2VL}.
     * A run of letters and digits joined by {@code - _ . + /} counts whole; a run without joiners counts from where
     * letters meet digits (letters, digits, letters; or digits, letters). One pass, whatever the text.
     */
    static String compact(String text) {
        StringBuilder sb = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isAlnum(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // the run: alphanumerics, each joiner followed by one
            int start = i;
            boolean joined = false;
            i = alnumEnd(text, i);
            while (i + 1 < n && isJoiner(text.charAt(i)) && isAlnum(text.codePointAt(i + 1))) {
                joined = true;
                i = alnumEnd(text, i + 1);
            }
            if (joined) {
                for (int k = start; k < i; k++) {
                    if (!isJoiner(text.charAt(k))) {
                        sb.append(text.charAt(k));
                    }
                }
                sb.append(' ');
            } else {
                mixed(text, start, i, sb);
            }
        }
        return sb.toString().strip();
    }

    /** The words of an unjoined run {@code [from, to)} where letters meet digits, each followed by a space. */
    private static void mixed(String text, int from, int to, StringBuilder sb) {
        int p = from;
        while (p < to) {
            boolean letters = Character.isLetter(text.codePointAt(p));
            int q = stretch(text, p, to, letters);
            if (q == to) {
                return;
            }
            int r = stretch(text, q, to, !letters);
            if (letters) {
                r = stretch(text, r, to, true); // letters, digits, then letters
            }
            sb.append(text, p, r).append(' ');
            p = r;
        }
    }

    /** The end of the stretch from {@code p} of letters (or of numbers) before {@code to}. */
    private static int stretch(String text, int p, int to, boolean letters) {
        while (p < to) {
            int cp = text.codePointAt(p);
            if (Character.isLetter(cp) != letters) {
                break;
            }
            p += Character.charCount(cp);
        }
        return p;
    }

    private static int alnumEnd(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isAlnum(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isAlnum(int cp) {
        return Character.isLetter(cp) || isNumber(cp);
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_' || c == '.' || c == '+' || c == '/';
    }
}
