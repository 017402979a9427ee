package papers.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import papers.catalog.ArxivId;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.Slugs;

/**
 * Runs queries: every word must match some field (title above authors and tags above notes, by
 * BM25); quoted phrases; {@code title:}, {@code author:}, {@code tag:}, {@code venue:}, {@code arxiv:},
 * {@code year:}, {@code month:} and the catalog's own field labels; ranges; {@code OR}, {@code NOT},
 * {@code -word}. When nothing matches, a corrected spelling, then any-word matching, labelled loose.
 */
final class Searcher {
    private static final Set<String> INTERNAL = Set.of(Fields.TITLE, Fields.COMPACT, Fields.AUTHORS, Fields.TAG_TEXT,
            Fields.ACRONYM, Fields.VENUE, Fields.SECTION, Fields.NOTES, Fields.SPELL);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Set<String> labels;
    private final Analyzer analyzer = Analyzers.perField();

    private final Supplier<SectionTable> sections;

    Searcher(DirectoryReader reader, Set<String> labels, Supplier<SectionTable> sections) {
        this.sections = sections;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.labels = labels;
    }

    SearchResult search(String text, int limit, Predicate<Entry> filter) {
        Query exact = parse(text, QueryParser.Operator.AND);
        List<SearchHit> hits = run(exact, limit, filter);
        if (!hits.isEmpty()) {
            return new SearchResult(hits, SearchResult.Match.EXACT, null);
        }
        Optional<String> corrected = corrected(text);
        if (corrected.isPresent()) {
            List<SearchHit> loose = run(parse(corrected.get(), QueryParser.Operator.AND), limit, filter);
            if (!loose.isEmpty()) {
                return new SearchResult(loose, SearchResult.Match.LOOSE, "results for \"" + corrected.get() + "\"");
            }
        }
        Query any = parse(corrected.orElse(text), QueryParser.Operator.OR);
        List<SearchHit> some = run(any, limit, filter);
        return new SearchResult(some, SearchResult.Match.LOOSE, some.isEmpty() ? null : "results matching some of the words");
    }

