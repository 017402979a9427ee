package papers.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The floor of a search: a one-command picocli program that opens an index papers wrote (plain file reads, as
 * papers opens it), parses the query over four of its text fields with the English analyzer (Porter stems, as papers
 * indexes them), every word required, and prints the top 20 hits' stored {@code part} and score; it fails when
 * nothing matches, so that it never measures less work than a search that finds something. {@link StartupBench}
 * puts it in a jar with picocli's and Lucene's classes and gives it a class-data archive of its own: how far above
 * picocli alone any Lucene search starts, and how far above that papers' own work (catalog, works, output) takes it.
 */
@Command(name = "lucene-hello", mixinStandardHelpOptions = true, version = "lucene-hello 1.0",
        description = "Searches a Lucene index.")
public final class LuceneHello implements Callable<Integer> {
    @Parameters(index = "0", description = "The index directory.")
    Path index;

    @Parameters(index = "1", description = "The query.")
    String query;

    @Override
    public Integer call() throws Exception {
        try (Directory dir = new NIOFSDirectory(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "authors", "notes", "tagtext"},
                    new EnglishAnalyzer());
            parser.setDefaultOperator(QueryParser.Operator.AND);
            TopDocs top = searcher.search(parser.parse(query), 20);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                System.out.println(stored.document(d.doc).get("part") + " " + d.score);
            }
            System.out.println(top.totalHits);
            if (top.scoreDocs.length == 0) {
                System.err.println("lucene-hello: no hits for " + query + " in " + index);
                return 1;
            }
        }
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new LuceneHello()).execute(args));
    }
}
