package papers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up, end to end: {@code target/papers --version} and {@code target/papers search "DPO hallucination"} on the
 * bundled catalog, beside {@code java -version} with the launcher's flags (the JVM's own floor), taking turns in one
 * run; with {@code --baseline-jar DIR/papers.jar}, the launcher beside that jar takes its turn too.
 *
 * <p>Run: {@code src/bench/run startup [--baseline GIT-REF]}.
 */
public final class StartupBench {
    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        Path baseline = args.length >= 2 && args[0].equals("--baseline-jar") ? Path.of(args[1]).toAbsolutePath().getParent() : null;
        Path work = Files.createTempDirectory("papers-startup");
        Path cwd = Files.createDirectories(work.resolve("elsewhere"));
        Map<String, String> env = Map.of("PAPERS_CACHE_DIR", work.resolve("cache").toString());
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version (launcher's flags)", List.of("java", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-version"));
        for (Path dir : baseline == null ? List.of(Path.of("target")) : List.of(Path.of("target"), baseline)) {
            String launcher = dir.resolve("papers").toAbsolutePath().toString();
            String who = dir.equals(Path.of("target")) ? "papers" : "baseline";
            commands.put(who + " --version", List.of(launcher, "--version"));
            commands.put(who + " search (bundled)", List.of(launcher, "search", "DPO hallucination"));
        }
        for (int i = 0; i < 3; i++) {
            for (List<String> c : commands.values()) {
                SearchBench.time(c, cwd, env);
            }
        }
        int runs = 21;
        Map<String, double[]> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new double[runs]));
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                times.get(c.getKey())[i] = SearchBench.time(c.getValue(), cwd, env);
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        times.forEach((k, v) -> {
            double[] s = v.clone();
            Arrays.sort(s);
            median.put(k, s[runs / 2]);
        });
        double floor = median.get("java -version (launcher's flags)");
        List<String> lines = new ArrayList<>();
        median.forEach((k, v) -> lines.add(String.format("%-34s median of %d: %4.0f ms, %.2f times java -version", k, runs, v, v / floor)));
        lines.forEach(System.out::println);
        if (baseline != null) {
            System.out.printf("papers against the baseline: --version %.2f, search %.2f%n",
                    median.get("papers --version") / median.get("baseline --version"),
                    median.get("papers search (bundled)") / median.get("baseline search (bundled)"));
        }
    }
}
