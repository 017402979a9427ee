package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code papers export} prints in each format for every fixture and the bundled catalog, pinned: reference
 * managers import these files. Regenerate with {@code -Dgolden.update=true} only for a change that is meant.
 */
class ExportGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "export");
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"bibtex", "json", "yaml", "csv"})
    void exportKeepsItsOutput(String format) throws IOException {
        List<Path> catalogs;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            catalogs = Stream.concat(files.sorted(), Stream.of(Path.of("data", "README.md"))).toList();
        }
        StringBuilder all = new StringBuilder();
        for (Path catalog : catalogs) {
            Path copy = dir.resolve(catalog.getFileName().toString().equals("README.md") ? "data.md" : catalog.getFileName().toString());
            Files.copy(catalog, copy);
            CliRun.Result r = CliRun.run(dir, Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString()),
                    "export", "--format", format, "--catalog", copy.getFileName().toString());
            assertThat(r.code()).as(copy + ": " + r.err()).isIn(0, 1);
            all.append("==> ").append(copy.getFileName()).append(" exit ").append(r.code()).append('\n').append(r.out());
        }
        Path golden = GOLDEN.resolve(format + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, all);
        }
        assertThat(all.toString()).isEqualTo(Files.readString(golden));
    }
}
