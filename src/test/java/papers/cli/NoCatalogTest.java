package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run where there is no catalog: reading commands say they use the bundled demo; checking and editing ones stop. */
class NoCatalogTest {
    private static final String NOTICE = "papers: no catalog here; using the bundled catalog: name one with --catalog";

    @TempDir
    Path dir;

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void readingCommandsUseTheBundledCatalogAndSaySoOnce() {
        for (String[] args : new String[][] {{"list", "--limit", "1"}, {"search", "hallucination"}, {"tags"}, {"months"},
            {"stats"}, {"export", "--format", "csv"}, {"show", "qwen2-vl"}}) {
            CliRun.Result r = CliRun.run(dir, args);
            assertThat(r.code()).as(String.join(" ", args)).isIn(0, 1);
            assertThat(count(r.err(), NOTICE)).as(String.join(" ", args) + ": " + r.err()).isEqualTo(1);
        }
    }

    @Test
    void checkingAndEditingCommandsNeverUseIt() {
        for (String[] args : new String[][] {{"lint"}, {"lint", "--fix"}, {"toc"}, {"add", "--title", "X", "--url", "https://x.org"},
            {"update", "--all"}, {"move", "qwen2-vl", "--section", "Other"}, {"remove", "qwen2-vl"}, {"import", "a.md"}}) {
            CliRun.Result r = CliRun.run(dir, args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).contains("no catalog here", "bundled catalog is read-only", "--catalog");
            assertThat(r.out()).as(String.join(" ", args)).doesNotContain("no problems");
        }
    }

    @Test
    void aFolderOfListsIsTheCatalogWhenRunInsideIt() throws IOException {
        Files.writeString(dir.resolve("vision.md"), "# V\n\n## A\n\n- [Alpha](https://arxiv.org/abs/2401.00001)\n");
        Files.writeString(dir.resolve("language.md"), "# L\n\n## B\n\n- [Beta](https://arxiv.org/abs/2401.00002v2)\n");
        CliRun.Result r = CliRun.run(dir, "lint");
        assertThat(r.out()).contains("language.md:5:", "in 2 files");
        assertThat(r.err()).doesNotContain(NOTICE);
        assertThat(CliRun.run(dir, "list").out()).contains("Alpha", "Beta");
    }

    @Test
    void aRepositoryWhoseListIsElsewhereIsNoCatalogAtItsTop() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("README.md"), "# Project\n\nSee docs/.\n");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/list.md"), "# L\n\n- [Alpha](https://arxiv.org/abs/2401.00001)\n");
        CliRun.Result top = CliRun.run(dir, "lint");
        assertThat(top.code()).isEqualTo(2);
        CliRun.Result inside = CliRun.run(dir.resolve("docs"), "lint");
        assertThat(inside.code()).isZero();
        assertThat(inside.out()).isEqualTo("no problems in 1 file\n");
    }
}
