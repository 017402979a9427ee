package papers.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papers.catalog.config.CatalogLocator;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.Slugs;

/**
 * The judged query sets: src/test/resources/relevance.tsv over data/ and fixtures, where every expected entry must
 * be in the top 10; and src/test/resources/corpus-relevance.tsv over the lists of ../shared/corpus and the seeds
 * searched as one library (skipped when ../shared is absent), where recall@5 must be at least 0.95 and no paper may
 * come twice in a top 10. Both print their misses.
 */
class RelevanceTest {
    static final Map<String, CatalogIndex> INDEXES = new HashMap<>();

    static CatalogIndex index(String catalog) throws IOException {
        if (!INDEXES.containsKey(catalog)) {
            Path path;
            if (catalog.equals("data")) {
                path = Path.of("data").toAbsolutePath();
            } else {
                String name = catalog.substring("fixture:".length());
                Path dir = Files.createTempDirectory("relevance");
                try (InputStream in = RelevanceTest.class.getResourceAsStream("/fixtures/" + name)) {
                    path = Files.write(dir.resolve(name), in.readAllBytes());
                }
            }
            CatalogLocator locator = new CatalogLocator(Map.of(), path.getParent());
            CatalogSource source = locator.locate(path.toString());
            INDEXES.put(catalog, CatalogIndex.open(null, source, () -> locator.load(source), s -> {}, false));
        }
        return INDEXES.get(catalog);
    }

    @AfterAll
    static void close() throws IOException {
        for (CatalogIndex i : INDEXES.values()) {
            i.close();
        }
    }

    static boolean matches(Entry e, String expected) {
        return (e.arxiv() != null && e.arxiv().id().equals(expected)) || e.title().startsWith(expected);
    }

    static List<String> judged(String resource) throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void everyJudgedEntryIsInTheTopTen() throws IOException {
        List<String> lines = judged("/relevance.tsv");
        int judged = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            List<Entry> top = index(cols[1]).search(cols[0], 10, null).hits().stream().map(SearchHit::entry).toList();
            for (String expected : cols[2].split("\\|")) {
                judged++;
                if (top.stream().anyMatch(e -> matches(e, expected))) {
                    found++;
                } else {
                    misses.add(cols[0] + " -> " + expected);
                }
            }
        }
        double recall = (double) found / judged;
        System.out.printf("relevance: %d queries, recall@10 %.3f (%d of %d)%n", lines.size(), recall, found, judged);
        misses.forEach(m -> System.out.println("  missed: " + m));
        assertThat(lines.size()).isGreaterThanOrEqualTo(25);
        assertThat(recall).as("recall@10; missed: %s", misses).isEqualTo(1.0);
    }

    @Test
    void overTheCorpusAsOneLibraryPapersAreFoundByTheirNamesAndComeOnce(@TempDir Path library) throws IOException {
        Path shared = Path.of("..", "shared");
        assumeTrue(Files.isDirectory(shared.resolve("corpus").resolve("lists")), "../shared/corpus is not beside the project: skipped");
        for (Path dir : List.of(shared.resolve("corpus").resolve("lists"), shared.resolve("seeds"))) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    Files.write(library.resolve(f.getFileName().toString()), Files.readAllBytes(f));
                }
            }
        }
        CatalogLocator locator = new CatalogLocator(Map.of(), library);
        CatalogSource source = locator.locate(library.toString());
        List<String> lines = judged("/corpus-relevance.tsv");
        int judged = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        try (CatalogIndex index = CatalogIndex.open(null, source, () -> locator.load(source), s -> {}, false)) {
            for (String line : lines) {
                String[] cols = line.split("\t");
                List<SearchHit> top = index.search(cols[0], 10, null).hits();
                for (String expected : cols[2].split("\\|")) {
                    judged++;
                    if (top.stream().limit(5).anyMatch(h -> h.places().stream().anyMatch(e -> matches(e, expected)))) {
                        found++;
                    } else {
                        misses.add(cols[0] + " -> " + expected);
                    }
                }
                repeated(top).ifPresent(r -> repeats.add(cols[0] + ": " + r));
            }
        }
        double recall = (double) found / judged;
        System.out.printf("corpus relevance: %d queries, recall@5 %.3f (%d of %d), %d with a paper twice in the top 10%n",
                lines.size(), recall, found, judged, repeats.size());
        misses.forEach(m -> System.out.println("  missed: " + m));
        repeats.forEach(r -> System.out.println("  twice: " + r));
        assertThat(lines.size()).isGreaterThanOrEqualTo(30);
        assertThat(recall).as("recall@5; missed: %s", misses).isGreaterThanOrEqualTo(0.95);
        assertThat(repeats).isEmpty();
    }

    /** A paper that two of {@code hits} stand for: the same title shown, or an arXiv id in both. */
    static Optional<String> repeated(List<SearchHit> hits) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            Set<String> keys = new HashSet<>();
            keys.add("title:" + Slugs.foldTitle(hits.get(i).entry().title()));
            for (Entry e : hits.get(i).places()) {
                if (e.arxiv() != null) {
                    keys.add("arxiv:" + e.arxiv().id());
                }
            }
            for (String k : keys) {
                Integer before = seen.putIfAbsent(k, i);
                if (before != null && before != i) {
                    return Optional.of(k + " at " + (before + 1) + " and " + (i + 1));
                }
            }
        }
        return Optional.empty();
    }
}
