package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output on a terminal and in a pipe: colour, wrapping, hostile titles. */
class TerminalOutputTest {
    @TempDir
    Path dir;

    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        env = Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
        try (InputStream in = getClass().getResourceAsStream("/fixtures/bold-title-blocks.md")) {
            Files.write(dir.resolve("list.md"), in.readAllBytes());
        }
    }

    @Test
    void onATerminalMatchesAreHighlightedAndLinesWrap() {
        CliRun.Result r = CliRun.runTty(dir, env, 50, "search", "--catalog", "list.md", "hallucination");
        assertThat(r.out()).contains("\u001b[1;33mHallucination\u001b[22;39m");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(EntryPrinter.visibleLength(l)).isLessThanOrEqualTo(50));
        assertThat(r.out().lines().count()).isGreaterThan(2);
    }

    @Test
    void inAPipeNothingIsColouredOrWrapped() {
        CliRun.Result r = CliRun.run(dir, env, "search", "--catalog", "list.md", "hallucination");
        assertThat(r.out()).doesNotContain("\u001b");
        assertThat(r.out()).contains(" 1. Evaluating Object Hallucination in Large Vision-Language Models\n");
    }

    @Test
    void noColorAndColorNeverAreRespectedAndJsonIsNeverStyled() {
        CliRun.Result noColor = CliRun.runTty(dir, Map.of("NO_COLOR", "1", "PAPERS_CACHE_DIR", env.get("PAPERS_CACHE_DIR")), 200,
                "search", "--catalog", "list.md", "hallucination");
        assertThat(noColor.out()).doesNotContain("\u001b");
        CliRun.Result never = CliRun.runTty(dir, env, 200, "search", "--color", "never", "--catalog", "list.md", "hallucination");
        assertThat(never.out()).doesNotContain("\u001b");
        CliRun.Result always = CliRun.run(dir, env, "search", "--color", "always", "--catalog", "list.md", "hallucination");
        assertThat(always.out()).contains("\u001b[1;33m");
        CliRun.Result json = CliRun.runTty(dir, env, 30, "search", "--json", "--color", "always", "--catalog", "list.md", "hallucination");
        assertThat(json.out()).doesNotContain("\u001b").contains("\"title\" : \"Evaluating Object Hallucination in Large Vision-Language Models\"");
    }

    @Test
    void escapeSequencesInATitlePrintHarmlessly() throws IOException {
        Files.writeString(dir.resolve("evil.md"), "# E\n\n- **Evil \u001b[31m red \u0007 title \u009b2J with \u0008 controls** "
                + "[Paper](https://example.org/e) note \u001b]0;owned\u0007 \u001b[5m\n");
        // colour off, so that any escape character left would be the title's own
        for (String[] args : new String[][] {{"list", "--color", "never", "--catalog", "evil.md"},
            {"search", "--color", "never", "--catalog", "evil.md", "evil"}, {"show", "evil", "--catalog", "evil.md"}}) {
            CliRun.Result r = CliRun.runTty(dir, env, 120, args);
            assertThat(r.out()).as(String.join(" ", args)).contains("Evil").doesNotContain("\u001b", "\u0007", "\u0008", "\u009b");
        }
    }

    @Test
    void bigIndexBuildsShowProgressOnATerminalOnly() throws IOException {
        StringBuilder sb = new StringBuilder("# Big\n\n## Papers\n\n");
        for (int i = 0; i < 6000; i++) {
            sb.append("- [Paper number ").append(i).append("](https://example.org/").append(i).append(")\n");
        }
        Files.writeString(dir.resolve("big.md"), sb.toString());
        CliRun.Result tty = CliRun.runTty(dir, env, 100, "index", "--catalog", "big.md");
        assertThat(tty.err()).contains("indexing: 2000/6000 entries", "indexing: 6000/6000 entries");
        CliRun.Result pipe = CliRun.run(dir, env, "index", "--rebuild", "--catalog", "big.md");
        assertThat(pipe.err()).isEmpty();
    }
}
