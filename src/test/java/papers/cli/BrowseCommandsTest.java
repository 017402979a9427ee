package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list, tags, months and export, on fixtures. */
class BrowseCommandsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void fixtures() throws IOException {
        for (String name : List.of("bold-title-blocks.md", "venue-prefixed.md")) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        Files.writeString(dir.resolve("papers.yaml"), "files: [bold-title-blocks.md, venue-prefixed.md]\n"
                + "tag-aliases:\n  evals: evaluation\n");
    }

    List<String> titles(String... args) throws IOException {
        String[] all = new String[args.length + 1];
        all[0] = "list";
        System.arraycopy(args, 0, all, 1, args.length);
        String[] withJson = Arrays.copyOf(all, all.length + 1);
        withJson[all.length] = "--json";
        return JSON.readTree(CliRun.run(dir, withJson).out()).findValuesAsText("title");
    }

    @Test
    void listFiltersByTagAliasAndWholeWords() throws IOException {
        assertThat(titles("--tag", "evaluation")).containsExactly("Evaluating Object Hallucination in Large Vision-Language Models");
        assertThat(titles("--tag", "evals")).containsExactly("Evaluating Object Hallucination in Large Vision-Language Models");
        assertThat(titles("--tag", "modalities")).hasSize(5);
        assertThat(titles("--tag", "modal")).isEmpty();
        assertThat(titles("--tag", "weekly-papers", "--tag", "papers")).hasSize(3);
    }

    @Test
    void listByMonthYearRangeAndSectionNewestFirst() throws IOException {
        assertThat(titles("--month", "2023-05")).hasSize(3);
        assertThat(titles("--year", "2022")).containsExactly(
                "Flamingo: a Visual Language Model for Few-Shot Learning",
                "Mind the Gap: Understanding the Modality Gap in Multi-modal Contrastive Representation Learning",
                "VL-Adapter: Parameter-Efficient Transfer Learning for Vision-and-Language Tasks");
        List<String> sinceUntil = titles("--since", "2024-06", "--until", "2024-09");
        assertThat(sinceUntil).first().asString().startsWith("MM1.5");
        assertThat(sinceUntil).contains("Law of Vision Representation in MLLMs").doesNotContain("LongGenBench: Long-context Generation Benchmark");
        assertThat(titles("--section", "2022")).hasSize(3);
        assertThat(titles("--section", "alignment-between-modalities", "--sort", "title")).first().asString()
                .startsWith("Law of Vision");
        List<String> catalogOrder = titles("--sort", "catalog");
        assertThat(catalogOrder.get(0)).isEqualTo("Transfer Visual Prompt Generator across LLMs");
    }

    @Test
    void listWithNothingMatchingExitsOne() {
        CliRun.Result r = CliRun.run(dir, "list", "--tag", "nothing-like-this");
        assertThat(r.code()).isEqualTo(1);
        assertThat(CliRun.run(dir, "list", "--month", "2024").code()).isEqualTo(2);
    }

    @Test
    void tagsAndMonthsCount() throws IOException {
        JsonNode tags = JSON.readTree(CliRun.run(dir, "tags", "--json").out());
        assertThat(tags.get("weekly-papers").asInt()).isEqualTo(3);
        assertThat(tags.get("evaluation").asInt()).isEqualTo(1);
        JsonNode months = JSON.readTree(CliRun.run(dir, "months", "--json").out());
        assertThat(months.get("2023-05").asInt()).isEqualTo(3);
        assertThat(months.fieldNames().next()).isEqualTo("2024-10");
        String chart = CliRun.run(dir, "months", "--by", "year").out();
        assertThat(chart).containsPattern("2024  █+ 7").containsPattern("2023  █+ 4");
    }

    @Test
    void bibtexHasUniqueKeysBalancedBracesAndArxivFields() throws IOException {
        Files.writeString(dir.resolve("odd.md"), "# O\n\n- [Costs & 100% {Braces} of $x_1$ #1 ~ ^ \\\\ ](https://arxiv.org/abs/2401.00001)\n"
                + "- [Costs again](https://arxiv.org/abs/2401.00002)\n- [Costs again](https://arxiv.org/abs/2401.00003)\n");
        String bib = CliRun.run(dir, "export", "--catalog", "odd.md").out();
        assertThat(bib).contains("@misc{anon2024costs,", "@misc{anon2024costsa,", "@misc{anon2024costsb,", "eprint = {2401.00001}",
                "archivePrefix = {arXiv}", "\\&", "100\\%", "\\{Braces\\}", "\\$x\\_1\\$", "\\#1");
        int depth = 0;
        for (int i = 0; i < bib.length(); i++) {
            char c = bib.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).isNotNegative();
        }
        assertThat(depth).isZero();
        String real = CliRun.run(dir, "export", "--format", "bibtex", "--tag", "evaluation").out();
        assertThat(real).startsWith("@misc{li2023evaluating,").contains("author = {Yifan Li and Yifan Du", "month = {may}");
        Matcher keys = Pattern.compile("@misc\\{([^,]+),").matcher(CliRun.run(dir, "export").out());
        Set<String> seen = new HashSet<>();
        List<String> dupes = new ArrayList<>();
        while (keys.find()) {
            if (!seen.add(keys.group(1))) {
                dupes.add(keys.group(1));
            }
        }
        assertThat(seen).hasSize(14);
        assertThat(dupes).isEmpty();
    }

    @Test
    void csvYamlAndJson() throws IOException {
        String csv = CliRun.run(dir, "export", "--format", "csv", "--year", "2022").out();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).startsWith("title,authors,arxiv,url,venue,date,doi,tags,section,file,line\r\n")
                .contains("\"Flamingo: a Visual Language Model for Few-Shot Learning\"".replace("\"", "") + ",");
        String yaml = CliRun.run(dir, "export", "--format", "yaml", "--month", "2023-05").out();
        assertThat(yaml).contains("title: \"Transfer Visual Prompt Generator across LLMs\"");
        JsonNode json = JSON.readTree(CliRun.run(dir, "export", "--json", "--year", "2021").out());
        assertThat(json.isArray()).isTrue();
    }

    @Test
    void anExportOfNothingIsAnEmptyDocumentAndSaysSo() throws IOException {
        CliRun.Result none = CliRun.run(dir, "export", "--json", "--tag", "no-such-tag");
        assertThat(none.code()).isEqualTo(1);
        assertThat(JSON.readTree(none.out()).size()).isZero();
        assertThat(none.err()).isEqualTo("papers: no entries match" + System.lineSeparator());
    }
}
