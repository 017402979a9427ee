package papers.index;

import java.util.List;
import java.util.Locale;

/**
 * What a search found: exact hits (every word matched), or, when there were none, loose ones with a
 * description of how the query was loosened ({@code results for "hallucination"}).
 */
public record SearchResult(List<SearchHit> hits, Match match, String loosened) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** Whether every word matched, or the query was loosened. */
    public enum Match {
        EXACT, LOOSE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
