package papers.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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
import papers.catalog.Overlong;
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

    /** A query of words only, which may be a name: letters, digits, spaces and the joiners names use. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._+-]{0,60}");
    private static final float NAME_BOOST = 8f;
    private static final float REPO_BOOST = 2f;
    private static final int TOPIC = 3;
    /** The most terms a "more like this" query is made of. */
    private static final int MORE_LIKE_TERMS = 25;
    /** A word of a query that can be loosened: no field, quote, group, wildcard or escape. */
    private static final Pattern LOOSE_WORD = Pattern.compile("[^-+!:\"()\\[\\]{}^~*?\\\\/][^:\"()\\[\\]{}^~*?\\\\]*");
    /** What a loosened query looks in: the words an entry is named by, not its notes. */
    private static final Map<String, Float> LOOSE_BOOSTS = Map.of(Fields.TITLE, 4f, Fields.NAME, 4f, Fields.COMPACT, 3f,
            Fields.TAG_TEXT, 2.5f);

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
        Query exact = named(text, parse(text, QueryParser.Operator.AND));
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
        String words = corrected.orElse(text);
        Optional<Loose> loose = loose(words);
        if (loose.isPresent()) {
            List<SearchHit> some = loose.get().query() == null ? List.of() : run(loose.get().query(), limit, filter);
            return new SearchResult(some, SearchResult.Match.LOOSE, some.isEmpty() ? null
                    : "results matching at least half of the words, among them \"" + loose.get().rarest() + "\"");
        }
        Query any = parse(words, QueryParser.Operator.OR);
        List<SearchHit> some = run(any, limit, filter);
        return new SearchResult(some, SearchResult.Match.LOOSE, some.isEmpty() ? null : "results matching some of the words");
    }

    /**
     * The {@code limit} works most like {@code like} (the places of one work), by Lucene's MoreLikeThis over their
     * titles, names, notes and tags; the work itself left out.
     */
    List<SearchHit> similar(List<Entry> like, int limit) {
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        for (Entry e : like) {
            append(text, Fields.TITLE, e.title());
            Documents.names(e).forEach(n -> append(text, Fields.NAME, n));
            append(text, Fields.NOTES, e.notes());
            append(text, Fields.TAG_TEXT, String.join(" ", e.tags()).replace('-', ' '));
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        try {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(MORE_LIKE_TERMS);
            for (var field : text.entrySet()) {
                mlt.setFieldNames(new String[] {field.getKey()});
                Query part = mlt.like(field.getKey(), new StringReader(field.getValue().toString()));
                float boost = Fields.DEFAULT_BOOSTS.getOrDefault(field.getKey(), 1f);
                q.add(new BoostQuery(part, boost), BooleanClause.Occur.SHOULD);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> own = new HashSet<>();
        for (Entry e : like) {
            own.add(e.file() + ":" + e.line());
        }
        return run(q.build(), limit + 1, null).stream()
                .filter(h -> h.places().stream().noneMatch(p -> own.contains(p.file() + ":" + p.line())))
                .limit(limit).toList();
    }

    private static void append(Map<String, StringBuilder> text, String field, String value) {
        if (value != null && !value.isBlank()) {
            text.computeIfAbsent(field, f -> new StringBuilder()).append(value).append('\n');
        }
    }

    /** A loosened query of plain words, and its rarest word, which it requires; a null query matches nothing. */
    private record Loose(Query query, String rarest) {}

    /**
     * For a query of plain words that no entry matches whole: the entries whose title, name or tags match at least
     * half of the words, the rarest of them among those (the word that says most of what is meant); nothing when no
     * word is in any title, name or tag. Empty for a query with fields, quotes or operators.
     */
    private Optional<Loose> loose(String text) {
        String[] words = text.strip().split("\\s+");
        for (String w : words) {
            if (!LOOSE_WORD.matcher(w).matches() || w.equals("OR") || w.equals("AND") || w.equals("NOT")) {
                return Optional.empty();
            }
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(LOOSE_BOOSTS.keySet().toArray(new String[0]), analyzer,
                LOOSE_BOOSTS);
        List<Query> found = new ArrayList<>();
        Query rarest = null;
        String rarestWord = null;
        int fewest = Integer.MAX_VALUE;
        try {
            for (String w : words) {
                Query q = parser.parse("\"" + QueryParser.escape(w) + "\"");
                int n = q == null ? 0 : searcher.count(q);
                if (n == 0) {
                    continue;
                }
                found.add(q);
                if (n < fewest) {
                    fewest = n;
                    rarest = q;
                    rarestWord = w;
                }
            }
        } catch (ParseException | IOException e) {
            return Optional.empty();
        }
        int half = (words.length + 1) / 2;
        if (rarest == null || found.size() < half) {
            return Optional.of(new Loose(null, null));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(rarest, BooleanClause.Occur.MUST);
        for (Query q : found) {
            if (q != rarest) {
                b.add(q, BooleanClause.Occur.SHOULD);
            }
        }
        b.setMinimumNumberShouldMatch(half - 1);
        return Optional.of(new Loose(b.build(), rarestWord));
    }

    /**
     * {@code query}, ranking first the entries of which the whole query is a name ({@code ViT} above "A-ViT: ..."),
     * then those linking to a repository of that name. Only for plain words: not with fields, quotes or operators;
     * and not for a name that several works carry ({@code Speculative Decoding} over three papers is a topic).
     */
    private Query named(String text, Query query) {
        if (!PLAIN.matcher(text).matches()) {
            return query;
        }
        String key = Overlong.key(Slugs.foldTitle(text));
        if (key.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        for (var field : List.of(Map.entry(key, NAME_BOOST), Map.entry(Overlong.key(Fields.REPO + key), REPO_BOOST))) {
            Term term = new Term(Fields.NAME_KEY, field.getKey());
            if (!topic(term)) {
                b.add(new BoostQuery(new TermQuery(term), field.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * Whether the entries carrying {@code name} are of {@value #TOPIC} works or more (the name is a topic's), or of
     * none: either way it ranks nothing first. Most names are looked up in the terms only.
     */
    private boolean topic(Term name) {
        try {
            int carriers = reader.docFreq(name);
            if (carriers < TOPIC) {
                return carriers == 0;
            }
            TopDocs top = searcher.search(new TermQuery(name), 50);
            var stored = searcher.storedFields();
            Set<String> works = new HashSet<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Entry e = CatalogIndex.entry(stored.document(sd.doc), sections.get());
                works.add(e.arxiv() != null ? e.arxiv().id() : Slugs.foldTitle(e.title()));
            }
            return works.size() >= TOPIC;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            // some beyond the limit, so that entries scored alike come in file and line order, as in a fresh index, and
            // not in the order their sections were last indexed; more when entries of one work took up the room
            int n = Math.max(1, filter == null ? limit * 2 + 10 : Math.max(limit, reader.numDocs()));
            Set<String> titleTerms = termsOf(query, Set.of(Fields.TITLE, Fields.COMPACT));
            var stored = searcher.storedFields();
            SectionTable table = sections.get();
            WorkHits works;
            while (true) {
                TopDocs top = searcher.search(query, n);
                works = new WorkHits(searcher, stored, table, filter);
                for (ScoreDoc sd : top.scoreDocs) {
                    Entry e = CatalogIndex.entry(stored.document(sd.doc), table);
                    if (filter == null || filter.test(e)) {
                        works.add(sd.doc, e, sd.score);
                    }
                }
                if (top.scoreDocs.length < n || works.size() >= limit + 10 || n >= reader.numDocs()) {
                    break;
                }
                n = n * 4;
            }
            List<SearchHit> hits = new ArrayList<>();
            for (WorkHits.Ranked r : works.best(limit)) {
                Entry shown = r.work().shownClean();
                hits.add(new SearchHit(shown, (float) r.rank(), highlights(shown.title(), titleTerms), r.work().places()));
            }
            return hits;
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
