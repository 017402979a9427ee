package papers.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.SourceFile;
import papers.catalog.config.CatalogLocator;

/**
 * The index refreshed in place after edits holds exactly what a rebuild would: every entry, with its lines,
 * after random edits of the project's fixtures, the seeds and the corpus lists (those two skipped when
 * ../shared is not there), and it was refreshed, not rebuilt.
 */
class SectionRefreshTest {
    @TempDir
    Path dir;

    static Stream<Path> lists() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "fixtures"))) {
            s.sorted().forEach(out::add);
        }
        for (Path shared : List.of(Path.of("..", "shared", "seeds"), Path.of("..", "shared", "corpus", "lists"))) {
            if (Files.isDirectory(shared)) {
                try (Stream<Path> s = Files.list(shared)) {
                    s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
                }
            } else {
                out.add(shared);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("lists")
    void refreshedIndexHoldsWhatARebuildWould(Path list) throws IOException {
        assumeTrue(Files.isRegularFile(list), list + " is not there: skipped");
        Path file = dir.resolve("list.md");
        Files.write(file, Files.readAllBytes(list));
        CatalogLocator locator = new CatalogLocator(Map.of(), dir);
        CatalogSource source = locator.locate(file.toString());
        Path cache = dir.resolve("cache");
        try (CatalogIndex index = CatalogIndex.open(cache, source, () -> locator.load(source), s -> { }, false)) {
            assertThat(index.built()).isTrue();
        }
        Random random = new Random(list.getFileName().toString().hashCode());
        for (int round = 0; round < 12; round++) {
            List<String> lines = new ArrayList<>(Files.readString(file).lines().toList());
            String edit = edit(lines, random, round);
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            try (CatalogIndex index = CatalogIndex.open(cache, source, () -> locator.load(source), s -> { }, false)) {
                assertThat(index.built()).as("round %d (%s) rebuilt the index", round, edit).isFalse();
                List<Entry> expected = new CatalogParser().parse(new SourceFile("list.md", Files.readString(file))).entries();
                assertThat(index.entries()).as("round %d: %s", round, edit).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void aFileChangedWhileTheIndexIsBuiltIsNotTakenForTheOneIndexed() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# List\n\n## Models\n\n- [Old Paper](https://example.org/old)\n");
        CatalogLocator locator = new CatalogLocator(Map.of(), dir);
        CatalogSource source = locator.locate(file.toString());
        Path cache = dir.resolve("cache");
        // read, then changed by someone else before the build is done
        Supplier<Catalog> readThenChanged = () -> {
            Catalog read = locator.load(source);
            try {
                Files.writeString(file, "- [New Paper on Grounding](https://example.org/new)\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return read;
        };
        try (CatalogIndex index = CatalogIndex.open(cache, source, readThenChanged, s -> { }, false)) {
            assertThat(index.size()).isEqualTo(1);
        }
        try (CatalogIndex index = CatalogIndex.open(cache, source, () -> locator.load(source), s -> { }, false)) {
            assertThat(index.search("grounding", 10, null).hits()).extracting(h -> h.entry().title())
                    .containsExactly("New Paper on Grounding");
            assertThat(index.size()).isEqualTo(2);
        }
    }

    /** One edit of the kinds a curator makes, at a random line; says what it did. */
    private static String edit(List<String> lines, Random random, int round) {
        int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        switch (round % 6) {
            case 0 -> {
                lines.add(at, "- [Inserted Paper " + round + "](https://example.org/p" + round + ")");
                return "inserted an entry at line " + (at + 1);
            }
            case 1 -> {
                if (!lines.isEmpty()) {
                    lines.remove(at);
                }
                return "deleted line " + (at + 1);
            }
            case 2 -> {
                if (!lines.isEmpty()) {
                    lines.set(at, lines.get(at).replaceFirst("[A-Za-z]{4,}", "Edited"));
                }
                return "changed a word on line " + (at + 1);
            }
            case 3 -> {
                lines.add(at, "## Inserted Heading " + round);
                return "inserted a heading at line " + (at + 1);
            }
            case 4 -> {
                for (int i = 0; i < lines.size(); i++) {
                    int n = (at + i) % lines.size();
                    if (lines.get(n).startsWith("#")) {
                        lines.remove(n);
                        return "deleted the heading on line " + (n + 1);
                    }
                }
                return "no heading to delete";
            }
            default -> {
                if (!lines.isEmpty()) {
                    lines.add(at, lines.get(at));
                }
                return "repeated line " + (at + 1);
            }
        }
    }

}
