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
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.Unread;

/**
 * How much a text (a new paper's title and abstract) is like each section of a catalog, against the other
 * submissions of the period: each word of the text counts by how much more often the section's paper titles hold
 * it than the period's submissions do (the section smoothed towards the whole catalog, the catalog towards the
 * period), words that are commoner in the period counting nothing. Datasets, tools and other entries that are not
 * papers are left out. The bar a section sets is learned from its own papers, each scored with itself left out.
 *
 * <pre>{@code
 * SectionProfiles.Model m = index.sectionProfiles(SuggestPapers.sectionKeys(catalog)).against(periodTexts);
 * List<SectionProfiles.Fit> fits = m.fits(title, abstractText);
 * }</pre>
 */
public final class SectionProfiles {
    /** The weight of an abstract's words beside the title's. */
    private static final double ABSTRACT_SHARE = 0.3;
    /** The most abstract words a text is scored on, those with the most weight first. */
    private static final int ABSTRACT_TERMS = 25;
    /** How many of a section's papers the bar is learned from. */
    private static final int SAMPLED = 25;
    /** The share of a section's own papers that score below its bar. */
    private static final double BAR_QUANTILE = 0.2;
    /** How many titles of the whole catalog a section's word counts are smoothed with (Dirichlet's mu). */
    private static final double SECTION_PRIOR = 5;
    /** How many texts of the period the catalog's word counts are smoothed with. */
    private static final double CATALOG_PRIOR = 20;

    private final Analyzer analyzer = Analyzers.text();
    /** The sections' keys (file NUL heading path), in catalog order, and their papers. */
    private final Map<String, List<Entry>> papers = new LinkedHashMap<>();
    /** The stems of each paper's title, numbers left out. */
    private final Map<Entry, Set<String>> stemsOf = new HashMap<>();
    /** In how many of each section's titles, and of the catalog's, each stem is. */
    private final Map<String, Map<String, Integer>> sectionDf = new HashMap<>();
    private final Map<String, Integer> catalogDf = new HashMap<>();
    private int catalogPapers;

    /** A section of the catalog, and how much a text is like it, with what made it so. */
    public record Fit(String file, String section, double score, List<String> like, List<String> words) {}

