package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.DeltaType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papers.catalog.CatalogParser;
import papers.catalog.SourceFile;

/** papers add killed with SIGKILL at random moments: the catalog is the old file or the new one, never a mix. */
class KillDuringWriteIT {
    static final Path LAUNCHER = Path.of("target", "papers").toAbsolutePath();

    @TempDir
    Path dir;

    Process start(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList())
                .directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
        pb.environment().remove("PAPERS_CATALOG");
        return pb.start();
    }

    @Test
    void aKilledAddLeavesTheOldOrTheNewFileAndTheNextWriteClearsItsTemporaryFile() throws Exception {
        StringBuilder sb = new StringBuilder("# Big\n");
        for (int i = 0; i < 30_000; i++) {
            if (i % 100 == 0) {
                sb.append("\n## Topic ").append(i / 100).append("\n\n");
            }
            sb.append("- [Paper ").append(i).append(" on vision and language](https://arxiv.org/abs/2401.")
                    .append(String.format("%05d", i)).append(") · 2024-01\n");
        }
        Path file = Files.writeString(dir.resolve("list.md"), sb.toString());
        Files.writeString(dir.resolve("papers.yaml"), "files: [list.md]\n");
        assertThat(start("index").waitFor(120, TimeUnit.SECONDS)).isTrue();
        Random random = new Random(7);
        int landed = 0;
        for (int i = 0; i < 8; i++) {
            String before = Files.readString(file);
            Process p = start("add", "--title", "Killed Paper " + i, "--url", "https://example.org/k" + i, "--section", "Topic 3");
            Thread.sleep(150 + random.nextInt(900));
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String after = Files.readString(file);
            if (!after.equals(before)) {
                // the new version: exactly the one entry inserted, nothing else changed
                List<String> a = Arrays.asList(before.split("\n", -1));
                List<String> b = Arrays.asList(after.split("\n", -1));
                var deltas = DiffUtils.diff(a, b).getDeltas();
                assertThat(deltas).hasSize(1);
                assertThat(deltas.get(0).getType()).isEqualTo(DeltaType.INSERT);
                assertThat(String.join("\n", deltas.get(0).getTarget().getLines())).contains("Killed Paper " + i);
                landed++;
            }
            assertThat(new CatalogParser().parse(new SourceFile("list.md", after)).entries()).hasSizeGreaterThanOrEqualTo(30_000);
        }
        Process last = start("add", "--title", "Survivor Paper", "--url", "https://example.org/s", "--section", "Topic 3");
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(Files.readString(file)).contains("Survivor Paper");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".papers-tmp-"))).isEmpty();
        }
        System.out.println("kill test: " + landed + " of 8 killed adds had landed before the kill");
    }

    @Test
    void eightProcessesAddingToOneFileAllLand() throws Exception {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n\n## Papers\n\n- [Existing](https://example.org/e)\n");
        Files.writeString(dir.resolve("papers.yaml"), "files: [list.md]\n");
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ps.add(start("add", "--title", "Parallel Paper " + i, "--url", "https://example.org/p" + i, "--section", "Papers"));
        }
        for (Process p : ps) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        var entries = new CatalogParser().parse(new SourceFile("list.md", Files.readString(file))).entries();
        assertThat(entries).hasSize(9);
        for (int i = 0; i < 8; i++) {
            int n = i;
            assertThat(entries).filteredOn(e -> e.title().equals("Parallel Paper " + n)).hasSize(1);
        }
    }

    @Test
    void aKilledLintFixLeavesTheOldOrTheFixedFile() throws Exception {
        StringBuilder sb = new StringBuilder("# Big\n\n## Papers\n\n");
        for (int i = 0; i < 30_000; i++) {
            sb.append(i + 1).append(". [Paper ").append(i).append("](http://www.arxiv.org/abs/2401.").append(String.format("%05d", i))
                    .append("v2)\n");
        }
        Path file = Files.writeString(dir.resolve("list.md"), sb.toString());
        String original = sb.toString();
        Random random = new Random(11);
        for (int i = 0; i < 6; i++) {
            Process p = start("lint", "--fix", "--catalog", "list.md");
            Thread.sleep(300 + random.nextInt(1500));
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String now = Files.readString(file);
            if (!now.equals(original)) {
                // fixed: every link rewritten, nothing else
                assertThat(now).doesNotContain("http://www.arxiv.org").contains("1. [Paper 0](https://arxiv.org/abs/2401.00000)\n");
                assertThat(now.split("\n", -1)).hasSameSizeAs(original.split("\n", -1));
                return;
            }
        }
        Process last = start("lint", "--fix", "--catalog", "list.md");
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(file)).doesNotContain("http://www.arxiv.org");
    }
}
