package papers.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import papers.bench.Catalogs;
import papers.catalog.Catalog;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.config.CatalogLocator;

/**
 * {@code index --rebuild} in process, parsing excluded, against a minimal Lucene indexer that writes the same
 * documents (papers' fields and analyzers, one default {@code IndexWriter}, a commit) from the same parsed
 * entries, taking turns in one JVM: papers' figure includes what it adds to Lucene's own work (acronyms learned
 * from the catalog, the section table, the index record), the baseline only building the documents and writing.
 *
 * <p>Run: {@code src/bench/run build [--shape dated|table|bold|mixed] [entries]} (default 100,000 entries, every
 * shape).
 */
public final class BuildBench {
    private BuildBench() {}

    public static void main(String[] args) throws Exception {
        int n = 100_000;
        List<Catalogs.Shape> shapes = List.of(Catalogs.Shape.values());
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--shape")) {
                shapes = List.of(Catalogs.Shape.named(args[++i]));
            } else if (!args[i].equals("--baseline-jar")) {
                n = Integer.parseInt(args[i]);
            } else {
                i++; // a baseline commit is not what this compares against
            }
        }
        for (Catalogs.Shape shape : shapes) {
            Path work = Files.createTempDirectory("papers-build-bench");
            Path dir = Files.createDirectories(work.resolve("catalog"));
            Files.writeString(dir.resolve("README.md"), shape.catalog(n), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("papers.yaml"), "files: [README.md]\n");
            CatalogLocator locator = new CatalogLocator(Map.of(), dir);
            CatalogSource source = locator.locate(null);
            Catalog catalog = locator.load(source);
            double[] papers = new double[5];
            double[] lucene = new double[5];
            for (int r = -2; r < papers.length; r++) {
                // taking turns, each first every other round
                double[] pair = (r & 1) == 0 ? new double[] {papers(work, source, catalog), minimal(work, catalog)}
                        : reversed(minimal(work, catalog), papers(work, source, catalog));
                if (r >= 0) {
                    papers[r] = pair[0];
                    lucene[r] = pair[1];
                }
            }
            Arrays.sort(papers);
            Arrays.sort(lucene);
            System.out.printf("%s, %d entries: papers' index build %.2f s, minimal Lucene indexer of the same documents %.2f s "
                    + "(medians of 5); papers takes %.2f times the minimal one%n", shape.name().toLowerCase(Locale.ROOT),
                    catalog.entries().size(), papers[2], lucene[2], papers[2] / lucene[2]);
            delete(work);
        }
    }

    private static double[] reversed(double minimal, double papers) {
        return new double[] {papers, minimal};
    }

    /** Seconds papers takes to build the index of the parsed {@code catalog}, as {@code index --rebuild} does. */
    private static double papers(Path work, CatalogSource source, Catalog catalog) throws Exception {
        Path cache = work.resolve("cache");
        long t0 = System.nanoTime();
        try (CatalogIndex index = CatalogIndex.open(cache, source, () -> catalog, notice -> { }, true)) {
            if (index.size() != catalog.entries().size()) {
                throw new IllegalStateException("indexed " + index.size() + " of " + catalog.entries().size());
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        delete(cache);
        return secs;
    }

    /** Seconds a default IndexWriter takes to write papers' documents of {@code catalog} and commit them. */
    private static double minimal(Path work, Catalog catalog) throws Exception {
        Path at = work.resolve("minimal");
        List<Entry> entries = catalog.entries();
        // the same documents need the same acronyms; learning them is papers' work, done before the clock starts
        Acronyms acronyms = Acronyms.of(entries, catalog.config().synonyms());
        long t0 = System.nanoTime();
        Set<String> labels = new TreeSet<>();
        try (Directory dir = FSDirectory.open(at); IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            for (Entry e : entries) {
                writer.addDocument(Documents.of(e, acronyms, labels, "0", 1));
            }
            writer.commit();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        delete(at);
        return secs;
    }

    private static void delete(Path p) throws Exception {
        if (Files.exists(p)) {
            try (Stream<Path> all = Files.walk(p)) {
                for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
    }
}
