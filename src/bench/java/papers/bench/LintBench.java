package papers.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lint figures: offline lint of data/ and the five seed catalogs end to end, beside the launcher's
 * bare start ({@code papers --version}); and {@code lint --online} of 1,000 links across 10 hosts on
 * 127.0.0.2 to 127.0.0.11 (each answering after 50 ms; some 404s, redirects and 429s with
 * {@code Retry-After: 1}), with the per-host limit checked, beside markdown-link-check on the same file
 * when npm can install it.
 *
 * <p>Run: {@code src/bench/run lint}.
 */
public final class LintBench {
    private LintBench() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("papers-lint-bench");
        Path launcher = Path.of("target", "papers").toAbsolutePath();
        Map<String, String> env = Map.of("PAPERS_CACHE_DIR", work.resolve("cache").toString(), "PAPERS_LINK_BACKOFF_MS", "200");

        List<String> files = new ArrayList<>();
        Files.copy(Path.of("data", "README.md"), work.resolve("data.md"));
        files.add("data.md");
        Path seeds = Path.of("..", "shared", "seeds");
        if (Files.isDirectory(seeds)) {
            try (var s = Files.list(seeds)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                    Files.copy(p, work.resolve(p.getFileName()));
                    files.add(p.getFileName().toString());
                }
            }
        }
        List<String> lint = new ArrayList<>(List.of(launcher.toString(), "lint"));
        lint.addAll(files);
        double[] l = new double[7];
        double[] v = new double[7];
        for (int i = 0; i < 7; i++) {
            l[i] = SearchBench.time(lint, work, env);
            v[i] = SearchBench.time(List.of(launcher.toString(), "--version"), work, env);
        }
        Arrays.sort(l);
        Arrays.sort(v);
        System.out.printf("offline lint of %d files (data/ and the seeds), median of 7: %.0f ms; papers --version %.0f ms; "
                + "difference %.0f ms%n", files.size(), l[3], v[3], l[3] - v[3]);

        // offline lint of 100,000 entries against stats of the same file (reading it), taking turns, in each entry format
        Path big = Files.createDirectories(work.resolve("big")).resolve("README.md");
        for (Catalogs.Shape shape : Catalogs.Shape.values()) {
            Files.writeString(big, shape.catalog(100_000), java.nio.charset.StandardCharsets.UTF_8);
            double[] bigLint = new double[3];
            double[] bigStats = new double[3];
            for (int i = 0; i < 3; i++) {
                bigStats[i] = SearchBench.time(List.of(launcher.toString(), "--catalog", big.toString(), "stats"), work, env);
                bigLint[i] = SearchBench.time(List.of(launcher.toString(), "--catalog", big.toString(), "lint"), work, env);
            }
            Arrays.sort(bigLint);
            Arrays.sort(bigStats);
            System.out.printf("offline lint of 100,000 entries (%s), median of 3: %.1f s; stats of the same file %.1f s; ratio %.2f%n",
                    shape.name().toLowerCase(java.util.Locale.ROOT), bigLint[1] / 1000, bigStats[1] / 1000, bigLint[1] / bigStats[1]);
        }
        // what the second core gives: the mixed catalog (written last) pinned to one core, taking turns with both
        if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            double[][] t = new double[4][3];
            for (int i = 0; i < 3; i++) {
                int k = 0;
                for (String command : List.of("stats", "lint")) {
                    List<String> both = List.of(launcher.toString(), "--catalog", big.toString(), command);
                    List<String> one = new ArrayList<>(List.of("/usr/bin/taskset", "-c", "0"));
                    one.addAll(both);
                    t[k++][i] = SearchBench.time(both, work, env);
                    t[k++][i] = SearchBench.time(one, work, env);
                }
            }
            for (double[] x : t) {
                Arrays.sort(x);
            }
            System.out.printf("100,000 entries (mixed), medians of 3: stats %.1f s on two cores, %.1f s on one (%.2f); "
                    + "lint %.1f s on two, %.1f s on one (%.2f)%n", t[0][1] / 1000, t[1][1] / 1000, t[0][1] / t[1][1],
                    t[2][1] / 1000, t[3][1] / 1000, t[2][1] / t[3][1]);
        }

        // 1,000 links across 10 hosts
        AtomicInteger[] inFlight = new AtomicInteger[10];
        AtomicInteger[] max = new AtomicInteger[10];
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        List<HttpServer> servers = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (int h = 0; h < 10; h++) {
            int host = h;
            inFlight[h] = new AtomicInteger();
            max[h] = new AtomicInteger();
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + (h + 2)), 0), 200);
            s.createContext("/", ex -> {
                int now = inFlight[host].incrementAndGet();
                max[host].accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(50);
                    String path = ex.getRequestURI().getPath();
                    int n = seen.computeIfAbsent(host + path, k -> new AtomicInteger()).incrementAndGet();
                    int code = 200;
                    if (path.startsWith("/gone")) {
                        code = 404;
                    } else if (path.startsWith("/moved")) {
                        ex.getResponseHeaders().add("Location", "/page/moved-here");
                        code = 301;
                    } else if (path.startsWith("/busy") && n == 1) {
                        ex.getResponseHeaders().add("Retry-After", "1");
                        code = 429;
                    }
                    // counted out before the answer goes, so the next request cannot race the count
                    inFlight[host].decrementAndGet();
                    ex.sendResponseHeaders(code, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    ex.close();
                }
            });
            s.setExecutor(Executors.newCachedThreadPool());
            s.start();
            servers.add(s);
            bases.add("http://127.0.0." + (h + 2) + ":" + s.getAddress().getPort());
        }
        StringBuilder md = new StringBuilder("# Links\n\n");
        for (int i = 0; i < 1000; i++) {
            String kind = i % 50 == 0 ? "gone" : i % 50 == 1 ? "moved" : i % 100 == 2 ? "busy" : "page";
            md.append("- [Link ").append(i).append("](").append(bases.get(i % 10)).append('/').append(kind).append('/').append(i)
                    .append(")\n");
        }
        Path links = Files.writeString(work.resolve("links.md"), md.toString());
        try {
            double online = SearchBench.time(List.of(launcher.toString(), "lint", "--online", "--allow-private", "--cache-hours", "0",
                    "--per-host", "8", links.toString()), work, env);
            int worst = Arrays.stream(max).mapToInt(AtomicInteger::get).max().orElse(0);
            System.out.printf("lint --online of 1,000 links on 10 hosts (50 ms each, 404s, 301s, 429 + Retry-After: 1): %.2f s; "
                    + "most requests in flight to one host: %d (limit 8)%n", online / 1000, worst);
            Path npm = work.resolve("npm");
            ProcessBuilder install = new ProcessBuilder("npm", "install", "--silent", "--prefix", npm.toString(), "markdown-link-check")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            boolean installed;
            try {
                installed = install.start().waitFor() == 0;
            } catch (IOException e) {
                installed = false;
            }
            Path mlc = npm.resolve("node_modules/.bin/markdown-link-check");
            if (installed && Files.isExecutable(mlc)) {
                Arrays.stream(max).forEach(m -> m.set(0));
                seen.clear();
                double theirs = SearchBench.time(List.of(mlc.toString(), "-q", links.toString()), work, env);
                System.out.printf("markdown-link-check on the same file: %.2f s; most requests in flight to one host: %d%n",
                        theirs / 1000, Arrays.stream(max).mapToInt(AtomicInteger::get).max().orElse(0));
            } else {
                System.out.println("markdown-link-check: could not be installed with npm; not measured");
            }
        } finally {
            servers.forEach(s -> s.stop(0));
        }
    }
}
