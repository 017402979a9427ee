package papers.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import papers.catalog.Entry;
import papers.catalog.Overlong;
import papers.catalog.Slugs;

/** The index's field names, and the names users type before a colon. */
final class Fields {
    private Fields() {}

    /** The id of the section the entry was read in ({@link SectionTable}): its documents go when it changes. */
    static final String PART = "part";
    /** Versionless arXiv id, whole. */
    static final String ARXIV = "arxiv";
    /** Tag slugs, whole. */
    static final String TAG = "tag";
    /** YYYY, YYYY-MM and the full date, whole, so ranges compare as strings. */
    static final String YEAR = "year";
    static final String MONTH = "month";
    static final String DATE = "date";
    /** Analyzed text fields. */
    static final String TITLE = "title";
    /** The short name a list shows beside the title ({@code LLaVA}), searched like the title. */
    static final String NAME = "name";
    /**
     * Each name of the entry folded whole ({@code llava}, {@code blip2}), for a query that is exactly a name; and,
     * after {@link #REPO}, the names of the GitHub repositories it links to ({@code repo:llava} of
     * {@code haotian-liu/LLaVA}).
     */
    static final String NAME_KEY = "namekey";
    static final String REPO = "repo:";
    static final String AUTHORS = "authors";
    static final String VENUE = "venue";
    static final String NOTES = "notes";
    static final String SECTION = "section";
    /** Tags as words, so {@code alignment} matches {@code mllm-alignment}. */
    static final String TAG_TEXT = "tagtext";
    /** Model names with their punctuation removed ({@code Qwen2-VL} as {@code qwen2vl}). */
    static final String COMPACT = "compact";
    /** Acronyms and expansions the entry's text implies ({@code dpo} for "Direct Preference Optimization"). */
    static final String ACRONYM = "acronym";
    /** Unstemmed words for spelling suggestions. */
    static final String SPELL = "spell";
    /** The entry itself, stored in binary form ({@link EntryCodec}). */
    static final String ENTRY = "json";
    /** The line the entry's section started at when it was indexed: its lines move as the section did since. */
    static final String PART_START = "partstart";
    /**
     * What the entry's work is known by, whole, each with its kind: {@code arxiv:ID} (versionless, lower case),
     * {@code doi:DOI} (lower case) and {@code title:FOLDED}; one field, so that finding a work's places reads one
     * field's terms.
     */
    static final String WORK = "work";
    /** file NUL section path, stored. */
    static final String SECTION_KEY = "sectionkey";
    /** Prefix of the catalog's own labelled fields ({@code Backbone} as {@code f.backbone}). */
    static final String FIELD_PREFIX = "f.";

    /** The {@link #WORK} terms an entry gives its work. */
    static List<Term> work(Entry e) {
        return work(e.arxiv() == null ? null : e.arxiv().id(), e.doi(), Slugs.foldTitle(e.title()));
    }

    /** The {@link #WORK} terms of a work known by these ids and folded titles (any may be null). */
    static List<Term> work(String arxiv, String doi, String foldedTitle) {
        List<Term> terms = new ArrayList<>(3);
        if (arxiv != null) {
            terms.add(new Term(WORK, "arxiv:" + arxiv.toLowerCase(Locale.ROOT)));
        }
        if (doi != null) {
            terms.add(new Term(WORK, Overlong.key("doi:" + doi.toLowerCase(Locale.ROOT))));
        }
        if (foldedTitle != null && !foldedTitle.isEmpty()) {
            terms.add(new Term(WORK, Overlong.key("title:" + foldedTitle)));
        }
        return terms;
    }

    /** What every word of a query is looked for in, with its weight. */
    static final Map<String, Float> DEFAULT_BOOSTS = Map.of(
            TITLE, 4f, NAME, 4f, COMPACT, 3f, AUTHORS, 3f, TAG_TEXT, 2.5f, ACRONYM, 2f, VENUE, 1.5f, SECTION, 1f,
            NOTES, 1f);

    /** The field a user's prefix names: {@code author:} is {@code authors}, a catalog label its own field. */
    static String forUser(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "author", "authors", "by" -> AUTHORS;
            case "tag", "tags" -> TAG;
            case "title" -> TITLE;
            case "name", "alias" -> NAME;
            case "venue" -> VENUE;
            case "arxiv", "id" -> ARXIV;
            case "year" -> YEAR;
            case "month" -> MONTH;
            case "date" -> DATE;
            case "notes", "note" -> NOTES;
            case "section" -> SECTION;
            default -> FIELD_PREFIX + label(n);
        };
    }

    /** A catalog field label as it is stored: lower case, words joined by hyphens. */
    static String label(String label) {
        return Slugs.tag(label);
    }
}
