package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON of {@code papers list --json}, pinned: the corpus scorer and users' scripts read its keys and
 * shapes. Regenerate with {@code -Dgolden.update=true} only for a change of the output that is meant.
 */
class ListJsonGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "list-json");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mixed.md", "table.md", "field-blocks.md"})
    void listJsonKeepsItsShape(String fixture) throws IOException {
        Files.copy(Path.of("src", "test", "resources", "fixtures", fixture), dir.resolve(fixture));
        CliRun.Result r = CliRun.run(dir, Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString()),
                "list", "--json", "--sort", "catalog", "--catalog", fixture);
        assertThat(r.code()).as(r.err()).isZero();
        Path golden = GOLDEN.resolve(fixture.replace(".md", ".json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, r.out());
        }
        assertThat(r.out()).isEqualTo(Files.readString(golden));
    }
}
