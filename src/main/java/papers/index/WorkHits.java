package papers.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import papers.catalog.Entry;
import papers.catalog.Works;

/**
 * The entries a query matched, gathered into works ({@link Works}): one hit per work, ranked by its best entry's
 * score, raised a little for each further list that has it. A work found by one of its entries brings its other
 * places along, looked up in the index by the ids and titles its entries give.
 *
 * <pre>{@code
 * WorkHits hits = new WorkHits(searcher, stored, table, filter);
 * hits.add(doc, entry, score);                   // the matches
 * List<WorkHits.Ranked> top = hits.best(10);     // each with all its places
 * }</pre>
 */
final class WorkHits {
    /** How many entries one work's places are looked up to: a paper is rarely listed more often than this. */
    private static final int PLACES = 200;
    /** How much each doubling of the lists a work is in raises its score: a paper many lists keep is likelier meant. */
    private static final double LISTED = 0.1;
    /** Works beyond the limit whose places are looked up too, as their lists may raise them into it. */
    private static final int MORE = 10;

    private final IndexSearcher searcher;
    private final StoredFields stored;
    private final SectionTable table;
    private final Predicate<Entry> filter;
    private final Works works = new Works();
    private final Map<Entry, Float> scores = new IdentityHashMap<>();
    /** How many keys each work had when its places were last looked up. */
    private final Map<Works.Work, Integer> expanded = new IdentityHashMap<>();

    WorkHits(IndexSearcher searcher, StoredFields stored, SectionTable table, Predicate<Entry> filter) {
        this.searcher = searcher;
        this.stored = stored;
        this.table = table;
        this.filter = filter;
    }

    /** A work, the score it ranks by, and the entry that scored best. */
    record Ranked(Works.Work work, double rank, Entry best) {}

    /** An entry the query matched, with its score. */
    void add(int doc, Entry e, float score) {
        works.add(doc, e);
        scores.merge(e, score, Math::max);
    }

    /** How many works the matches are of, so far. */
    int size() {
        return works.all().size();
    }

    /**
     * The {@code limit} best works, each with every place it is listed in (as far as the filter lets) in file and
     * line order; by rank, then by where their best entry is.
     */
    List<Ranked> best(int limit) throws IOException {
        // each work's other places, and what they bring (a title-only entry of a paper known by its id), twice over
        for (int round = 0; round < 2; round++) {
            boolean grew = false;
            for (Ranked r : ranked(limit + MORE)) {
                grew |= expand(r.work());
            }
            if (!grew) {
                break;
            }
        }
        List<Ranked> top = ranked(limit);
        for (Ranked r : top) {
            r.work().sort(Comparator.comparingInt((Entry e) -> table.order(e.file())).thenComparingInt(Entry::line));
        }
        return top;
    }

    private List<Ranked> ranked(int limit) {
        return works.all().stream().map(this::rank).filter(r -> r.best() != null)
                .sorted(Comparator.comparingDouble((Ranked r) -> -r.rank()).thenComparingInt(r -> table.order(r.best().file()))
                        .thenComparingInt(r -> r.best().line()))
                .limit(limit).toList();
    }

    private Ranked rank(Works.Work w) {
        Entry best = null;
        float score = Float.NEGATIVE_INFINITY;
        for (Entry e : w.places()) {
            Float s = scores.get(e);
            if (s != null && s > score) {
                score = s;
                best = e;
            }
        }
        long lists = w.places().stream().map(Entry::file).distinct().count();
        return new Ranked(w, score * (1 + LISTED * Math.log(lists) / Math.log(2)), best);
    }

    /**
     * Looks up the entries that share a key with {@code w} and gathers them in; true when it found any new. Only keys
     * that more entries carry than the work's places that carry them are looked up, and a work is looked up again only
     * when its keys grew: a list that has each paper once costs no lookups.
     */
    private boolean expand(Works.Work w) throws IOException {
        List<Term> keys = new ArrayList<>();
        w.arxiv().forEach(id -> keys.addAll(Fields.work(id, null, null)));
        w.dois().forEach(d -> keys.addAll(Fields.work(null, d, null)));
        w.titles().forEach(t -> keys.addAll(Fields.work(null, null, t)));
        Integer before = expanded.put(w, keys.size());
        if (before != null && before == keys.size()) {
            return false;
        }
        Map<Term, Integer> carried = new HashMap<>();
        for (Entry e : w.places()) {
            Fields.work(e).forEach(t -> carried.merge(t, 1, Integer::sum));
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int n = 0;
        for (Term key : keys) {
            if (searcher.getIndexReader().docFreq(key) > carried.getOrDefault(key, 0)) {
                q.add(new TermQuery(key), BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        if (n == 0) {
            return false;
        }
        TopDocs found = searcher.search(q.build(), PLACES);
        boolean grew = false;
        for (ScoreDoc sd : found.scoreDocs) {
            if (works.has(sd.doc)) {
                continue;
            }
            Entry e = CatalogIndex.entry(stored.document(sd.doc), table);
            if (filter == null || filter.test(e)) {
                works.add(sd.doc, e);
                grew = true;
            }
        }
        return grew;
    }
}
