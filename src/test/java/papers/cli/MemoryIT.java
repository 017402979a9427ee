package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 100,000-entry catalog: search, lint (and its fixes), export, remove and move within -Xmx256m, through the launcher. */
class MemoryIT {
    static final Path LAUNCHER = Path.of("target", "papers").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run run(String opts, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList())
                .directory(dir.toFile());
        pb.environment().put("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
        pb.environment().remove("PAPERS_CATALOG");
        if (opts != null) {
            pb.environment().put("PAPERS_JAVA_OPTS", opts);
        }
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void everyCommandTriedFitsAQuarterGigabyteOnAHundredThousandEntries() throws Exception {
        StringBuilder sb = new StringBuilder(100_000 * 120);
        sb.append("# Big\n");
        for (int i = 0; i < 100_000; i++) {
            if (i % 100 == 0) {
                sb.append("\n## Topic ").append(i / 100).append("\n\n");
            }
            sb.append("- [Vision language paper ").append(i).append(" on topic ").append(i % 977)
                    .append(i % 4 == 1 ? "](https://arxiv.org/pdf/24" : "](https://arxiv.org/abs/24").append(String.format("%02d.%05d", 1 + i % 12, i)).append(") · 2024-")
                    .append(String.format("%02d", 1 + i % 12)).append("\n");
        }
        Files.writeString(dir.resolve("big.md"), sb, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("papers.yaml"), "files: [big.md]\n");
        assertThat(run(null, "index").code()).isZero();
        Run search = run("-Xmx256m", "search", "vision", "paper", "99999");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("Vision language paper 99999");
        assertThat(search.err()).doesNotContain("OutOfMemoryError");
        Run lint = run("-Xmx256m", "lint");
        assertThat(lint.code()).as(lint.err()).isIn(0, 1);
        assertThat(lint.out()).contains("in 1 file");
        assertThat(lint.err()).doesNotContain("OutOfMemoryError");
        // every entry takes the same BibTeX key (no authors): keys must stay unique, short and cheap
        Run bibtex = run("-Xmx256m", "export", "--format", "bibtex");
        assertThat(bibtex.code()).as(bibtex.err()).isZero();
        assertThat(bibtex.out().lines().filter(l -> l.startsWith("@misc{"))).hasSize(100_000).doesNotHaveDuplicates()
                .allSatisfy(l -> assertThat(l.length()).isLessThan(40));
        Run json = run("-Xmx256m", "export", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("[").contains("Vision language paper 99999").endsWith("]" + System.lineSeparator());
        // a quarter of the links take the pdf form: 25,000 fixes, each line changed in place. This file is about
        // half the size of the benchmark's 100,000 entries, so the fixes get half the heap (the old and new texts
        // and their parses are what fill it)
        Run dry = run("-Xmx128m", "lint", "--fix", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isIn(0, 1);
        assertThat(dry.out().lines().filter(l -> l.startsWith("+- [Vision"))).hasSize(25_000)
                .allSatisfy(l -> assertThat(l).contains("](https://arxiv.org/abs/24"));
        assertThat(Files.readString(dir.resolve("big.md"))).contains("/pdf/");
        Run fix = run("-Xmx128m", "lint", "--fix");
        assertThat(fix.code()).as(fix.err()).isIn(0, 1);
        assertThat(fix.err()).contains("papers: fixed big.md (25000 findings)");
        assertThat(Files.readString(dir.resolve("big.md"))).doesNotContain("/pdf/").contains("paper 1 on topic 1](https://arxiv.org/abs/");
        Run remove = run("-Xmx256m", "remove", "2409.00500");
        assertThat(remove.code()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("removed Vision language paper 500 ");
        Run move = run("-Xmx256m", "move", "2405.00700", "--section", "Topic 3");
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(move.out()).contains("moved Vision language paper 700 ");
        assertThat(Files.readString(dir.resolve("big.md"))).doesNotContain("paper 500 ").contains("paper 700 ");
        assertThat(List.of(search.code(), lint.code())).doesNotContain(3);
    }

    @Test
    void runningOutOfMemoryIsOneLineAndTheFailureExitCode() throws Exception {
        // a 54 MB line does not fit a 32 MB heap: the JVM's error must not come out as a stack trace and exit 1
        Files.writeString(dir.resolve("README.md"), "# L\n\n## A\n\n- [" + "Wordy ".repeat(9_000_000)
                + "](https://arxiv.org/abs/2401.00001)\n", StandardCharsets.UTF_8);
        Run r = run("-Xmx32m", "search", "--catalog", "README.md", "wordy");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).startsWith("papers: out of memory (at most ").contains("PAPERS_JAVA_OPTS=-Xmx")
                .doesNotContain("\n", "\tat ", "Exception in thread");
        Run verbose = run("-Xmx32m", "search", "--catalog", "README.md", "--verbose", "wordy");
        assertThat(verbose.code()).isEqualTo(3);
        assertThat(verbose.err()).contains("papers: out of memory", "java.lang.OutOfMemoryError", "\tat ");
        Files.writeString(dir.resolve("papers.yaml"), "title: x\n#" + "y".repeat(2_000_000) + "\n");
        Run yaml = run("-Xmx32m", "search", "wordy");
        assertThat(yaml.code()).isEqualTo(2);
        assertThat(yaml.err().strip()).isEqualTo("papers: papers.yaml: 2,000,011 bytes; a papers.yaml is at most 1,048,576");
    }
}
