package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search over a directory of lists, as a reader who cloned several searches them: one hit per paper. */
class LibrarySearchTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path library;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        env = Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
        library = Files.createDirectories(dir.resolve("lists"));
        Files.writeString(library.resolve("a.md"), """
                # Routing papers

                ## Backbones

                * **QRT**: "Query Routing Transformers", ICLR, 2024 (*Some Lab*). [[Paper](https://arxiv.org/abs/2401.00001)][[Code](https://github.com/somelab/qrt-code)]
                * **A-QRT**: "A-QRT: Adaptive Query Routing Transformers", arXiv, 2024 (*Other Lab*). [[Paper](https://arxiv.org/abs/2402.00002)]
                * **B-QRT**: "B-QRT: Balanced Query Routing", arXiv, 2024 (*Other Lab*). [[Paper](https://arxiv.org/abs/2402.00004)]
                * **SMX**: "Sparse Mixers for Long Documents", arXiv, 2024 (*Third Lab*). [[Paper](https://arxiv.org/abs/2402.00005)][[Code](https://github.com/thirdlab/Zorro)]
                """);
        Files.writeString(library.resolve("b.md"), """
                # More routing

                ## Papers

                - [Query Routing Transformers.](https://arxiv.org/abs/2401.00001v2) - routers that cut hallucination in long answers
                - [QUERY ROUTING TRANSFORMERS](https://openreview.net/forum?id=qrt2024)
                - [Sparse Routers for Decoders](https://arxiv.org/abs/2403.00003)
                """);
    }

    CliRun.Result search(String... words) {
        List<String> args = new ArrayList<>(List.of("search", "--catalog", library.toString()));
        args.addAll(List.of(words));
        return CliRun.run(dir, env, args.toArray(String[]::new));
    }

    @Test
    void aPaperListedInSeveralPlacesIsOneHitWithItsPlaces() throws IOException {
        CliRun.Result r = search("query", "routing", "transformers", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode hits = JSON.readTree(r.out());
        // by its id (the version left out), and by its title where an entry has no id
        JsonNode first = hits.get(0);
        assertThat(first.get("title").asText()).isEqualTo("Query Routing Transformers");
        assertThat(first.get("places")).extracting(JsonNode::asText).containsExactly("a.md:5", "b.md:5", "b.md:6");
        assertThat(hits.findValuesAsText("title")).doesNotHaveDuplicates()
                .noneMatch(t -> t.equalsIgnoreCase("Query Routing Transformers") && t != first.get("title").asText());
        assertThat(hits).hasSize(2); // and A-QRT, which has its own id

        CliRun.Result text = search("query", "routing", "transformers");
        assertThat(text.out()).startsWith(" 1. Query Routing Transformers\n")
                .contains("\n    also in b.md:5, b.md:6\n");
    }

    @Test
    void aPlaceThatMatchesNoWordOfTheQueryIsStillAmongItsWorksPlaces() throws IOException {
        // listed by its id under a title of its own, which the query's words do not reach
        Files.writeString(library.resolve("c.md"), """
                # Journal versions

                - [Routers at Scale](https://arxiv.org/abs/2401.00001)
                """);
        JsonNode first = JSON.readTree(search("query", "routing", "transformers", "--json").out()).get(0);
        assertThat(first.get("title").asText()).isEqualTo("Query Routing Transformers");
        assertThat(first.get("places")).extracting(JsonNode::asText)
                .containsExactly("a.md:5", "b.md:5", "b.md:6", "c.md:3");
    }

    @Test
    void jsonLinesGiveOneObjectALine() throws IOException {
        CliRun.Result r = search("routing", "--format", "jsonl");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        JsonNode array = JSON.readTree(search("routing", "--json").out());
        assertThat(lines).hasSize(array.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(JSON.readTree(lines.get(i))).isEqualTo(array.get(i));
        }
        assertThat(search("routing", "--json", "--format", "jsonl").code()).isEqualTo(2);
    }

    @Test
    void aNameFindsItsPaperBeforeTheNamesThatContainIt() throws IOException {
        JsonNode hits = JSON.readTree(search("QRT", "--json").out());
        assertThat(hits.get(0).get("title").asText()).isEqualTo("Query Routing Transformers");
        assertThat(hits.findValuesAsText("title")).contains("A-QRT: Adaptive Query Routing Transformers");
        // the name of the repository its code is in
        assertThat(search("Zorro").out()).startsWith(" 1. Sparse Mixers for Long Documents\n");
    }

    @Test
    void aLooseMatchNeedsHalfTheWordsAndTheRarestInTitlesNamesOrTags() {
        // "balanced" is the rarest word; "routing" the other that is in titles; nothing has "zyxw"
        CliRun.Result some = search("balanced", "routing", "zyxw");
        assertThat(some.code()).isEqualTo(1);
        assertThat(some.err()).contains("at least half of the words, among them \"balanced\"");
        assertThat(some.out()).startsWith(" 1. B-QRT: Balanced Query Routing\n").doesNotContain(" 2. ");
        // "hallucination" is only in a note: one word of three in titles is not half, so nothing rather than noise
        CliRun.Result none = search("routing", "hallucination", "zyxw");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("nothing matches \"routing hallucination zyxw\" in " + library.getFileName());
    }

    @Test
    void similarGivesTheWorksMostLikeAPaperWithoutThePaperItself() throws IOException {
        CliRun.Result r = CliRun.run(dir, env, "--catalog", library.toString(), "similar", "b.md:6", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode hits = JSON.readTree(r.out());
        assertThat(hits.get(0).get("title").asText()).isEqualTo("A-QRT: Adaptive Query Routing Transformers");
        // the paper named, in none of its places
        assertThat(hits.findValuesAsText("title")).noneMatch(t -> t.equalsIgnoreCase("Query Routing Transformers"));
        assertThat(hits.findValues("places").toString()).doesNotContain("a.md:5", "b.md:5", "b.md:6");

        CliRun.Result none = CliRun.run(dir, env, "--catalog", library.toString(), "similar", "2501.99999");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no entry matches '2501.99999'");
    }
    @Test
    void listExportAndTagsGiveEachWorkOnceWhenAskedForUnique() throws IOException {
        String catalog = library.toString();
        JsonNode all = JSON.readTree(CliRun.run(dir, env, "--catalog", catalog, "list", "--json").out());
        assertThat(all).hasSize(7);
        CliRun.Result r = CliRun.run(dir, env, "--catalog", catalog, "list", "--unique", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode works = JSON.readTree(r.out());
        assertThat(works).hasSize(5);
        JsonNode qrt = works.findParents("places").stream()
                .filter(w -> w.get("places").size() > 1).findFirst().orElseThrow();
        assertThat(qrt.get("title").asText()).isEqualTo("Query Routing Transformers");
        assertThat(qrt.get("places")).extracting(JsonNode::asText).containsExactly("a.md:5", "b.md:5", "b.md:6");

        String text = CliRun.run(dir, env, "--catalog", catalog, "list", "--unique").out();
        assertThat(text).containsOnlyOnce("\nQuery Routing Transformers\n").contains("    also in b.md:5, b.md:6\n");

        JsonNode exported = JSON.readTree(CliRun.run(dir, env, "--catalog", catalog, "export", "--unique", "--json").out());
        assertThat(exported).hasSize(5);

        // the paper listed twice under one section's tag counts once there
        String tags = CliRun.run(dir, env, "--catalog", catalog, "tags", "--unique", "--json").out();
        String entryTags = CliRun.run(dir, env, "--catalog", catalog, "tags", "--json").out();
        assertThat(JSON.readTree(entryTags).get("papers").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(tags).get("papers").asInt()).isEqualTo(2);
    }
}
