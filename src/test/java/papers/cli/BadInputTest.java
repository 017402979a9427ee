package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad catalogs get a one-line message naming the file (and line), a documented exit code, no stack trace, no hang. */
class BadInputTest {
    @TempDir
    Path dir;

    CliRun.Result stats(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.run(dir, "stats", "--catalog", dir.relativize(file).toString()));
    }

    static void assertNoStackTrace(CliRun.Result r) {
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "at papers.");
    }

    List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void nonUtf8BytesNameTheFileAndLine() throws IOException {
        Path f = dir.resolve("latin1.md");
        byte[] head = "# List\n\n- [Paper A](https://arxiv.org/abs/2401.00001)\n- Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(f, bytes);
        CliRun.Result r = stats(f);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("papers: latin1.md:4: not UTF-8").doesNotContain("\n");
        assertNoStackTrace(r);
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Path f = dir.resolve("image.md");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, '\n'});
        CliRun.Result r = stats(f);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("image.md:1:", "binary file");
        assertNoStackTrace(r);
    }

    @Test
    void emptyAndHeadingOnlyFilesHaveNoEntries() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        Path headings = Files.writeString(dir.resolve("headings.md"), "# A\n## B\n### C\n#### D\n");
        for (Path f : List.of(empty, headings)) {
            CliRun.Result r = stats(f);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("0 entries");
        }
    }

    @Test
    void missingCatalogIsUsageError() {
        CliRun.Result r = CliRun.run(dir, "stats", "--catalog", "nope.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.md", "no such file");
        assertNoStackTrace(r);
    }

    @Test
    void unclosedHtmlCommentWarnsWithItsLine() throws IOException {
        Path f = Files.writeString(dir.resolve("comment.md"),
                "# L\n\n- [Seen](https://arxiv.org/abs/2401.00001)\n\n<!-- forgot to close\n\n- [Hidden](https://arxiv.org/abs/2401.00002)\n");
        CliRun.Result r = stats(f);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 entries");
        assertThat(r.err()).contains("comment.md:5: unclosed HTML comment");
    }

    @Test
    void deeplyNestedListsDoNotCrash() throws IOException {
        StringBuilder sb = new StringBuilder("# Deep\n\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        sb.append("\n- [After](https://arxiv.org/abs/2401.00003)\n");
        Path f = Files.writeString(dir.resolve("deep.md"), sb.toString());
        CliRun.Result r = stats(f);
        assertThat(r.code()).isIn(0, 2);
        if (r.code() == 0) {
            assertThat(r.out()).contains("1 entries");
        } else {
            assertThat(r.err()).contains("deep.md");
        }
        assertNoStackTrace(r);
    }

    @Test
    void twentyMegabyteFileIsReadInReasonableTime() throws IOException {
        StringBuilder sb = new StringBuilder("# Big\n\n## Papers\n\n");
        int n = 0;
        while (sb.length() < 20_000_000) {
            sb.append("- [Synthetic paper number ").append(n).append(" about vision and language](https://arxiv.org/abs/2401.")
                    .append(String.format("%05d", n % 100000)).append(") · 2024-01\n  *Ann Author, Bo Writer*\n");
            n++;
        }
        Path f = Files.writeString(dir.resolve("big.md"), sb.toString());
        CliRun.Result r = stats(f);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(n + " entries");
    }

    @Test
    void fieldsLongerThanAnIndexTermAreSearchableAndALineTooLongToReadWholeIsSaid() throws IOException {
        // a 40,000-letter word (over Lucene's 32 KB term), and a 2 MB line (its compact words were a quadratic
        // scan) whose link ends past the first 64 KB: read for its words, not as an entry, and said
        Path f = Files.writeString(dir.resolve("long.md"), "# L\n\n## A\n\n- [A " + "x".repeat(40_000)
                + " Title](https://arxiv.org/abs/2401.00002)\n- [" + "Wordy ".repeat(350_000) + "End](https://arxiv.org/abs/2401.00001)\n"
                + "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");
        Map<String, String> env = Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
        CliRun.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.run(dir, env, "search", "--catalog", "long.md",
                "title"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2401.00002");
        assertThat(r.err().lines()).containsExactly(
                "papers: warning: long.md:6: a line of 2,100,041 characters; past its first 65,536 only its words are read",
                "papers: warning: long.md:5: a title over 1,000 characters; the search index keeps the first 1,000");
        assertNoStackTrace(r);
        CliRun.Result attention = CliRun.run(dir, env, "search", "--catalog", "long.md", "attention");
        assertThat(attention.out()).contains("1706.03762");
        assertThat(CliRun.run(dir, env, "list", "--catalog", "long.md").err()).contains("long.md:6: a line of 2,100,041 characters");
    }

    @Test
    void parsingNeverWrites() throws IOException {
        Path f = Files.writeString(dir.resolve("list.md"), "# L\n\n- [A](https://arxiv.org/abs/2401.00001)\n");
        List<Path> before = listing();
        stats(f);
        CliRun.run(dir, "show", "2401.00001", "--catalog", "list.md");
        assertThat(listing()).isEqualTo(before);
    }
}
