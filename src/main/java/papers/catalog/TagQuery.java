package papers.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tag as a user names it on the command line: a slug, an alias from {@code papers.yaml}, or a
 * whole-word part of a slug ({@code alignment} matches {@code mllm-alignment}, not {@code misalignment}).
 */
public record TagQuery(String slug, String aliasOf) {
    public TagQuery {
        Objects.requireNonNull(slug, "slug");
    }

    /** Reads {@code text}, resolving it through {@code aliases} (alias to tag slug). */
    public static TagQuery of(String text, Map<String, String> aliases) {
        String slug = Slugs.tag(text);
        String target = null;
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            if (Slugs.tag(a.getKey()).equals(slug)) {
                target = Slugs.tag(a.getValue());
            }
        }
        return new TagQuery(slug, target);
    }

    /** True when one of {@code tags} is this tag, its alias target, or holds it as whole words. */
    public boolean matchesAny(List<String> tags) {
        for (String t : tags) {
            if (t.equals(slug) || t.equals(aliasOf) || containsWords(t, slug)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWords(String tag, String words) {
        if (words.isEmpty()) {
            return false;
        }
        String padded = "-" + tag + "-";
        return padded.contains("-" + words + "-");
    }
}
