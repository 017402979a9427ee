package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papers.arxiv.FakeArxiv;

/** Every way arXiv can fail: the right message and exit code, and the catalog untouched. */
class ArxivFaultsTest {
    @TempDir
    Path dir;

    FakeArxiv fake;
    Map<String, String> env;
    Path file;
    String before;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeArxiv();
        env = new HashMap<>(Map.of("PAPERS_ARXIV_API", fake.url(), "PAPERS_CACHE_DIR", dir.resolve("cache").toString(),
                "PAPERS_ARXIV_INTERVAL_MS", "0", "PAPERS_ARXIV_BACKOFF_MS", "20", "PAPERS_ARXIV_TIMEOUT_MS", "1500"));
        try (InputStream in = getClass().getResourceAsStream("/fixtures/venue-prefixed.md")) {
            file = Files.write(dir.resolve("list.md"), in.readAllBytes());
        }
        before = Files.readString(file);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    CliRun.Result add(String id) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.run(dir, env, "add", "--catalog", "list.md", "--arxiv", id));
    }

    void assertUntouched(CliRun.Result r) throws IOException {
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void serviceUnavailableThenSuccessIsRetried() {
        fake.then(FakeArxiv.status(503, "busy")).then(FakeArxiv.feed("qwen2vl.xml"));
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(fake.requests).hasSize(2);
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() {
        fake.then(FakeArxiv.statusWithHeader(429, "Retry-After", "1")).then(FakeArxiv.feed("qwen2vl.xml"));
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(fake.times).hasSize(2);
        assertThat(fake.times.get(1) - fake.times.get(0)).isGreaterThanOrEqualTo(950);
    }

    @Test
    void persistentServerErrorsGiveUpAfterThreeRetries() throws IOException {
        fake.then(FakeArxiv.status(502, "bad gateway"));
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("HTTP 502 (4 tries in ");
        assertThat(fake.requests).hasSize(4);
        assertUntouched(r);
    }

    @Test
    void slowAnswerTimesOut() throws IOException {
        fake.then(FakeArxiv.slow(4000, FakeArxiv.feed("qwen2vl.xml")));
        long t0 = System.currentTimeMillis();
        env.put("PAPERS_ARXIV_TIMEOUT_MS", "300");
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("did not answer");
        assertThat(fake.requests).hasSize(4);
        assertThat(System.currentTimeMillis() - t0).isLessThan(20_000);
        assertUntouched(r);
    }

    @Test
    void aHangingArxivIsGivenUpWithinFourTimesTheTimeoutOfTheOptionSayingHowLongItTried() throws IOException {
        fake.then(FakeArxiv.slow(30_000, FakeArxiv.feed("qwen2vl.xml")));
        env.put("PAPERS_ARXIV_INTERVAL_MS", "400");
        env.put("PAPERS_ARXIV_TIMEOUT_MS", "60000");
        long t0 = System.nanoTime();
        CliRun.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.run(dir, env, "add", "--catalog", "list.md", "--timeout", "1", "--arxiv", "2409.12191"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).containsPattern("arXiv did not answer within 1 s \\([234] tries in [0-4]\\.\\d s\\)");
        assertThat(ms).as("4 x --timeout, and the command around it").isLessThan(4000 + 4000);
        assertUntouched(r);
    }

    @Test
    void aTimeoutBelowOneSecondIsAUsageError() {
        CliRun.Result r = CliRun.run(dir, env, "update", "--catalog", "list.md", "--timeout", "0", "--all");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--timeout: 0");
        assertThat(fake.requests).isEmpty();
    }

    @Test
    void aGzippedBodyIsRefusedInOneLineOfPapersOwn() throws IOException {
        fake.then(ex -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(new byte[1_000_000]);
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, zipped.size());
            ex.getResponseBody().write(zipped.toByteArray());
            ex.close();
        });
        assertRefusedInPapersOwnLine("papers: the arXiv response is gzip-compressed");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedWithoutTheXmlParsersOwnMessage() throws IOException {
        fake.then(ex -> {
            byte[] body = "<feed>\u00e9\u00e9</feed>".getBytes(StandardCharsets.ISO_8859_1);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        assertRefusedInPapersOwnLine("papers: the arXiv response is not a readable Atom feed: it is not UTF-8 text");
    }

    /** {@code add} fails (exit 3) saying {@code start} in papers' one line, no library prints, the catalog is untouched. */
    void assertRefusedInPapersOwnLine(String start) throws IOException {
        StringBuilder printed = new StringBuilder();
        CliRun.Result r = withSystemErr(printed, () -> add("2409.12191"));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith(start);
        assertThat(printed).as("what a library printed on stderr").isEmpty();
        assertUntouched(r);
    }

    /** What {@code run} returns, with what was printed on {@code System.err} meanwhile (by a library) in {@code printed}. */
    static CliRun.Result withSystemErr(StringBuilder printed, java.util.function.Supplier<CliRun.Result> run) {
        java.io.PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return run.get();
        } finally {
            System.setErr(saved);
            printed.append(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aTitleOfTwoMegabytesFromArxivIsRefusedAndNothingWritten() throws IOException {
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(FakeArxiv.entry("2409.12191", 1, "Wordy ".repeat(350_000), null, "Ann Author"))));
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("a title of 2,100,000 characters (at most 2,000 taken); refusing it");
        assertUntouched(r);
    }

    @Test
    void slowDripBodyIsCutOffAtTheDeadline() throws IOException {
        fake.then(FakeArxiv.endless(10, 200));
        env.put("PAPERS_ARXIV_TIMEOUT_MS", "500");
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertUntouched(r);
    }

    @Test
    void endlessBodyIsCutOffAtTenMegabytes() throws IOException {
        fake.then(FakeArxiv.endless(64 * 1024, 0));
        env.put("PAPERS_ARXIV_TIMEOUT_MS", "30000");
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("over 10 MB");
        assertThat(fake.requests).hasSize(1);
        assertUntouched(r);
    }

    @Test
    void malformedXmlIsABadResponse() throws IOException {
        fake.then(FakeArxiv.feed("malformed.xml"));
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("not a readable Atom feed");
        assertUntouched(r);
    }

    @Test
    void doctypeAndExternalEntitiesAreNeverResolved() throws IOException {
        fake.then(FakeArxiv.feed("doctype.xml"));
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("root:");
        assertUntouched(r);
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        fake.then(FakeArxiv.feed("bomb.xml"));
        long t0 = System.currentTimeMillis();
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertThat(System.currentTimeMillis() - t0).isLessThan(10_000);
        assertUntouched(r);
    }

    @Test
    void errorEntryIsAnInvalidIdAndIsNotRetried() throws IOException {
        fake.then(ex -> {
            byte[] body;
            try (InputStream in = getClass().getResourceAsStream("/arxiv/error.xml")) {
                body = in.readAllBytes();
            }
            ex.sendResponseHeaders(400, body.length);
            ex.getResponseBody().write(body);
        });
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("incorrect id format");
        assertThat(fake.requests).hasSize(1);
        assertUntouched(r);
    }

    @Test
    void emptyFeedIsNotFound() throws IOException {
        fake.then(FakeArxiv.feed("empty.xml"));
        CliRun.Result r = add("2409.99999");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("2409.99999: not found on arXiv");
        assertUntouched(r);
    }

    @Test
    void connectionRefusedIsANetworkFailure() throws IOException {
        fake.close();
        CliRun.Result r = add("2409.12191");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("cannot connect to 127.0.0.1");
        assertUntouched(r);
    }

    @Test
    void malformedIdsNeverReachTheNetwork() throws IOException {
        CliRun.Result r = add("not-an-id");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--arxiv: 'not-an-id' is not an arXiv id");
        assertThat(fake.requests).isEmpty();
        assertUntouched(r);
    }

    @Test
    void oldStyleIdsAndDoisComeThrough() throws IOException {
        fake.then(FakeArxiv.feed("oldstyle.xml"));
        assertThat(add("hep-th/9901001v1").code()).isZero();
        assertThat(Files.readString(file)).contains("[A Fixture Paper With An Old-Style Identifier](https://arxiv.org/abs/hep-th/9901001)");
        fake.then(FakeArxiv.feed("doi.xml"));
        CliRun.Result r = add("2304.08485");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(file)).contains("NeurIPS 2023 [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485)");
    }
}
