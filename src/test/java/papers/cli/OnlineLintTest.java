package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papers.arxiv.FakeArxiv;

/** papers lint --online against servers on 127.0.0.1 and a fake arXiv. */
class OnlineLintTest {
    @TempDir
    Path dir;

    HttpServer web;
    FakeArxiv arxiv;
    String base;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    Map<String, String> env;

    @BeforeEach
    void start() throws IOException {
        web = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        web.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            int code = path.equals("/gone") ? 404 : path.equals("/old") ? 301 : path.equals("/hop") ? 308
                    : path.equals("/broken") ? 500 : path.equals("/slow") ? 200 : 200;
            if (path.equals("/slow")) {
                sleep(700);
            }
            if (code == 301) {
                ex.getResponseHeaders().add("Location", "/hop");
            }
            if (code == 308) {
                ex.getResponseHeaders().add("Location", "/new");
            }
            ex.sendResponseHeaders(code, -1);
            ex.close();
        });
        // one thread per request: a slow answer must not hold up the others
        web.setExecutor(Executors.newCachedThreadPool());
        web.start();
        base = "http://127.0.0.1:" + web.getAddress().getPort();
        arxiv = new FakeArxiv().then(FakeArxiv.feed("two.xml"));
        env = Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString(), "PAPERS_ARXIV_API", arxiv.url(),
                "PAPERS_ARXIV_INTERVAL_MS", "0", "PAPERS_ARXIV_BACKOFF_MS", "10", "PAPERS_LINK_BACKOFF_MS", "10");
        Files.writeString(dir.resolve("list.md"), "# L\n\n"
                + "- [Fine](" + base + "/fine)\n"
                + "- [Gone](" + base + "/gone)\n"
                + "- [Old](" + base + "/old)\n"
                + "- [LLaVA-OneVision](https://arxiv.org/abs/2408.03326)\n"
                + "- [POPE](https://arxiv.org/abs/2305.10355)\n"
                + "- [Not A Paper](https://arxiv.org/abs/2401.99999)\n");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() {
        web.stop(0);
        arxiv.close();
    }

    @Test
    void reportsDeadMovedAndMissingPapersWithOneArxivRequest() {
        CliRun.Result r = CliRun.run(dir, env, "lint", "--online", "--allow-private", "--catalog", "list.md");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("list.md:4:10: error link-dead: " + base + "/gone: HTTP 404")
                .contains("list.md:5:9: warning link-moved: " + base + "/old moved for good to " + base + "/new")
                .contains("list.md:8:17: error link-dead: https://arxiv.org/abs/2401.99999: 2401.99999 is not on arXiv")
                .doesNotContain("/fine", "2408.03326:", "2305.10355:");
        assertThat(arxiv.requests).hasSize(1);
        assertThat(arxiv.requests.get(0)).contains("max_results=3");
    }

    @Test
    void theArxivRequestsTakeTheTimeoutOfTheOption() throws IOException {
        try (FakeArxiv hanging = new FakeArxiv().then(FakeArxiv.slow(60_000, FakeArxiv.feed("two.xml")))) {
            Map<String, String> slow = new java.util.HashMap<>(env);
            slow.put("PAPERS_ARXIV_API", hanging.url());
            long t0 = System.nanoTime();
            CliRun.Result r = CliRun.run(dir, slow, "lint", "--online", "--allow-private", "--timeout", "1", "--catalog", "list.md");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.out() + r.err()).contains("arXiv did not answer within 1 s");
            assertThat(ms).as("4 tries of 1 s at most, and the links (the old client waited 30 s a try)").isLessThan(4000 + 5000);
        }
    }

    @Test
    void aPermanentMoveIsCachedAsAMoveAndAChainReportsWhereItEnds() {
        CliRun.Result first = CliRun.run(dir, env, "lint", "--online", "--allow-private", "--catalog", "list.md");
        assertThat(first.out()).contains(base + "/old moved for good to " + base + "/new");
        assertThat(first.err()).contains("papers: checked 6 links: ").contains("1 moved for good");
        int before = hits.get("/old").get();
        CliRun.Result second = CliRun.run(dir, env, "lint", "--online", "--allow-private", "--catalog", "list.md");
        assertThat(hits.get("/old").get()).isEqualTo(before);
        assertThat(second.out()).contains(base + "/old moved for good to " + base + "/new");
        assertThat(second.err()).contains("from the cache");
    }

    @Test
    void aServerErrorAfterRetriesIsSaidAsSuchAndQueueingIsNotCountedAgainstTheDeadline() throws IOException {
        StringBuilder md = new StringBuilder("# L\n\n- [Broken](" + base + "/broken)\n");
        for (int i = 0; i < 4; i++) {
            md.append("- [Slow ").append(i).append("](").append(base).append("/slow?").append(i).append(")\n");
        }
        Files.writeString(dir.resolve("list.md"), md.toString());
        // four slow answers of 0.7 s through one slot: the last waits 2.1 s, but its own request takes 0.7 s
        CliRun.Result r = CliRun.run(dir, env, "lint", "--online", "--allow-private", "--per-host", "1", "--timeout", "2",
                "--catalog", "list.md");
        assertThat(r.out()).contains("link-transient: " + base + "/broken: HTTP 500").doesNotContain("/slow");
        assertThat(r.err()).contains("papers: checked 5 links: 4 ok, 1 transient");
    }

    @Test
    void successesAreCachedFailuresAreNot() {
        CliRun.run(dir, env, "lint", "--online", "--allow-private", "--catalog", "list.md");
        assertThat(hits.get("/fine").get()).isEqualTo(1);
        int gone = hits.get("/gone").get();
        CliRun.run(dir, env, "lint", "--online", "--allow-private", "--catalog", "list.md");
        assertThat(hits.get("/fine").get()).isEqualTo(1);
        assertThat(hits.get("/gone").get()).isGreaterThan(gone);
        CliRun.run(dir, env, "lint", "--online", "--allow-private", "--catalog", "list.md", "--cache-hours", "0");
        assertThat(hits.get("/fine").get()).isEqualTo(2);
    }

    @Test
    void privateTargetsAreRefusedByDefault() {
        CliRun.Result r = CliRun.run(dir, env, "lint", "--online", "--catalog", "list.md");
        assertThat(hits).isEmpty();
        assertThat(r.out()).doesNotContain("/gone");
    }
}
