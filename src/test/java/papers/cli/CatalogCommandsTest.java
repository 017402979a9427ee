package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats, show, init and how a catalog is found, run as a user would. */
class CatalogCommandsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void statsCountsEntriesPerFileAndSection() throws IOException {
        fixture("venue-prefixed.md");
        CliRun.Result r = CliRun.run(dir, "stats", "--catalog", "venue-prefixed.md");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("8 entries, 8 with arXiv ids, 8 dated")
                .containsPattern("Weekly Papers\\s+█+ 3")
                .containsPattern("Alignment Between Modalities / 2024\\s+█+ 4")
                .containsPattern("weekly-papers\\s+█+ 3");
        JsonNode json = JSON.readTree(CliRun.run(dir, "--json", "stats", "--catalog", "venue-prefixed.md").out());
        assertThat(json.get("entries").asInt()).isEqualTo(8);
        assertThat(json.get("files").get(0).get("sections").get(0).get("section").asText()).isEqualTo("Weekly Papers");
    }

    @Test
    void showPrintsEveryFieldAndJsonUsesTheModelNames() throws IOException {
        fixture("bold-title-blocks.md");
        CliRun.Result r = CliRun.run(dir, "show", "arXiv:2305.01278", "--catalog", "bold-title-blocks.md");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("title:    Transfer Visual Prompt Generator across LLMs", "authors:  Ao Zhang, Hao Fei",
                "Backbone: OPT and Flan-T5.", "at:       bold-title-blocks.md:12");
        JsonNode arr = JSON.readTree(CliRun.run(dir, "show", "https://arxiv.org/pdf/2305.01278v2", "--json",
                "--catalog", "bold-title-blocks.md").out());
        assertThat(arr.isArray()).isTrue();
        JsonNode e = arr.get(0);
        assertThat(e.fieldNames()).toIterable().containsExactly("title", "alias", "authors", "arxiv", "url", "links", "venue",
                "date", "doi", "tags", "section", "fields", "notes", "file", "line");
        assertThat(e.get("authors").isArray()).isTrue();
        assertThat(e.get("links").get(1).get("label").asText()).isEqualTo("Code");
        assertThat(e.get("section").asText()).isEqualTo("2023 May");
        assertThat(e.get("venue").isNull()).isTrue();
        assertThat(e.get("fields").get("Backbone").asText()).isEqualTo("OPT and Flan-T5.");
        assertThat(e.get("file").asText()).isEqualTo("bold-title-blocks.md");
    }

    @Test
    void showFindsBySlugAndSaysWhenNothingMatches() throws IOException {
        fixture("numbered-notes.md");
        CliRun.Result r = CliRun.run(dir, "show", "step-dpo", "--catalog", "numbered-notes.md");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2406.18629");
        CliRun.Result none = CliRun.run(dir, "show", "2501.99999", "--catalog", "numbered-notes.md");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no entry matches '2501.99999'");
    }

    @Test
    void optionsWorkBeforeAndAfterTheCommand() throws IOException {
        fixture("date-prefixed.md");
        assertThat(CliRun.run(dir, "--catalog", "date-prefixed.md", "stats").out()).contains("6 entries");
        assertThat(CliRun.run(dir, "stats", "--catalog", "date-prefixed.md").out()).contains("6 entries");
    }

    @Test
    void findsTheCatalogFromEnvironmentConfigGitReadmeOrBundle() throws IOException {
        Path list = dir.resolve("list");
        Files.createDirectories(list.resolve("sub/deeper"));
        Files.writeString(list.resolve("papers.yaml"), "files: [papers.md]\n");
        Files.writeString(list.resolve("papers.md"), "# P\n\n- [One](https://arxiv.org/abs/2401.00001)\n");
        assertThat(CliRun.run(list.resolve("sub/deeper"), "stats").out()).contains("1 entries");

        assertThat(CliRun.run(dir, Map.of("PAPERS_CATALOG", list.toString()), "stats").out()).contains("1 entries");

        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("README.md"), "# R\n\n- [A](https://arxiv.org/abs/2401.00001)\n- [B](https://arxiv.org/abs/2401.00002)\n");
        assertThat(CliRun.run(repo.resolve("docs"), "stats").out()).contains("README.md: 2 entries");

        Path empty = dir.resolve("nowhere");
        Files.createDirectories(empty.resolve(".git"));
        CliRun.Result bundled = CliRun.run(empty, "stats");
        assertThat(bundled.out()).startsWith("(bundled catalog):");
    }

    @Test
    void directoryOfMarkdownFilesIsOneCatalog() throws IOException {
        fixture("date-prefixed.md");
        fixture("venue-prefixed.md");
        CliRun.Result r = CliRun.run(dir, "stats", "--catalog", ".");
        assertThat(r.out()).contains("14 entries");
    }

    @Test
    void badConfigNamesTheKeyAndLine() throws IOException {
        Files.writeString(dir.resolve("papers.yaml"), "files:\n  - a.md\nformat: papers\nsynonym:\n  DPO: x\n");
        CliRun.Result r = CliRun.run(dir, "stats");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("papers.yaml:4:", "unknown key 'synonym'");
        Files.writeString(dir.resolve("papers.yaml"), "files: [a.md]\narxiv:\n  interval-ms: soon\n");
        CliRun.Result wrongType = CliRun.run(dir, "stats");
        assertThat(wrongType.code()).isEqualTo(2);
        assertThat(wrongType.err()).contains("papers.yaml:3:", "arxiv.interval-ms");
        // a format that names none is not quietly ignored (add would write some other shape)
        Files.writeString(dir.resolve("papers.yaml"), "files: [a.md]\nformat: numberd-link\n");
        CliRun.Result typo = CliRun.run(dir, "stats");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("papers.yaml:2:", "unknown format 'numberd-link'", "numbered-link");
    }

    @Test
    void initDescribesAnExistingList() throws IOException {
        fixture("bold-title-blocks.md");
        CliRun.Result r = CliRun.run(dir, "init");
        assertThat(r.code()).isZero();
        String yaml = Files.readString(dir.resolve("papers.yaml"));
        assertThat(yaml).contains("- bold-title-blocks.md", "format: bold-title-block", "#     - 2023 May");
        assertThat(CliRun.run(dir, "stats").out()).contains("6 entries");
        CliRun.Result again = CliRun.run(dir, "init");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("exists already", "--force");
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String cmd : new String[] {"stats", "show", "search", "list", "add", "lint", "import", "export", "index", "init",
            "tags", "months", "hook"}) {
            CliRun.Result help = CliRun.run(dir, cmd, "--help");
            assertThat(help.code()).as(cmd).isZero();
            assertThat(help.out()).as(cmd).contains("Usage: papers " + cmd, "--catalog", "--json", "Examples:");
            assertThat(CliRun.run(dir, cmd, "--version").out()).as(cmd).startsWith("papers ");
        }
        assertThat(CliRun.run(dir, "help", "search").out()).contains("Usage: papers search", "Examples:");
    }

    @Test
    void unknownCommandAndOptionSuggestTheClosest() {
        CliRun.Result r = CliRun.run(dir, "stat");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("stats");
        CliRun.Result o = CliRun.run(dir, "stats", "--jsn");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--json");
    }
}
