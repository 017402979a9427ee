package papers.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * When two entries are one paper: the same versionless arXiv id, the same DOI (any case), or the same
 * folded title. Every command that refuses or skips a duplicate asks this, and so does lint's duplicate rule.
 */
public final class PaperIdentity {
    private PaperIdentity() {}

    /** The keys a paper is known by: {@code arxiv:ID}, {@code doi:DOI} and {@code title:FOLDED}, those it has. */
    public static List<String> keys(ArxivId arxiv, String doi, String title) {
        List<String> keys = new ArrayList<>();
        if (arxiv != null) {
            keys.add("arxiv:" + arxiv.id());
        }
        if (doi != null) {
            keys.add("doi:" + doi.toLowerCase(Locale.ROOT));
        }
        String folded = Slugs.foldTitle(title);
        if (!folded.isEmpty()) {
            keys.add("title:" + folded);
        }
        return keys;
    }

    /** The keys of {@code e}. */
    public static List<String> keys(Entry e) {
        return keys(e.arxiv(), e.doi(), e.title());
    }

    /**
     * A lookup over {@code entries} that answers as {@link #find} does, each key worked out once: for the many
     * papers of an import, {@code find} over every entry for each would be quadratic.
     */
    public static Function<List<String>, Optional<Entry>> finder(List<Entry> entries) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String k : keys(entries.get(i))) {
                first.putIfAbsent(k, i);
            }
        }
        return keys -> keys.stream().map(first::get).filter(Objects::nonNull).min(Integer::compare).map(entries::get);
    }

    /** The first of {@code entries} that is the paper known by {@code keys}. */
    public static Optional<Entry> find(List<Entry> entries, List<String> keys) {
        for (Entry e : entries) {
            if (keys(e).stream().anyMatch(keys::contains)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
