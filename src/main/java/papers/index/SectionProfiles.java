package papers.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.Unread;

/**
 * How much a text (a new paper's title and abstract) is like each section of a catalog: BM25 over the titles and
 * notes of the section's papers (datasets, tools and other entries that are not papers are left out), the mean
 * of its three best matches, each divided by the most the text's words could score, so that the scores of two
 * texts compare. The bar a section sets is learned from its own papers, each scored against the others.
 *
 * <pre>{@code
 * SectionProfiles p = index.sectionProfiles();
 * List<SectionProfiles.Fit> fits = p.fits(title, abstractText);
 * }</pre>
 */
public final class SectionProfiles {
    /** How many of a section's best matches make its score. */
    private static final int BEST = 3;
    /** How many matches of the whole catalog a text is scored on. */
    private static final int HITS = 300;
    /** The share of the score that the abstract (or an entry's notes) gives, when there is one. */
    private static final float ABSTRACT_SHARE = 0.3f;
    /** The most abstract words a query takes, the rarest in the catalog first. */
    private static final int ABSTRACT_TERMS = 25;
    /** How many of a section's papers the bar is learned from. */
    private static final int SAMPLED = 25;
    /** The share of a section's own papers that score below its bar. */
    private static final double BAR_QUANTILE = 0.2;

    private final IndexSearcher searcher;
    private final Analyzer analyzer = Analyzers.text();
    private final int docCount;
    /** The section key of each paper document; null for the other documents. */
    private final String[] sectionOf;
    private final Map<String, List<Integer>> papers = new LinkedHashMap<>();
    private final Map<Integer, Entry> decoded = new HashMap<>();
    private Map<String, Double> bars;
    private double catalogBar;

    /** A section of the catalog, and how much a text is like it, with what made it so. */
    public record Fit(String file, String section, double score, List<String> like, List<String> words) {}