    private Query parse(String text, QueryParser.Operator operator) {
        if (text.isBlank()) {
            throw new QueryException("empty query");
        }
        PapersQueryParser parser = new PapersQueryParser(analyzer, labels);
        parser.setDefaultOperator(operator);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new QueryException(firstLine(e.getMessage()));
        } catch (QueryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new QueryException("cannot parse the query: " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("");
        return m.replaceFirst("^Cannot parse '.*?': ", "");
    }

    private List<SearchHit> run(Query query, int limit, Predicate<Entry> filter) {
        try {
            // some beyond the limit, so that entries scored alike come in file and line order, as in a fresh
            // index, and not in the order their sections were last indexed
            int n = Math.max(1, filter == null ? limit * 2 + 10 : Math.max(limit, reader.numDocs()));
            TopDocs top = searcher.search(query, n);
            Set<String> titleTerms = termsOf(query, Set.of(Fields.TITLE, Fields.COMPACT));
            List<SearchHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            float last = Float.NaN;
            for (ScoreDoc sd : top.scoreDocs) {
                if (hits.size() >= limit && sd.score != last) {
                    break;
                }
                Entry e = CatalogIndex.entry(stored.document(sd.doc), sections.get());
                if (filter != null && !filter.test(e)) {
                    continue;
                }
                hits.add(new SearchHit(e, sd.score, highlights(e.title(), titleTerms)));
                last = sd.score;
            }
            SectionTable table = sections.get();
            hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparingInt(h -> table.order(h.entry().file()))
                    .thenComparingInt(h -> h.entry().line()));
            return hits.size() > limit ? new ArrayList<>(hits.subList(0, limit)) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> termsOf(Query query, Set<String> fields) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> out = new HashSet<>();
        for (Term t : terms) {
            if (fields.contains(t.field())) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** Character ranges of {@code title} whose analysed words are among {@code terms}. */
    private List<int[]> highlights(String title, Set<String> terms) {
        List<int[]> ranges = new ArrayList<>();
        if (terms.isEmpty()) {
            return ranges;
        }
        try (TokenStream ts = analyzer.tokenStream(Fields.TITLE, title)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    ranges.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ranges;
    }

    /**
     * The query with each plain word that matches nothing replaced by the closest word of the
     * catalog, or empty when no word needed or had a correction.
     */
    private Optional<String> corrected(String text) {
        DirectSpellChecker spell = new DirectSpellChecker();
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            String word = token.strip();
            if (word.isEmpty() || !word.matches("[\\p{L}][\\p{L}\\p{N}'-]*") || word.equals("OR") || word.equals("AND")
                    || word.equals("NOT") || matchesSomething(word)) {
                out.append(token);
                continue;
            }
            try {
                SuggestWord[] s = spell.suggestSimilar(new Term(Fields.SPELL, word.toLowerCase(Locale.ROOT)), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (s.length > 0) {
                    out.append(s[0].string);
                    changed = true;
                } else {
                    out.append(token);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    private boolean matchesSomething(String word) {
        try {
            Query q = parse(word, QueryParser.Operator.AND);
            return searcher.count(q) > 0;
        } catch (QueryException | IOException e) {
            return true;
        }
    }

    /** The classic query parser over the default fields, with the user's field names mapped to the index's. */
    private static final class PapersQueryParser extends MultiFieldQueryParser {
        private final Set<String> labels;

        PapersQueryParser(Analyzer analyzer, Set<String> labels) {
            super(Fields.DEFAULT_BOOSTS.keySet().toArray(new String[0]), analyzer, new LinkedHashMap<>(Fields.DEFAULT_BOOSTS));
            this.labels = labels;
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(false);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (field == null || INTERNAL.contains(field)) {
                return super.getFieldQuery(field, queryText, quoted);
            }
            String mapped = Fields.forUser(field);
            switch (mapped) {
                case Fields.ARXIV -> {
                    Optional<ArxivId> id = ArxivId.parse(queryText);
                    if (id.isEmpty()) {
                        throw new QueryException("arxiv: '" + queryText + "' is not an arXiv id");
                    }
                    return new TermQuery(new Term(Fields.ARXIV, id.get().id().toLowerCase(Locale.ROOT)));
                }
                case Fields.TAG -> {
                    String slug = Slugs.tag(queryText);
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    b.add(new TermQuery(new Term(Fields.TAG, slug)), BooleanClause.Occur.SHOULD);
                    Query words = super.getFieldQuery(Fields.TAG_TEXT, slug.replace('-', ' '), true);
                    if (words != null) {
                        b.add(words, BooleanClause.Occur.SHOULD);
                    }
                    return b.build();
                }
                case Fields.YEAR, Fields.DATE -> {
                    return new TermQuery(new Term(mapped, queryText.toLowerCase(Locale.ROOT)));
                }
                case Fields.MONTH -> {
                    String month = EntryDate.parse(queryText).flatMap(EntryDate::yearMonth).orElse(queryText);
                    return new TermQuery(new Term(Fields.MONTH, month));
                }
                default -> {
                    if (mapped.startsWith(Fields.FIELD_PREFIX) && !labels.contains(mapped.substring(Fields.FIELD_PREFIX.length()))) {
                        // "Qwen2-VL: Enhancing" is words, not a field: search both parts as text
                        BooleanQuery.Builder b = new BooleanQuery.Builder();
                        Query name = super.getFieldQuery(null, field, false);
                        Query value = super.getFieldQuery(null, queryText, quoted);
                        BooleanClause.Occur occur = getDefaultOperator() == QueryParser.Operator.AND
                                ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
                        if (name != null) {
                            b.add(name, occur);
                        }
                        if (value != null) {
                            b.add(value, occur);
                        }
                        return b.build();
                    }
                    return super.getFieldQuery(mapped, queryText, quoted);
                }
            }
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            if (field == null || INTERNAL.contains(field)) {
                return super.getFieldQuery(field, queryText, slop);
            }
            String mapped = Fields.forUser(field);
            if (mapped.equals(Fields.TITLE) || mapped.equals(Fields.AUTHORS) || mapped.equals(Fields.VENUE)
                    || mapped.equals(Fields.NOTES) || mapped.equals(Fields.SECTION)
                    || (mapped.startsWith(Fields.FIELD_PREFIX) && labels.contains(mapped.substring(Fields.FIELD_PREFIX.length())))) {
                return super.getFieldQuery(mapped, queryText, slop);
            }
            return getFieldQuery(field, queryText, true);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            if (field == null || INTERNAL.contains(field)) {
                return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
            }
            String mapped = Fields.forUser(field);
            if (mapped.equals(Fields.YEAR) || mapped.equals(Fields.MONTH) || mapped.equals(Fields.DATE)) {
                String lo = part1 == null || part1.equals("*") ? null : part1.toLowerCase(Locale.ROOT);
                String hi = part2 == null || part2.equals("*") ? null : part2.toLowerCase(Locale.ROOT);
                return TermRangeQuery.newStringRange(mapped, lo, hi, startInclusive, endInclusive);
            }
            return new MatchNoDocsQuery("no ranges on " + field);
        }
    }

}
