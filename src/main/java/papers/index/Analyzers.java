package papers.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzers of the index, the same at index and query time. */
final class Analyzers {
    private Analyzers() {}

    /**
     * English and Chinese text: words split by Unicode rules, full-width forms folded, Han text as
     * overlapping bigrams (so {@code 幻觉} matches the word, not every text with either character),
     * possessives and stop words dropped, Porter stems ({@code Hallucinations} to {@code hallucin}).
     */
    static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = new CJKWidthFilter(source);
                t = new LowerCaseFilter(t);
                t = new CJKBigramFilter(t);
                t = new EnglishPossessiveFilter(t);
                t = new StopFilter(t, stopWords());
                t = new PorterStemFilter(t);
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(new CJKWidthFilter(in));
            }
        };
    }

    /** The distinct terms {@code analyzer} makes of {@code text} as a title, in the order they come. */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TITLE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
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

    /** Unstemmed lower-case words, the dictionary of spelling suggestions. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
            }
        };
    }

    /** Whole values, lower-cased: ids, tag slugs, dates. */
    static Analyzer keyword() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** Each field with its own analyzer: keyword fields whole, the spelling field unstemmed, the rest as text. */
    static Analyzer perField() {
        Analyzer keyword = keyword();
        return new PerFieldAnalyzerWrapper(text(), Map.of(
                Fields.PART, keyword, Fields.ARXIV, keyword, Fields.TAG, keyword, Fields.YEAR, keyword,
                Fields.MONTH, keyword, Fields.DATE, keyword, Fields.SPELL, words()));
    }

    static CharArraySet stopWords() {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }
}
