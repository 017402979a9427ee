package papers.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Entries with a title, DOI or tag longer than the search index keeps whole (an index term is at most 32 KB):
 * the index matches them on their first {@link #KEY_CHARS} characters, and every command that reads the
 * file says so, once per file.
 */
public final class Overlong {
    /** The characters of a title, DOI or tag that the index matches duplicates and tags on. */
    public static final int KEY_CHARS = 1_000;

    private Overlong() {}

    /** {@code value}, cut to what the index keeps. */
    public static String key(String value) {
        return value.length() <= KEY_CHARS ? value : value.substring(0, Character.isHighSurrogate(value.charAt(KEY_CHARS - 1))
                ? KEY_CHARS - 1 : KEY_CHARS);
    }

    /** The warning for {@code file}: its first such entry, and how many there are. */
    public static Optional<String> warning(ParsedFile file) {
        Entry first = null;
        String what = null;
        int count = 0;
        for (Entry e : file.entries()) {
            String field = longField(e);
            if (field != null) {
                if (count++ == 0) {
                    first = e;
                    what = field;
                }
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s:%d: a %s over %,d characters%s; the search index keeps the first %,d",
                file.source().path(), first.line(), what, KEY_CHARS,
                count > 1 ? " (and " + (count - 1) + " more entries like it)" : "", KEY_CHARS));
    }

    private static String longField(Entry e) {
        if (e.title().length() > KEY_CHARS) {
            return "title";
        }
        if (e.doi() != null && e.doi().length() > KEY_CHARS) {
            return "DOI";
        }
        return e.tags().stream().anyMatch(t -> t.length() > KEY_CHARS) ? "tag" : null;
    }
}
