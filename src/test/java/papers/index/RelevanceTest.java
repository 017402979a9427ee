package papers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import papers.catalog.config.CatalogLocator;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;

/**
 * The judged query set in src/test/resources/relevance.tsv: recall@10 over every (query, expected
 * entry) pair must be at least 0.9. Prints the misses.
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

    @Test
    void recallAtTenIsAtLeastNinetyPercent() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/relevance.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
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
        assertThat(recall).as("recall@10; missed: %s", misses).isGreaterThanOrEqualTo(0.9);
    }
}
