package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five real catalogs in ../shared/seeds, when they are there; skipped otherwise. */
class SeedCatalogsTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    @BeforeAll
    static void seedsPresent() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the project: seed tests skipped");
    }

    static List<Entry> parse(String name) {
        return new CatalogParser().parse(CatalogReader.read(SEEDS.resolve(name), name)).entries();
    }

    @ParameterizedTest
    @CsvSource({"numbered-notes.md, 65", "venue-prefixed.md, 30", "bold-title-blocks.md, 34", "date-prefixed.md, 88",
        "field-blocks.md, 62"})
    void readsEveryEntryOfEachSeed(String file, int count) {
        List<Entry> entries = parse(file);
        assertThat(entries).hasSize(count);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.title()).isNotBlank();
            assertThat(e.line()).isPositive();
            assertThat(e.lastLine()).isGreaterThanOrEqualTo(e.line());
        });
    }

    @ParameterizedTest
    @CsvSource({"numbered-notes.md", "venue-prefixed.md", "bold-title-blocks.md", "date-prefixed.md", "field-blocks.md"})
    void entryLinesPointAtTheEntry(String file) throws Exception {
        List<String> lines = Files.readAllLines(SEEDS.resolve(file));
        for (Entry e : parse(file)) {
            String first = lines.get(e.line() - 1);
            String word = e.title().split("[\\s:]+")[0];
            assertThat(first).as("line %d of %s", e.line(), file).contains(word);
        }
    }

    @Test
    void numberedNotesHasItsSurveyArticlesButNotItsNews() {
        List<Entry> entries = parse("numbered-notes.md");
        assertThat(entries.stream().filter(e -> e.tags().contains("survey-and-outlook"))).hasSize(3);
        assertThat(entries).noneMatch(e -> e.title().contains("MME-RealWorld") && e.line() < 20);
        assertThat(entries).noneMatch(e -> e.title().startsWith("Debiasing"));
    }

    @Test
    void fieldBlocksCarryTheirLabelledFields() {
        List<Entry> entries = parse("field-blocks.md");
        Entry glm = entries.get(0);
        assertThat(glm.authors()).hasSize(18).startsWith("Aohan Zeng");
        assertThat(glm.fields()).containsKeys("Brief", "Abstract");
        assertThat(entries).extracting(Entry::sectionPath).contains("Image Generation / Diffusion Paradigm");
    }
}
