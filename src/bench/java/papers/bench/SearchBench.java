package papers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import papers.catalog.config.CatalogLocator;
import papers.catalog.CatalogSource;
import papers.index.CatalogIndex;

/**
 * Search figures: index build time for 1,000 and 100,000 synthetic entries; in-process query latency
 * p50/p99 at 100,000 entries; and the wall time of {@code target/papers search "DPO hallucination"} on
 * the bundled catalog beside {@code java -version}, measured in the same run.
 *
 * <p>Run: {@code src/bench/run search}.
 */
public final class SearchBench {
    private SearchBench() {}

    static final List<String> QUERIES = List.of("vision", "hallucination video", "DPO", "sparse experts",
            "preference data", "benchmark 1234", "author:Writer", "year:[2021 TO 2023] vision", "moe", "评测 幻觉",
            "grounded captioning", "\"human preference\"", "model 99999", "tag:moe vision", "aligning multimodal",
            "scaling -sparse", "LLaMA-7B", "backbone:llama", "NeurIPS", "halucination");

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("papers-bench");
        Path cache = work.resolve("cache");
        for (int n : new int[] {1_000, 100_000}) {
            Path file = work.resolve("catalog-" + n + ".md");
            Files.writeString(file, ParseBench.synthetic(n), StandardCharsets.UTF_8);
            CatalogLocator locator = new CatalogLocator(Map.of(), work);
            CatalogSource source = locator.locate(file.toString());
            long t0 = System.nanoTime();
            try (CatalogIndex index = CatalogIndex.open(cache, source, () -> locator.load(source), s -> {}, true)) {
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("index build, %,d entries (parse included): %.2f s%n", index.size(), secs);
            }
        }
        queryLatency(work, cache);
        endToEnd(work);
    }

    static void queryLatency(Path work, Path cache) throws IOException {
        Path file = work.resolve("catalog-100000.md");
        CatalogLocator locator = new CatalogLocator(Map.of(), work);
        CatalogSource source = locator.locate(file.toString());
        try (CatalogIndex index = CatalogIndex.open(cache, source, () -> locator.load(source), s -> {}, false)) {
            for (int i = 0; i < 400; i++) {
                index.search(QUERIES.get(i % QUERIES.size()), 20, null);
            }
            int runs = 2_000;
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                index.search(QUERIES.get(i % QUERIES.size()), 20, null);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf("query latency at %,d entries over %,d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    index.size(), runs, nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
        }
    }

    static void endToEnd(Path work) throws Exception {
        Path launcher = Path.of("target", "papers").toAbsolutePath();
        Path cwd = Files.createDirectories(work.resolve("elsewhere"));
        Map<String, String> env = Map.of("PAPERS_CACHE_DIR", work.resolve("e2e-cache").toString());
        List<String> search = List.of(launcher.toString(), "search", "DPO hallucination");
        List<String> version = List.of("java", "-version");
        for (int i = 0; i < 3; i++) {
            time(search, cwd, env);
            time(version, cwd, env);
        }
        int runs = 21;
        double[] s = new double[runs];
        double[] v = new double[runs];
        for (int i = 0; i < runs; i++) {
            s[i] = time(search, cwd, env);
            v[i] = time(version, cwd, env);
        }
        Arrays.sort(s);
        Arrays.sort(v);
        System.out.printf("end to end, median of %d: target/papers search \"DPO hallucination\" (bundled) %.0f ms; "
                + "java -version %.0f ms%n", runs, s[runs / 2], v[runs / 2]);

        Path big = work.resolve("catalog-100000.md");
        List<String> rebuild = List.of(launcher.toString(), "index", "--rebuild", "--catalog", big.toString());
        double viaLauncher = time(rebuild, cwd, env);
        double full = time(rebuild, cwd, Map.of("PAPERS_CACHE_DIR", env.get("PAPERS_CACHE_DIR"),
                "PAPERS_JAVA_OPTS", "-XX:TieredStopAtLevel=4"));
        System.out.printf("index --rebuild of 100,000 entries through the launcher: %.1f s (C1 only, as the launcher runs "
                + "every command); %.1f s with the full JIT%n", viaLauncher / 1000, full / 1000);
    }

    static double time(List<String> command, Path cwd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(cwd.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("PAPERS_CATALOG");
        pb.environment().remove("PAPERS_JAVA_OPTS");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
