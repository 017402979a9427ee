package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papers.catalog.config.CatalogLocator;
import papers.catalog.Entry;
import papers.catalog.Slugs;

/** papers import: merging other lists, duplicates reported with their place, notes carried or left. */
class ImportCommandTest {
    @TempDir
    Path dir;

    Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    Map<String, String> env() {
        return Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
    }

    static Set<String> papers(List<Entry> entries) {
        Set<String> keys = new HashSet<>();
        for (Entry e : entries) {
            keys.add(e.arxiv() != null ? e.arxiv().id() : Slugs.foldTitle(e.title()));
        }
        return keys;
    }

    @Test
    void importingTheSeedsIntoAnEmptyCatalogGivesThePapersOfData() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds").toAbsolutePath();
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project: skipped");
        Path cat = Files.createDirectories(dir.resolve("cat"));
        Files.writeString(cat.resolve("list.md"), "# Empty\n\n## Papers\n");
        Files.writeString(cat.resolve("papers.yaml"), "files: [list.md]\nformat: papers\n");
        String[] args;
        try (Stream<Path> s = Files.list(seeds)) {
            args = Stream.concat(Stream.of("import", "--no-notes", "--section", "Papers"),
                    s.filter(p -> p.toString().endsWith(".md")).sorted().map(Path::toString)).toArray(String[]::new);
        }
        CliRun.Result r = CliRun.run(cat, env(), args);
        assertThat(r.code()).as(r.err()).isZero();
        List<Entry> imported = new CatalogLocator(Map.of(), cat).load((String) null).entries();
        List<Entry> data = new CatalogLocator(Map.of(), Path.of("data").toAbsolutePath()).load("papers.yaml").entries();
        assertThat(papers(imported)).isEqualTo(papers(data));
        assertThat(imported).allSatisfy(e -> assertThat(e.notes()).isNull());
    }

    @Test
    void summaryNamesDuplicatesWithTheirPlaceAndNotesTravel() throws IOException {
        fixture("numbered-notes.md");
        Path cat = fixture("papers-format.md");
        Path other = Files.writeString(dir.resolve("other.md"), "# Other\n\n"
                + "- [Step-DPO: Step-wise Preference Optimization for Long-chain Reasoning of LLMs](https://arxiv.org/abs/2406.18629) (my note)\n"
                + "- [LongVU: Spatiotemporal Adaptive Compression for Long Video-Language Understanding](https://arxiv.org/pdf/2410.17434)\n");
        CliRun.Result r = CliRun.run(dir, env(), "import", "--catalog", "papers-format.md", "other.md", "--section", "Alignment");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("added 1 entry", "1 to papers-format.md (Alignment)", "duplicates, not added: 1",
                "other.md:4 LongVU: Spatiotemporal Adaptive Compression for Long Video-Language Understanding: already at papers-format.md:5");
        assertThat(Files.readString(cat)).contains("- [Step-DPO: Step-wise Preference Optimization for Long-chain Reasoning of LLMs]"
                + "(https://arxiv.org/abs/2406.18629) · 2024-06\n  my note\n");
        assertThat(other).exists();
    }

    @Test
    void dryRunWritesNothingAndNoNotesLeavesThem() throws IOException {
        fixture("numbered-notes.md");
        Path cat = fixture("venue-prefixed.md");
        String before = Files.readString(cat);
        CliRun.Result dry = CliRun.run(dir, env(), "import", "--catalog", "venue-prefixed.md", "numbered-notes.md",
                "--section", "Weekly Papers", "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("would add 5 entries", "+5. Arxiv [Qwen2-VL", "+3. Arxiv [MM1.5");
        assertThat(Files.readString(cat)).isEqualTo(before);
        CliRun.Result real = CliRun.run(dir, env(), "import", "--catalog", "venue-prefixed.md", "numbered-notes.md",
                "--section", "Weekly Papers", "--no-notes");
        assertThat(real.code()).isZero();
        assertThat(Files.readString(cat)).contains("2. Arxiv [Step-DPO: Step-wise Preference Optimization for Long-chain "
                + "Reasoning of LLMs](https://arxiv.org/abs/2406.18629)\n").doesNotContain("step level preferences");
    }

    @Test
    void datedPapersGoUnderTheirMonthHeadings() throws IOException {
        fixture("date-prefixed.md");
        Path cat = fixture("bold-title-blocks.md");
        CliRun.Result r = CliRun.run(dir, env(), "import", "--catalog", "bold-title-blocks.md", "date-prefixed.md");
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(cat);
        assertThat(text).contains("## 2025 February\n\n- **Qwen2.5-VL Technical Report**. arXiv:2502.13923.",
                "## 2021 February\n");
        assertThat(text.indexOf("## 2025 February")).isLessThan(text.indexOf("## 2025 January"));
        assertThat(text.indexOf("## 2024 April")).isLessThan(text.indexOf("## 2023 May"));
    }

    @Test
    void aNotesFieldTravelsAndWhatTheFormatCannotHoldIsCountedPerField() throws IOException {
        Path cat = Files.writeString(dir.resolve("cat.md"), "# Cat\n\n## Papers\n\n1. [Old](https://arxiv.org/abs/2001.00001)(old note)\n");
        Files.writeString(dir.resolve("in.md"), "# In\n\n"
                + "- **Alpha Paper**. arXiv:2401.00011. ICML 2024.\n\n  *Ann Bee.* [[Paper](https://arxiv.org/abs/2401.00011)] "
                + "[[Code](https://github.com/a/alpha)] [[Demo](https://alpha.example.org)]\n\n  (**Notes**: first note)\n\n"
                + "- **Beta Paper**. arXiv:2402.00022.\n\n  *Cee Dee.* [[Paper](https://arxiv.org/abs/2402.00022)]\n");
        CliRun.Result r = CliRun.run(dir, env(), "import", "--catalog", "cat.md", "in.md");
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(cat);
        assertThat(text).contains("[Alpha Paper](https://arxiv.org/abs/2401.00011)(first note)").doesNotContain("()", "((");
        // the numbered-link format has no place for authors, venue, code or other links: each is counted
        assertThat(r.out()).contains("not kept, as the catalog's format has no place for them", "  authors: 2", "  code: 1",
                "  link demo: 1", "  venue: 1");
        CliRun.Result json = CliRun.run(dir, env(), "--json", "import", "--catalog", Files.writeString(dir.resolve("cat2.md"),
                "# Cat\n\n## Papers\n\n1. [Old](https://arxiv.org/abs/2001.00001)(old note)\n").toString(), "in.md");
        JsonNode out = new ObjectMapper().readTree(json.out());
        assertThat(out.get("notKept").get("authors").asInt()).isEqualTo(2);
        JsonNode first = out.get("entries").get(0);
        assertThat(first.get("title").asText()).isEqualTo("Alpha Paper");
        assertThat(first.get("from").asText()).isEqualTo("in.md:3");
        assertThat(first.get("line").asInt()).isEqualTo(6);
    }
}