    /** The profiles of the sections {@code keyOf} puts the catalog's papers in (file NUL heading path; null: none). */
    SectionProfiles(DirectoryReader reader, Function<Entry, String> keyOf) {
        try {
            var stored = reader.storedFields();
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    var fields = stored.document(leaf.docBase + d, Set.of(Fields.SECTION_KEY, Fields.ENTRY));
                    if (fields.get(Fields.SECTION_KEY) == null) {
                        continue;
                    }
                    Entry e = EntryCodec.decode(fields.getBinaryValue(Fields.ENTRY).bytes);
                    String key = keyOf.apply(e);
                    if (key != null && isPaper(e)) {
                        papers.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                        Set<String> stems = stems(e.title());
                        stemsOf.put(e, stems);
                        Map<String, Integer> df = sectionDf.computeIfAbsent(key, k -> new HashMap<>());
                        for (String t : stems) {
                            df.merge(t, 1, Integer::sum);
                            catalogDf.merge(t, 1, Integer::sum);
                        }
                        catalogPapers++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for an entry that is a paper: one with an arXiv id or DOI, or a link to a paper's page or PDF. */
    public static boolean isPaper(Entry e) {
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
        return catalogPapers;
    }

    /** The profiles against {@code period}: the titles and abstracts of the period's submissions, one text each. */
    public Model against(List<String> period) {
        Map<String, Integer> df = new HashMap<>();
        for (String text : period) {
            for (String t : stems(text)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return new Model(df, period.size());
    }

    /** How much texts are like each section, against the texts of one period. */
    public final class Model {
        private final Map<String, Integer> periodDf;
        private final int periodTexts;
        private Map<String, Double> bars;
        private double catalogBar;

        private Model(Map<String, Integer> periodDf, int periodTexts) {
            this.periodDf = periodDf;
            this.periodTexts = periodTexts;
        }

        /** The sections {@code title} and {@code text} (an abstract, or null) are like, best first. */
        public List<Fit> fits(String title, String text) {
            return fits(title, text, null, false);
        }

        /** {@code fit} (one of {@link #fits} of the same title and text) with the papers and words that made it. */
        public Fit explained(String title, String text, Fit fit) {
            return fits(title, text, null, true).stream()
                    .filter(f -> f.file().equals(fit.file()) && f.section().equals(fit.section())).findFirst().orElse(fit);
        }

        /**
         * The bar of a section: a text scoring below it there is less like the section than most of its own papers
         * are, each scored with itself left out. A section of fewer than three papers takes the whole catalog's bar.
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
                List<Entry> own = section.getValue();
                if (own.size() < 2) {
                    continue;
                }
                List<Double> scores = new ArrayList<>();
                int step = Math.max(1, own.size() / SAMPLED);
                for (int i = 0; i < own.size() && scores.size() < SAMPLED; i += step) {
                    Entry e = own.get(i);
                    scores.add(score(section.getKey(), stemsOf.get(e), Set.of(), e));
                }
                all.addAll(scores);
                if (scores.size() >= 3) {
                    bars.put(section.getKey(), quantile(scores));
                }
            }
            catalogBar = all.isEmpty() ? 0 : quantile(all);
        }

        private List<Fit> fits(String title, String text, Entry without, boolean explain) {
            Map<String, String> titleWords = words(title, Set.of());
            Map<String, String> textWords = text == null || text.isBlank() ? Map.of() : words(text, titleWords.keySet());
            if (titleWords.isEmpty() && textWords.isEmpty()) {
                return List.of();
            }
            List<Fit> out = new ArrayList<>();
            for (String key : papers.keySet()) {
                Set<String> abstractTerms = strongest(key, textWords.keySet());
                double score = score(key, titleWords.keySet(), abstractTerms, without);
                if (score <= 0) {
                    continue;
                }
                String[] at = split(key);
                if (!explain) {
                    out.add(new Fit(at[0], at[1], score, List.of(), List.of()));
                    continue;
                }
                Map<String, String> surface = new LinkedHashMap<>(titleWords);
                textWords.forEach(surface::putIfAbsent);
                Set<String> all = new HashSet<>(titleWords.keySet());
                all.addAll(abstractTerms);
                List<String> words = all.stream().filter(t -> weight(key, t, null) > 0)
                        .sorted(Comparator.comparingDouble((String t) -> weight(key, t, null)).reversed()).limit(3)
                        .map(surface::get).toList();
                List<String> like = papers.get(key).stream()
                        .sorted(Comparator.comparingDouble((Entry e) -> -shared(key, e, all)))
                        .filter(e -> shared(key, e, all) > 0).limit(2).map(Entry::title).toList();
                out.add(new Fit(at[0], at[1], score, like, words));
            }
            out.sort(Comparator.comparingDouble(Fit::score).reversed());
            return out;
        }

        /** The weight of the words {@code e} shares with {@code terms}, in section {@code key}. */
        private double shared(String key, Entry e, Set<String> terms) {
            double w = 0;
            for (String t : stemsOf.get(e)) {
                if (terms.contains(t)) {
                    w += Math.max(0, weight(key, t, null));
                }
            }
            return w;
        }

        /** The abstract's words that count most in section {@code key}, at most {@link #ABSTRACT_TERMS}. */
        private Set<String> strongest(String key, Set<String> terms) {
            if (terms.size() <= ABSTRACT_TERMS) {
                return terms;
            }
            return new HashSet<>(terms.stream().sorted(Comparator.comparingDouble((String t) -> -weight(key, t, null)))
                    .limit(ABSTRACT_TERMS).toList());
        }

        private double score(String key, Set<String> title, Set<String> text, Entry without) {
            double score = 0;
            for (String t : title) {
                score += Math.max(0, weight(key, t, without));
            }
            for (String t : text) {
                score += ABSTRACT_SHARE * Math.max(0, weight(key, t, without));
            }
            return score;
        }

        /**
         * How much more often section {@code key}'s titles hold {@code stem} than the period's texts do, as a log
         * ratio; {@code without} (one of the section's papers, or null) is left out of the counts.
         */
        private double weight(String key, String stem, Entry without) {
            int out = without != null && stemsOf.get(without).contains(stem) ? 1 : 0;
            int less = without == null ? 0 : 1;
            double period = (periodDf.getOrDefault(stem, 0) + 1.0) / (periodTexts + 2.0);
            double catalog = (catalogDf.getOrDefault(stem, 0) - out + CATALOG_PRIOR * period) / (catalogPapers - less + CATALOG_PRIOR);
            double section = (sectionDf.get(key).getOrDefault(stem, 0) - out + SECTION_PRIOR * catalog)
                    / (papers.get(key).size() - less + SECTION_PRIOR);
            return Math.log(section / period);
        }
    }

    private static double quantile(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[(int) Math.floor(BAR_QUANTILE * (v.length - 1))];
    }

    /** The stems of {@code text} not in {@code except}, each with the first word that gave it. */
    private Map<String, String> words(String text, Set<String> except) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (String stem : stems(word)) {
                if (!except.contains(stem)) {
                    out.putIfAbsent(stem, word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The analyzed words of {@code text}, numbers left out. */
    private Set<String> stems(String text) {
        Set<String> out = Analyzers.terms(analyzer, text);
        // a number ("4", "2024") says nothing of a topic
        out.removeIf(t -> t.chars().allMatch(Character::isDigit));
        return out;
    }

    private static String[] split(String key) {
        int cut = key.indexOf('\u0000');
        return new String[] {key.substring(0, cut), key.substring(cut + 1)};
    }
}
