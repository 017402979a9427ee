package papers.index;

import java.util.List;
import papers.catalog.Entry;

/**
 * One result: a work (a paper, or a dataset, tool or model) as the entry whose title is best formed, its BM25 score
 * (its best place's), the character ranges of that title that matched, and every place the work is listed in
 * (that entry among them), in file and line order.
 */
public record SearchHit(Entry entry, float score, List<int[]> titleMatches, List<Entry> places) {
    public SearchHit {
        titleMatches = List.copyOf(titleMatches);
        places = List.copyOf(places);
    }
}
