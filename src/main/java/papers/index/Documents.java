package papers.index;

import java.util.ArrayList;
import java.util.List;
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
import papers.catalog.Link;
import papers.catalog.Overlong;
import papers.catalog.Slugs;

/** Entries as Lucene documents: each field typed, and analysed, for how it is searched. */
final class Documents {
    /** A name is at most this long, and of at most this many words: more is a title or a sentence. */
    private static final int NAME_LENGTH = 40;
    private static final int NAME_WORDS = 3;
    private static final Pattern GITHUB_REPO = Pattern.compile("https?://(?:www\\.)?github\\.com/[\\w.-]++/([\\w.-]++)(?:[/?#]|$)");

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
        for (var key : Fields.work(e)) {
            d.add(new StringField(key.field(), key.text(), Field.Store.NO));
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
        List<String> names = names(e);
        for (String name : names) {
            d.add(new TextField(Fields.NAME, name, Field.Store.NO));
            d.add(new StringField(Fields.NAME_KEY, Overlong.key(Slugs.foldTitle(name)), Field.Store.NO));
        }
        for (String repo : repositories(e)) {
            d.add(new TextField(Fields.NAME, repo, Field.Store.NO));
            d.add(new StringField(Fields.NAME_KEY, Overlong.key(Fields.REPO + Slugs.foldTitle(repo)), Field.Store.NO));
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
        String compact = compact(names.isEmpty() ? e.title() : e.title() + " " + String.join(" ", names));
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
     * The names an entry gives its work: its alias ({@code LLaVA}), the name a title starts with ({@code ReAct} of
     * "ReAct: Synergizing ..."), and a title that is no more than a name ("Segment Anything", "MoE-LLaVA").
     */
    static List<String> names(Entry e) {
        List<String> names = new ArrayList<>(2);
        if (e.alias() != null && !e.alias().isBlank()) {
            names.add(e.alias().strip());
        }
        String title = e.title().strip();
        int colon = title.indexOf(':');
        String head = colon > 0 ? title.substring(0, colon).strip() : title;
        boolean rest = colon < 0 || title.substring(colon + 1).strip().contains(" ");
        if (rest && !head.isEmpty() && head.length() <= NAME_LENGTH && words(head) <= NAME_WORDS
                && !names.contains(head) && !Slugs.foldTitle(head).isEmpty()) {
            names.add(head);
        }
        return names;
    }

    /**
     * The names of the GitHub repositories an entry links to ({@code LLaVA} of {@code github.com/haotian-liu/LLaVA}),
     * leaving out lists ({@code awesome-...}) and pages ({@code owner.github.io}).
     */
    static List<String> repositories(Entry e) {
        List<String> repos = new ArrayList<>(1);
        for (Link link : e.links()) {
            Matcher m = GITHUB_REPO.matcher(link.url());
            if (m.lookingAt()) {
                String repo = m.group(1);
                if (repo.endsWith(".git")) {
                    repo = repo.substring(0, repo.length() - 4);
                }
                String lower = repo.toLowerCase(Locale.ROOT);
                if (!lower.contains("awesome") && !lower.endsWith(".github.io") && !repos.contains(repo)
                        && repo.length() <= NAME_LENGTH) {
                    repos.add(repo);
                }
            }
        }
        return repos;
    }

    private static int words(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
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
