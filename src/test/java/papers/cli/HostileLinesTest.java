package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small hostile lines of a contribution (backtracking bait for regular expressions, rescans) must not hang
 * the hook: lint, search (which builds the index) and list on a file holding one such family cost about what
 * a normal catalog of the same size costs. The bound is a ratio to that catalog, measured in the same run.
 */
class HostileLinesTest {
    /** How much slower than a normal catalog of the same size a hostile one may be, and a floor for tiny costs. */
    static final double RATIO = 6;
    static final long FLOOR_MS = 400;
    static final int SIZE = Integer.getInteger("hostile.size", 60_000);

    @TempDir
    Path dir;

    record Family(String name, IntFunction<String> text) {}

    static final String ENTRY = "- [A](https://arxiv.org/abs/2401.00001) ";

    static List<Family> families() {
        return List.of(
                new Family("link text of A- runs", n -> repeatLines("- [" + "A-".repeat(250) + "](https://arxiv.org/abs/2401.00001)", n)),
                new Family("an entry then [ x N", n -> ENTRY + "[".repeat(n - ENTRY.length())),
                new Family("lines '[a'", n -> "[a\n".repeat(n / 3)),
                new Family("]( x N", n -> ENTRY + "\n" + "](".repeat(n / 2)),
                new Family("disable-next-line then spaces", n -> "<!-- papers-lint disable-next-line" + " ".repeat(n) + "\n" + ENTRY),
                new Family("[a  x N", n -> ENTRY + "[a ".repeat(n / 3)),
                new Family("( x N", n -> ENTRY + "(".repeat(n)),
                new Family("(a  x N", n -> ENTRY + "(a ".repeat(n / 3)),
                new Family("![ x N", n -> ENTRY + "![".repeat(n / 2)),
                new Family("*_ x N", n -> "1. [T](https://arxiv.org/abs/2401.00001) " + "*_".repeat(n / 2)),
                new Family("nested brackets and emphasis", n -> "1. " + "[".repeat(n / 5) + "*_".repeat(n / 5) + "]".repeat(n / 10)),
                new Family("** x N", n -> "- **" + "a **".repeat(n / 4)),
                new Family("<br> x N", n -> "**T**" + "<br>".repeat(n / 4)),
                new Family("` x N", n -> ENTRY + "`a".repeat(n / 2)),
                new Family("http:// x N", n -> ENTRY + "http://".repeat(n / 7)),
                new Family("digits and dots", n -> ENTRY + "2024.".repeat(n / 5)),
                new Family("A, x N (authors)", n -> "- [T](https://arxiv.org/abs/2401.00001) *" + "A, ".repeat(n / 3)),
                new Family("| x N", n -> "| a | b |\n|---|---|\n" + "|".repeat(n) + "\n"),
                new Family("# x N", n -> "#".repeat(6) + " " + "# ".repeat(n / 2) + "\n" + ENTRY),
                new Family("<!-- x N", n -> ENTRY + "\n" + "<!--".repeat(n / 4)));
    }

    static String repeatLines(String line, int size) {
        return (line + "\n").repeat(Math.max(1, size / (line.length() + 1)));
    }

    /** A catalog of ordinary entries, {@code size} characters long. */
    static String normal(int size) {
        StringBuilder sb = new StringBuilder("# List\n\n## Papers\n\n");
        for (int i = 0; sb.length() < size; i++) {
            sb.append("- [Paper ").append(i).append(" on Vision-Language Models (VLM)](https://arxiv.org/abs/2401.")
                    .append(String.format("%05d", i % 100_000)).append(") · NeurIPS 2024 · *A. Author, B. Author*\n");
        }
        return sb.toString();
    }

    long cost(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name + ".md"), "# L\n\n" + text + "\n");
        Map<String, String> env = Map.of("PAPERS_CACHE_DIR", dir.resolve("cache-" + name).toString());
        long t0 = System.nanoTime();
        for (String[] args : List.of(new String[] {"lint"}, new String[] {"search", "paper"}, new String[] {"list"})) {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--catalog");
            all.add(file.getFileName().toString());
            CliRun.Result r = CliRun.run(dir, env, all.toArray(String[]::new));
            assertThat(r.err()).as(name).doesNotContain("internal error", "Exception");
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void everyHostileFamilyCostsAboutWhatANormalCatalogOfItsSizeCosts() throws IOException {
        List<Family> families = families();
        // warm the JIT on both kinds first, so that the first family measured is not the one that pays for it
        cost("warm-normal", normal(SIZE));
        for (Family f : families) {
            cost("warm", f.text().apply(2_000));
        }
        long normal = Math.min(cost("normal", normal(SIZE)), cost("normal2", normal(SIZE)));
        List<String> slow = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        int i = 0;
        for (Family f : families) {
            if (System.getProperty("hostile.only") != null && !f.name().contains(System.getProperty("hostile.only"))) {
                continue;
            }
            long ms = cost("f" + i++, f.text().apply(SIZE));
            table.append(String.format("  %-32s %6d ms  %.1fx%n", f.name(), ms, ms / (double) Math.max(1, normal)));
            if (ms > RATIO * normal + FLOOR_MS) {
                slow.add(f.name() + ": " + ms + " ms");
            }
        }
        System.out.printf("hostile lines (%d characters; normal catalog of that size: %d ms):%n%s", SIZE, normal, table);
        assertThat(slow).as("slower than %.0f x %d ms + %d ms", RATIO, normal, FLOOR_MS).isEmpty();
    }
}
