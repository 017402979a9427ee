package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search and index as a user runs them, each test with its own cache directory. */
class SearchCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path cache;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        cache = dir.resolve("cache");
        env = Map.of("PAPERS_CACHE_DIR", cache.toString());
        for (String name : List.of("bold-title-blocks.md", "zh-notes.md", "numbered-notes.md")) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
    }

    CliRun.Result search(String catalog, String... words) {
        String[] args = Stream.concat(Stream.of("search", "--catalog", catalog), Stream.of(words)).toArray(String[]::new);
        return CliRun.run(dir, env, args);
    }

    @Test
    void findsStemmedWordsAndPrintsLineGroups() {
        CliRun.Result r = search("bold-title-blocks.md", "hallucinations");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(" 1. Evaluating Object Hallucination in Large Vision-Language Models\n")
                .contains("2023-05 · evaluation · https://arxiv.org/abs/2305.10355 · bold-title-blocks.md:24");
        // not a terminal: no escape sequences
        assertThat(r.out()).doesNotContain("\u001b[");
    }

    @Test
    void everyWordMustMatch() {
        CliRun.Result both = search("bold-title-blocks.md", "hallucination", "grounding");
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.err()).contains("no entry matches every word", "at least half of the words");
        assertThat(search("bold-title-blocks.md", "grounding images").out()).contains("Grounding Language Models to Images");
    }

    @Test
    void chineseIsSearchedByWords() throws IOException {
        CliRun.Result r = search("zh-notes.md", "幻觉", "--json");
        JsonNode hits = JSON.readTree(r.out());
        List<String> titles = hits.findValuesAsText("title");
        assertThat(titles).hasSize(3).noneMatch(t -> t.startsWith("Slide Generation"));
        assertThat(search("zh-notes.md", "幻灯片").out()).contains("Slide Generation");
    }

    @Test
    void modelNamesMatchAcrossSpelling() {
        for (String q : List.of("Qwen2-VL", "qwen2 vl", "Qwen2VL", "QWEN2-vl")) {
            assertThat(search("numbered-notes.md", q).out()).as(q).startsWith(" 1. Qwen2-VL: Enhancing");
        }
    }

    @Test
    void acronymsMatchTheirExpansionBothWays() {
        assertThat(search("numbered-notes.md", "DPO").out()).contains("Direct Preference Optimization: Your Language Model");
        assertThat(search("numbered-notes.md", "direct preference optimization").out()).contains("Step-DPO");
    }

    @Test
    void acronymsSpelledOutByTheCatalogAreLearned() throws IOException {
        Files.writeString(dir.resolve("acr.md"), "# A\n\n- [Mixture of Sparse Gates (MSG) for Vision](https://arxiv.org/abs/2401.00001)\n"
                + "- [Scaling MSG to a Thousand Experts](https://arxiv.org/abs/2401.00002)\n");
        assertThat(search("acr.md", "mixture sparse gates").out()).contains("Scaling MSG");
        assertThat(search("acr.md", "MSG").out()).contains("Mixture of Sparse Gates");
    }

    @Test
    void fieldedTermsRangesAndOperators() {
        assertThat(search("bold-title-blocks.md", "author:Koh").out()).contains("Grounding Language Models").doesNotContain("Flamingo");
        assertThat(search("bold-title-blocks.md", "backbone:vicuna").out()).contains("Video-LLaMA").doesNotContain("Flamingo");
        assertThat(search("bold-title-blocks.md", "venue:cvpr").out()).contains("VL-Adapter");
        assertThat(search("bold-title-blocks.md", "arxiv:\"https://arxiv.org/abs/2204.14198v3\"").out()).contains("Flamingo");
        assertThat(search("bold-title-blocks.md", "arxiv:2204.14198v3").out()).contains("Flamingo").doesNotContain("Grounding");
        assertThat(search("bold-title-blocks.md", "tag:evaluation").out()).contains("Evaluating Object Hallucination");
        assertThat(search("bold-title-blocks.md", "year:[2022 TO 2022]").out()).contains("VL-Adapter", "Flamingo")
                .doesNotContain("Transfer Visual Prompt");
        assertThat(search("bold-title-blocks.md", "month:2023-05").out()).contains("Transfer Visual Prompt").doesNotContain("Flamingo");
        assertThat(search("bold-title-blocks.md", "flamingo OR grounding").out()).contains("Flamingo", "Grounding");
        assertThat(search("bold-title-blocks.md", "language -flamingo").out()).doesNotContain("Flamingo").contains("Grounding");
        assertThat(search("bold-title-blocks.md", "\"visual language model\"").out()).contains("Flamingo").doesNotContain("VL-Adapter");
    }

    @Test
    void noMatchExitsOneAndTyposGetALabelledLooseMatch() throws IOException {
        CliRun.Result none = search("bold-title-blocks.md", "zzzzqqq");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("nothing matches");
        CliRun.Result typo = search("bold-title-blocks.md", "halucination");
        assertThat(typo.code()).isEqualTo(1);
        assertThat(typo.err()).contains("showing results for \"hallucination\"");
        assertThat(typo.out()).contains("Evaluating Object Hallucination");
        JsonNode json = JSON.readTree(search("bold-title-blocks.md", "halucination", "--json").out());
        assertThat(json.get(0).get("match").asText()).isEqualTo("loose");
        JsonNode exact = JSON.readTree(search("bold-title-blocks.md", "hallucination", "--json").out());
        assertThat(exact.get(0).get("match").asText()).isEqualTo("exact");
        assertThat(exact.get(0).get("score").asDouble()).isPositive();
        assertThat(exact.get(0).get("arxiv").asText()).isEqualTo("2305.10355");
    }

    @Test
    void syntaxErrorsAreOneLineExitTwo() {
        for (String q : List.of("title:(", "\"unclosed", "year:[2020 TO")) {
            CliRun.Result r = search("bold-title-blocks.md", q);
            assertThat(r.code()).as(q).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(q).hasSize(1);
            assertThat(r.err()).startsWith("papers: query: ").doesNotContain("Exception");
        }
        CliRun.Result badId = search("bold-title-blocks.md", "arxiv:nope");
        assertThat(badId.code()).isEqualTo(2);
        assertThat(badId.err()).contains("not an arXiv id");
    }

    @Test
    void filtersAndLimit() {
        CliRun.Result r = search("bold-title-blocks.md", "language", "--since", "2023-01", "--until", "2023-04");
        assertThat(r.out()).contains("Grounding Language Models").doesNotContain("Flamingo", "Transfer Visual Prompt");
        assertThat(search("bold-title-blocks.md", "grounding", "--tag", "evaluation").out()).isEmpty();
        assertThat(search("bold-title-blocks.md", "language", "--tag", "evaluation").out()).contains("Evaluating Object")
                .doesNotContain("Grounding");
        assertThat(search("bold-title-blocks.md", "language", "--limit", "1").out().lines().filter(l -> l.startsWith(" 1.")))
                .hasSize(1);
        assertThat(search("bold-title-blocks.md", "language", "--limit", "1").out()).doesNotContain(" 2.");
        assertThat(search("bold-title-blocks.md", "language", "--since", "soon").code()).isEqualTo(2);
    }

    @Test
    void indexRefreshesWhenTheCatalogChangesAndOnlyThen() throws IOException {
        assertThat(CliRun.run(dir, env, "index", "--catalog", "zh-notes.md").out()).startsWith("indexed 7 entries");
        assertThat(CliRun.run(dir, env, "index", "--catalog", "zh-notes.md").out()).startsWith("index is up to date: 7");
        Path f = dir.resolve("zh-notes.md");
        // touched but unchanged: no rebuild
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(CliRun.run(dir, env, "index", "--catalog", "zh-notes.md").out()).startsWith("index is up to date: 7");
        Files.writeString(f, Files.readString(f) + "3. [Brand New Paper on Grounded Dialogue](https://arxiv.org/abs/2411.00001)\n");
        assertThat(search("zh-notes.md", "grounded dialogue").out()).contains("Brand New Paper");
        assertThat(CliRun.run(dir, env, "index", "--rebuild", "--catalog", "zh-notes.md").out()).startsWith("indexed 8 entries");
    }

    @Test
    void damagedIndexIsRebuiltWithOneLine() throws IOException {
        search("zh-notes.md", "幻觉");
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        CliRun.Result r = search("zh-notes.md", "幻觉");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Detecting and Preventing");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("rebuilding");
        // and the next search is quiet again
        assertThat(search("zh-notes.md", "幻觉").err()).isEmpty();
    }

    @Test
    void indexOfAnotherVersionIsRebuilt() throws IOException {
        search("zh-notes.md", "幻觉");
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path meta : files.filter(p -> p.getFileName().toString().equals("meta.properties")).toList()) {
                Files.writeString(meta, Files.readString(meta).replaceFirst("format=\\d+", "format=999"));
            }
        }
        CliRun.Result r = search("zh-notes.md", "幻觉");
        assertThat(r.out()).contains("Detecting and Preventing");
        assertThat(r.err()).contains("another version");
    }

    @Test
    void deletedIndexFilesAndAnIndexDirectoryThatIsAFileAreRebuilt() throws IOException {
        search("zh-notes.md", "幻觉");
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> p.toString().contains("/g-")).toList()) {
                Files.delete(p);
            }
        }
        assertThat(search("zh-notes.md", "幻觉").out()).contains("Detecting and Preventing");
        Path index;
        try (Stream<Path> dirs = Files.list(cache.resolve("index"))) {
            index = dirs.findFirst().orElseThrow();
        }
        try (Stream<Path> walk = Files.walk(index)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(index, "not a directory");
        CliRun.Result r = search("zh-notes.md", "幻觉");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Detecting and Preventing");
    }

    @Test
    void unwritableCacheFallsBackToMemory() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        CliRun.Result r = CliRun.run(dir, Map.of("PAPERS_CACHE_DIR", blocker.toString()), "search", "--catalog",
                "zh-notes.md", "幻觉");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Detecting and Preventing");
        assertThat(r.err()).contains("in memory");
    }

    @Test
    void cacheDirectoryDefaultsUnderXdgOrHome() {
        CliRun.Result r = CliRun.run(dir, Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString()), "index", "--catalog", "zh-notes.md");
        assertThat(r.code()).isZero();
        assertThat(dir.resolve("xdg/papers/index")).isDirectory();
        CliRun.run(dir, Map.of("HOME", dir.resolve("home").toString()), "index", "--catalog", "zh-notes.md");
        assertThat(dir.resolve("home/.cache/papers/index")).isDirectory();
    }
}
