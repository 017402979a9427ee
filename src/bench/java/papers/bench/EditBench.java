package papers.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether cost grows with the change or with the catalog: {@code add}, {@code move}, {@code update ID},
 * {@code remove} and a hand edit of one entry, each followed by the first search, end to end through
 * the launcher on catalogs of 1,000 and 100,000 entries (arXiv answered by a stand-in on 127.0.0.1).
 * Prints each command at 100,000 as a ratio to the same command at 1,000, and each first search as a
 * ratio to a warm search of the same catalog, measured in the same run.
 *
 * <p>Run: {@code src/bench/run edit [--baseline GIT-REF]} (with a baseline, the same steps with that
 * commit's launcher follow, for a before/after in one run).
 */
public final class EditBench {
    private EditBench() {}

    private static final String[] STEPS = {"add", "search after add", "move", "search after move", "update ID",
        "search after update", "remove", "search after remove", "hand edit of one entry", "search after the hand edit"};

    public static void main(String[] args) throws Exception {
        List<Path> launchers = new ArrayList<>(List.of(Path.of("target", "papers").toAbsolutePath()));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--baseline-jar")) {
                launchers.add(Path.of(args[++i]).toAbsolutePath().resolveSibling("papers"));
            }
        }
        AtomicReference<String> feed = new AtomicReference<>(AddBench.FEED);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            for (Path launcher : launchers) {
                System.out.println("launcher: " + launcher);
                Map<Integer, Map<String, Double>> bySize = new LinkedHashMap<>();
                for (int n : new int[] {1_000, 100_000}) {
                    bySize.put(n, run(launcher, n, server.getAddress().getPort(), feed));
                }
                report(bySize.get(1_000), bySize.get(100_000));
            }
        } finally {
            server.stop(0);
        }
    }

    /** Times every step on a fresh catalog of {@code n} entries: the warm search first, then the edits in order. */
    private static Map<String, Double> run(Path launcher, int n, int port, AtomicReference<String> feed) throws Exception {
        Path work = Files.createTempDirectory("papers-edit-bench");
        Map<String, String> env = Map.of("PAPERS_CACHE_DIR", work.resolve("cache").toString(),
                "PAPERS_ARXIV_API", "http://127.0.0.1:" + port + "/api/query", "PAPERS_ARXIV_INTERVAL_MS", "0");
        Path dir = Files.createDirectories(work.resolve("catalog"));
        Path file = dir.resolve("README.md");
        Files.writeString(file, ParseBench.synthetic(n), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("papers.yaml"), "files: [README.md]\n");
        String papers = launcher.toString();
        String catalog = dir.toString();
        feed.set(AddBench.FEED);
        SearchBench.time(List.of(papers, "index", "--catalog", catalog), work, env);
        List<String> search = List.of(papers, "search", "Qwen2-VL", "--catalog", catalog);
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = SearchBench.time(search, work, env);
        }
        Arrays.sort(warm);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("warm search", warm[warm.length / 2]);
        out.put(STEPS[0], timed(List.of(papers, "add", "--arxiv", "2409.12191", "--catalog", catalog), work, env, null));
        out.put(STEPS[1], timed(search, work, env, "Qwen2-VL"));
        out.put(STEPS[2], timed(List.of(papers, "move", "2409.12191", "--section", "Topic 4", "--catalog", catalog),
                work, env, null));
        out.put(STEPS[3], timed(search, work, env, "topic-4"));
        // published since: update writes the venue
        feed.set(AddBench.FEED.replace("<arxiv:primary_category", "<arxiv:journal_ref>CVPR 2025</arxiv:journal_ref><arxiv:primary_category"));
        out.put(STEPS[4], timed(List.of(papers, "update", "2409.12191", "--catalog", catalog), work, env, null));
        out.put(STEPS[5], timed(search, work, env, "CVPR 2025"));
        out.put(STEPS[6], timed(List.of(papers, "remove", "2409.12191", "--catalog", catalog), work, env, null));
        out.put(STEPS[7], timed(search, work, env, "nothing matches"));
        long t0 = System.nanoTime();
        String text = Files.readString(file);
        int middle = n / 2 - n / 2 % 4;
        String edited = text.replace("model number " + middle + " with", "model number " + middle + " edited with");
        if (edited.equals(text)) {
            throw new IllegalStateException("the hand edit found no entry " + middle);
        }
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        out.put(STEPS[8], (System.nanoTime() - t0) / 1e6);
        out.put(STEPS[9], timed(List.of(papers, "search", "edited", "--catalog", catalog), work, env,
                "model number " + middle + " edited"));
        return out;
    }

    /**
     * The wall time of {@code command} in ms, which must succeed; {@code expect} is text its output must hold
     * (stdout and stderr together), so that a step that did the wrong thing fast is not reported.
     */
    private static double timed(List<String> command, Path cwd, Map<String, String> env, String expect) throws Exception {
        Path out = Files.createTempFile(cwd, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().remove("PAPERS_CATALOG");
        pb.environment().remove("PAPERS_JAVA_OPTS");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        int code = pb.start().waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        String text = Files.readString(out);
        if (code > 1 || (expect != null && !text.contains(expect))) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code + ", expected "
                    + (expect == null ? "success" : "'" + expect + "'") + ":\n" + text);
        }
        return ms;
    }

    private static void report(Map<String, Double> small, Map<String, Double> big) {
        double warm = big.get("warm search");
        System.out.printf("  %-28s %10s %10s  %s%n", "step", "1,000", "100,000", "ratio");
        System.out.printf("  %-28s %8.2f s %8.2f s%n", "warm search", small.get("warm search") / 1000, warm / 1000);
        for (String step : STEPS) {
            boolean isSearch = step.startsWith("search");
            String ratio = step.startsWith("hand") ? "(the edit itself, not papers)"
                    : isSearch ? String.format("%.2f x warm search at 100,000", big.get(step) / warm)
                    : String.format("%.2f x the same at 1,000", big.get(step) / small.get(step));
            System.out.printf("  %-28s %8.2f s %8.2f s  %s%n", step, small.get(step) / 1000, big.get(step) / 1000, ratio);
        }
    }
}