    SectionProfiles(DirectoryReader reader) {
        this.searcher = new IndexSearcher(reader);
        this.sectionOf = new String[reader.maxDoc()];
        try {
            this.docCount = Math.max(1, reader.getDocCount(Fields.TITLE));
            var stored = searcher.storedFields();
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    int doc = leaf.docBase + d;
                    var fields = stored.document(doc, Set.of(Fields.SECTION_KEY, Fields.ENTRY));
                    String key = fields.get(Fields.SECTION_KEY);
                    if (key == null) {
                        continue;
                    }
                    Entry e = EntryCodec.decode(fields.getBinaryValue(Fields.ENTRY).bytes);
                    if (isPaper(e)) {
                        sectionOf[doc] = key;
                        papers.computeIfAbsent(key, k -> new ArrayList<>()).add(doc);
                        decoded.put(doc, e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for an entry that is a paper: one with an arXiv id or DOI, or a link to a paper's page or PDF. */
    static boolean isPaper(Entry e) {
        if (e.arxiv() != null || e.doi() != null) {
            return true;
        }
        if (e.url() != null && Unread.isPaper(e.url())) {
            return true;
        }
        for (Link l : e.links()) {
            if (Unread.isPaper(l.url())) {
                return true;
            }
        }
        return false;
    }

    /** How many papers shape the profiles, all sections together. */
    public int paperCount() {
        return decoded.size();
    }

    /** Every section that has papers, as file and heading path, in catalog order. */
    public List<String[]> sections() {
        return papers.keySet().stream().map(SectionProfiles::split).toList();
    }

    /**
     * The sections {@code title} and {@code text} (an abstract, or null) are like, best first, without what made
     * them so (see {@link #explained}).
     */
    public List<Fit> fits(String title, String text) {
        return fits(title, text, -1, false);
    }

    /** {@code fit} (one of {@link #fits} of the same title and text) with the papers and words that made it. */
    public Fit explained(String title, String text, Fit fit) {
        return fits(title, text, -1, true).stream()
                .filter(f -> f.file().equals(fit.file()) && f.section().equals(fit.section())).findFirst().orElse(fit);
    }

    /**
     * The bar of a section: a text scoring below it there is less like the section than most of its own papers
     * are like the others. A section of fewer than three papers takes the bar of the whole catalog.
     */
    public double bar(String file, String section) {
        if (bars == null) {
            learnBars();
        }
        return bars.getOrDefault(file + "\u0000" + section, catalogBar);
    }

    private void learnBars() {
        bars = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (var section : papers.entrySet()) {
            List<Integer> docs = section.getValue();
            if (docs.size() < 2) {
                continue;
            }
            List<Double> own = new ArrayList<>();
            int step = Math.max(1, docs.size() / SAMPLED);
            for (int i = 0; i < docs.size() && own.size() < SAMPLED; i += step) {
                int doc = docs.get(i);
                Entry e = decoded.get(doc);
                double score = 0;
                for (Fit f : fits(e.title(), e.notes(), doc, false)) {
                    if ((f.file() + "\u0000" + f.section()).equals(section.getKey())) {
                        score = f.score();
                    }
                }
                own.add(score);
            }
            all.addAll(own);
            if (own.size() >= 3) {
                bars.put(section.getKey(), quantile(own));
            }
        }
        catalogBar = all.isEmpty() ? 0 : quantile(all);
    }

    private static double quantile(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[(int) Math.floor(BAR_QUANTILE * (v.length - 1))];
    }

    private List<Fit> fits(String title, String text, int without, boolean explain) {
        Map<String, String> titleWords = words(title, Integer.MAX_VALUE, Set.of());
        Map<String, String> textWords = text == null || text.isBlank() ? Map.of()
                : words(text, ABSTRACT_TERMS, titleWords.keySet());
        if (titleWords.isEmpty() && textWords.isEmpty()) {
            return List.of();
        }
        float titleShare = textWords.isEmpty() ? 1f : 1f - ABSTRACT_SHARE;
        float textShare = titleWords.isEmpty() ? 1f : ABSTRACT_SHARE;
        var q = new BooleanQuery.Builder();
        Map<String, Float> weights = new LinkedHashMap<>();
        add(q, titleWords.keySet(), titleShare, weights);
        add(q, textWords.keySet(), textShare, weights);
        Query query = q.build();
        try {
            var top = searcher.search(query, HITS);
            Map<String, double[]> best = new LinkedHashMap<>();
            Map<String, List<Integer>> bestDocs = new HashMap<>();
            for (var sd : top.scoreDocs) {
                String key = sectionOf[sd.doc];
                if (key == null || sd.doc == without) {
                    continue;
                }
                List<Integer> docs = bestDocs.computeIfAbsent(key, k -> new ArrayList<>());
                if (docs.size() < BEST) {
                    docs.add(sd.doc);
                    best.computeIfAbsent(key, k -> new double[1])[0] += sd.score / BEST;
                }
            }
            List<Fit> out = new ArrayList<>();
            Map<String, String> surface = new LinkedHashMap<>(titleWords);
            textWords.forEach(surface::putIfAbsent);
            for (var b : best.entrySet()) {
                String[] at = split(b.getKey());
                List<Integer> docs = bestDocs.get(b.getKey());
                out.add(new Fit(at[0], at[1], b.getValue()[0],
                        explain ? docs.stream().limit(2).map(d -> decoded.get(d).title()).toList() : List.of(),
                        explain ? matched(docs, weights, surface) : List.of()));
            }
            out.sort(Comparator.comparingDouble(Fit::score).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One clause per stem, its weight its share over the most its words can score, so a perfect match nears 1. */
    private void add(BooleanQuery.Builder q, Set<String> stems, float share, Map<String, Float> weights) {
        double most = 0;
        for (String s : stems) {
            most += idf(s);
        }
        if (most == 0) {
            return;
        }
        for (String s : stems) {
            float w = (float) (share / most);
            weights.merge(s, w, Float::sum);
            q.add(new BoostQuery(new DisjunctionMaxQuery(List.of(new TermQuery(new Term(Fields.TITLE, s)),
                    new BoostQuery(new TermQuery(new Term(Fields.NOTES, s)), 0.5f)), 0f), w), BooleanClause.Occur.SHOULD);
        }
    }

    /** BM25's idf of a stem in titles; a stem no title has counts as one in a single title. */
    private double idf(String stem) {
        int n;
        try {
            n = Math.max(1, searcher.getIndexReader().docFreq(new Term(Fields.TITLE, stem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Math.log(1 + (docCount - n + 0.5) / (n + 0.5));
    }

    /** The words of {@code docs} (the best matches of a section) that matched most, in the text's own spelling. */
    private List<String> matched(List<Integer> docs, Map<String, Float> weights, Map<String, String> surface)
            throws IOException {
        List<Map.Entry<String, Double>> found = new ArrayList<>();
        for (var w : weights.entrySet()) {
            int hits = 0;
            for (String field : List.of(Fields.TITLE, Fields.NOTES)) {
                hits += count(new TermQuery(new Term(field, w.getKey())), docs);
            }
            if (hits > 0) {
                found.add(Map.entry(w.getKey(), w.getValue() * idf(w.getKey()) * hits));
            }
        }
        found.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return found.stream().limit(3).map(e -> surface.getOrDefault(e.getKey(), e.getKey())).toList();
    }

    private int count(Query q, List<Integer> docs) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int n = 0;
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = weight.scorer(leaf);
            if (s == null) {
                continue;
            }
            DocIdSetIterator it = s.iterator();
            for (int doc : sorted) {
                int local = doc - leaf.docBase;
                if (local < 0 || local >= leaf.reader().maxDoc() || it.docID() > local) {
                    continue;
                }
                if (it.advance(local) == local) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The stems of {@code text} not in {@code except}, each with the first word that gave it; at most {@code max},
     * those most often in the text and rarest in the catalog first.
     */
    private Map<String, String> words(String text, int max, Set<String> except) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> often = new HashMap<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (String stem : stems(word)) {
                if (!except.contains(stem)) {
                    out.putIfAbsent(stem, word.toLowerCase(Locale.ROOT));
                    often.merge(stem, 1, Integer::sum);
                }
            }
        }
        if (out.size() <= max) {
            return out;
        }
        Map<String, Double> weight = new HashMap<>();
        for (String stem : out.keySet()) {
            weight.put(stem, often.get(stem) * idf(stem));
        }
        List<String> kept = new ArrayList<>(out.keySet());
        kept.sort(Comparator.comparingDouble(weight::get).reversed());
        out.keySet().retainAll(new HashSet<>(kept.subList(0, max)));
        return out;
    }

    private List<String> stems(String word) {
        List<String> out = new ArrayList<>(1);
        try (var ts = analyzer.tokenStream(Fields.TITLE, word)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String[] split(String key) {
        int cut = key.indexOf('\u0000');
        return new String[] {key.substring(0, cut), key.substring(cut + 1)};
    }
}
