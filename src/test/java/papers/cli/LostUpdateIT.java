package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight writers of one catalog at once (add x3, remove x2, move x2, lint --fix), each with its own cache
 * directory and reaching the file by its own path (absolute, ./, a symbolic link to the file, one to its
 * directory): every change a writer reported is in the file, and every refusal is exit 3 with nothing written.
 */
class LostUpdateIT {
    static final Path LAUNCHER = Path.of("target", "papers").toAbsolutePath();
    static final int ROUNDS = 20;

    @TempDir
    Path dir;

    record Writer(String name, List<String> args, Predicate<String> landed) {}

    record Run(Writer writer, Process process, Path err) {}

    Process start(int k, Path errFile, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile());
        pb.environment().put("PAPERS_CACHE_DIR", dir.resolve("cache-" + k).toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("xdg-" + k).toString());
        pb.environment().remove("PAPERS_CATALOG");
        return pb.start();
    }

    static String fixture() {
        return "# List\n\n## Alpha\n\n"
                + "- [Paper R1](https://arxiv.org/abs/2401.00001)\n"
                + "- [Paper R2](https://arxiv.org/abs/2401.00002)\n"
                + "- [Paper M1](https://arxiv.org/abs/2401.00003)\n"
                + "- [Paper M2](https://arxiv.org/abs/2401.00004)\n"
                + "- [Paper F](http://www.arxiv.org/abs/2401.00005v2)\n\n"
                + "## Beta\n\n- [Paper B](https://arxiv.org/abs/2401.00006)\n";
    }

    static boolean inBeta(String text, String title) {
        int beta = text.indexOf("## Beta");
        return text.indexOf("[" + title + "]") > beta;
    }

    @Test
    void eightMixedWritersWithTheirOwnCacheAndPathLoseNothing() throws Exception {
        Path file = dir.resolve("list.md");
        Files.createSymbolicLink(dir.resolve("link.md"), Path.of("list.md"));
        Files.createSymbolicLink(dir.resolve("alias"), Path.of("."));
        String abs = file.toString();
        int landed = 0;
        int refused = 0;
        List<String> lost = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Files.writeString(file, fixture());
            String r = Integer.toString(round);
            List<Writer> writers = List.of(
                    new Writer("add 1", List.of("add", "--catalog", abs, "--title", "Added " + r + " one", "--url",
                            "https://example.org/" + r + "/1", "--section", "Alpha"), t -> t.contains("[Added " + r + " one]")),
                    new Writer("add 2", List.of("add", "--catalog", "./list.md", "--title", "Added " + r + " two", "--url",
                            "https://example.org/" + r + "/2", "--section", "Beta"), t -> t.contains("[Added " + r + " two]")),
                    new Writer("add 3", List.of("add", "--catalog", "link.md", "--title", "Added " + r + " three", "--url",
                            "https://example.org/" + r + "/3", "--section", "Alpha"), t -> t.contains("[Added " + r + " three]")),
                    new Writer("remove 1", List.of("remove", "--catalog", "link.md", "2401.00001"), t -> !t.contains("Paper R1")),
                    new Writer("remove 2", List.of("remove", "--catalog", abs, "2401.00002"), t -> !t.contains("Paper R2")),
                    new Writer("move 1", List.of("move", "--catalog", "./list.md", "2401.00003", "--section", "Beta"),
                            t -> inBeta(t, "Paper M1")),
                    new Writer("move 2", List.of("move", "--catalog", "alias/list.md", "2401.00004", "--section", "Beta"),
                            t -> inBeta(t, "Paper M2")),
                    new Writer("lint --fix", List.of("lint", "--fix", "--catalog", "alias/link.md"),
                            t -> t.contains("[Paper F](https://arxiv.org/abs/2401.00005)")));
            List<Run> runs = new ArrayList<>();
            for (int k = 0; k < writers.size(); k++) {
                Path err = dir.resolve("err-" + k);
                runs.add(new Run(writers.get(k), start(k, err, writers.get(k).args()), err));
            }
            for (Run run : runs) {
                assertThat(run.process().waitFor(180, TimeUnit.SECONDS)).as(run.writer().name()).isTrue();
            }
            String text = Files.readString(file);
            for (Run run : runs) {
                int code = run.process().exitValue();
                String err = Files.readString(run.err());
                boolean there = run.writer().landed().test(text);
                if (code == 0) {
                    landed++;
                    if (!there) {
                        lost.add("round " + round + ": " + run.writer().name() + " exited 0, change not in the file");
                    }
                } else {
                    assertThat(code).as(run.writer().name() + ": " + err).isEqualTo(3);
                    assertThat(err).contains("nothing was written");
                    assertThat(there).as(run.writer().name() + " refused but its change is in the file").isFalse();
                    refused++;
                }
            }
            assertThat(Files.isSymbolicLink(dir.resolve("link.md"))).isTrue();
        }
        System.out.println("lost-update test: " + ROUNDS + " rounds x 8 writers: " + landed + " landed, " + refused
                + " refused (exit 3), " + lost.size() + " lost");
        assertThat(lost).isEmpty();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".papers"))).isEmpty();
        }
    }
}
