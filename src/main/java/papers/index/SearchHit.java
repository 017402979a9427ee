package papers.index;

import java.util.List;
import papers.catalog.Entry;

/** One result: the entry, its BM25 score, and the character ranges of its title that matched. */
public record SearchHit(Entry entry, float score, List<int[]> titleMatches) {
    public SearchHit {
        titleMatches = List.copyOf(titleMatches);
    }
}
