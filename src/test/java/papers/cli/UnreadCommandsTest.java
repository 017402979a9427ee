package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list papers cannot read never passes silently; one stray line never blocks a commit. */
class UnreadCommandsTest {
    @TempDir
    Path dir;

    /** Prose with an arXiv link in each paragraph: paper links that are no entries. */
    private Path prose(String name, int papers) throws IOException {
        StringBuilder sb = new StringBuilder("# Routing papers\n\nWhat we read this year.\n\n");
        for (int i = 0; i < papers; i++) {
            sb.append("We liked https://arxiv.org/abs/2401.").append(10000 + i).append(" for its routing.\n\n");
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb.toString());
        return p;
    }

    @Test
    void aListOfUnreadPaperLinksIsReportedByStatsLintAndSearch() throws IOException {
        Path list = prose("README.md", 12);
        Map<String, String> env = Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
        CliRun.Result stats = CliRun.run(dir, env, "--catalog", list.toString(), "stats");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains("README.md: 0 entries, 12 lines with paper links not read");
        assertThat(stats.err()).contains("papers: warning: read 0 entries from README.md, which has 12 paper links");

        CliRun.Result listed = CliRun.run(dir, env, "--catalog", list.toString(), "stats", "--unread");
        assertThat(listed.out()).contains("README.md:5: We liked https://arxiv.org/abs/2401.10000 for its routing.",
                "README.md:27: We liked https://arxiv.org/abs/2401.10011");

        CliRun.Result lint = CliRun.run(dir, env, "--catalog", list.toString(), "lint");
        assertThat(lint.code()).isEqualTo(1);
        assertThat(lint.out()).containsOnlyOnce("error unread:").contains("README.md:5:1: error unread: read 0 entries");

        for (int i = 0; i < 2; i++) { // building the index, then from the stored one
            CliRun.Result search = CliRun.run(dir, env, "--catalog", list.toString(), "search", "routing");
            assertThat(search.err()).as("run %d", i).containsOnlyOnce("warning: read 0 entries from README.md");
        }
    }

    @Test
    void aFewStrayPaperLinksBesideEntriesPassLint() throws IOException {
        Path list = dir.resolve("README.md");
        Files.writeString(list, "# Routing\n\nNews: our survey https://arxiv.org/abs/2401.00001 is out.\n\n## Papers\n\n"
                + "- [Switch Routing](https://arxiv.org/abs/2101.03961)\n- [Base Layers](https://arxiv.org/abs/2103.16716)\n");
        CliRun.Result lint = CliRun.run(dir, "--catalog", list.toString(), "lint");
        assertThat(lint.out()).doesNotContain("unread");
        assertThat(lint.code()).isZero();
        CliRun.Result stats = CliRun.run(dir, "--catalog", list.toString(), "stats", "--json");
        assertThat(stats.out()).contains("\"unread\" : 1");
        assertThat(stats.err()).doesNotContain("warning");
    }

    @Test
    void initRecordsAFormatPerFileAndCountsWhatItDidNotRead() throws IOException {
        Files.writeString(dir.resolve("numbered.md"), "# A\n\n## Routing\n\n1. [Switch Routing](https://arxiv.org/abs/2101.03961)(fast)\n"
                + "2. [Base Layers](https://arxiv.org/abs/2103.16716)(balanced)\n");
        Files.writeString(dir.resolve("dated.md"), "# B\n\n## Routing\n\n- 2021.01 [Switch Routing](https://arxiv.org/abs/2101.03961) fast\n"
                + "- 2021.03 [Base Layers](https://arxiv.org/abs/2103.16716) balanced\n\nSee also https://arxiv.org/abs/2308.00951.\n");
        CliRun.Result init = CliRun.run(dir, "init");
        assertThat(init.code()).as(init.err()).isZero();
        String yaml = Files.readString(dir.resolve("papers.yaml"));
        assertThat(yaml).contains("formats:", "  numbered.md: numbered-link", "  dated.md: date-link")
                .contains("dated.md: 2 entries, format date-link, 1 more lines with paper links not read")
                .doesNotContainPattern("(?m)^format:");
        assertThat(init.out()).contains("per file: ");

        Files.writeString(dir.resolve("new.md"), "");
        CliRun.Result add = CliRun.run(dir, "add", "--title", "Soft Routing Mixtures", "--url", "https://arxiv.org/abs/2308.00951",
                "--date", "2023-08", "--section", "Routing", "--allow-duplicate");
        assertThat(add.code()).as(add.err()).isZero();
        String written = Files.readString(dir.resolve("dated.md")) + Files.readString(dir.resolve("numbered.md"));
        assertThat(written).containsAnyOf("- 2023.08 [Soft Routing Mixtures](https://arxiv.org/abs/2308.00951)",
                "3. [Soft Routing Mixtures](https://arxiv.org/abs/2308.00951)");
    }

    @Test
    void aFormatOrLintRuleThatDoesNotExistIsAnErrorWithItsLine() throws IOException {
        Path list = dir.resolve("README.md");
        Files.writeString(list, "# A\n\n- [Switch Routing](https://arxiv.org/abs/2101.03961)\n");
        Files.writeString(dir.resolve("papers.yaml"), "files:\n  - README.md\nformats:\n  README.md: numberd-link\n");
        CliRun.Result r = CliRun.run(dir, "stats");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("papers.yaml:4", "unknown format 'numberd-link'").doesNotContain("Exception");

        Files.writeString(dir.resolve("papers.yaml"), "files:\n  - README.md\nlint:\n  rules:\n    link-dead: off\n    dead-links: error\n");
        CliRun.Result lint = CliRun.run(dir, "lint");
        assertThat(lint.code()).isEqualTo(2);
        assertThat(lint.err()).contains("papers.yaml:6", "unknown rule 'dead-links'", "link-dead");
    }
}
