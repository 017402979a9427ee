package papers.arxiv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import papers.catalog.ArxivId;
import papers.net.Budget;
import papers.net.HttpClients;
import papers.net.RetryPolicy;

/**
 * The arXiv query API client: several ids in one request, one request at a time at least
 * {@code interval} apart, retries with exponential backoff and jitter on 429, 5xx, timeouts and
 * resets (honouring {@code Retry-After}, capped at 60 s), never on 400; bodies over 10 MB refused.
 *
 * <pre>{@code
 * ArxivClient client = new ArxivClient(ArxivClient.Settings.defaults(), Map.of());
 * Map<ArxivId, ArxivPaper> papers = client.fetch(List.of(ArxivId.parse("2409.12191").get()));
 * }</pre>
 */
public final class ArxivClient {
    /** The public API. */
    public static final String DEFAULT_API = "http://export.arxiv.org/api/query";
    static final long MAX_BODY = 10L * 1024 * 1024;
    static final int MAX_RETRIES = 3;

    private static final Object GATE = new Object();
    private static long lastRequest;

    private final Settings settings;
    private final HttpClient http;
    private final LongConsumer sleeper;

    /**
     * How to reach arXiv: the API URL, the least pause between requests, the first backoff (doubled on
     * each retry), timeouts, and the User-Agent.
     */
    public record Settings(URI api, Duration interval, Duration backoff, Duration connectTimeout, Duration requestTimeout,
            String userAgent) {
        public Settings {
            Objects.requireNonNull(api, "api");
        }

        public static Settings defaults() {
            return new Settings(URI.create(DEFAULT_API), Duration.ofSeconds(3), Duration.ofSeconds(1),
                    Duration.ofSeconds(10), Duration.ofSeconds(30), "papers (+https://github.com/papers-cli/papers)");
        }

        public Settings withApi(URI uri) {
            return new Settings(uri, interval, backoff, connectTimeout, requestTimeout, userAgent);
        }

        public Settings withInterval(Duration d) {
            return new Settings(api, d, backoff, connectTimeout, requestTimeout, userAgent);
        }

        public Settings withBackoff(Duration d) {
            return new Settings(api, interval, d, connectTimeout, requestTimeout, userAgent);
        }

        public Settings withRequestTimeout(Duration d) {
            return new Settings(api, interval, backoff, connectTimeout, d, userAgent);
        }

        public Settings withUserAgent(String ua) {
            return new Settings(api, interval, backoff, connectTimeout, requestTimeout, ua);
        }
    }

    /** A client for {@code settings}, with the proxies {@code env} names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). */
    public ArxivClient(Settings settings, Map<String, String> env) {
        this(settings, env, ArxivClient::sleep);
    }

    ArxivClient(Settings settings, Map<String, String> env, LongConsumer sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.http = HttpClients.builder(env, settings.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** How many ids one request asks for: the URL stays short (about 1.2 kB) and the answer small. */
    public static final int BATCH = 100;

    /**
     * Fetches {@code ids} in requests of {@link #BATCH} ids (paced as every request is), telling
     * {@code progress} how many are done of how many after each.
     */
    public Map<ArxivId, ArxivPaper> fetchInBatches(List<ArxivId> ids, BiConsumer<Integer, Integer> progress) {
        List<ArxivId> distinct = ids.stream().distinct().toList();
        Map<ArxivId, ArxivPaper> out = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i += BATCH) {
            out.putAll(fetch(distinct.subList(i, Math.min(distinct.size(), i + BATCH))));
            progress.accept(Math.min(distinct.size(), i + BATCH), distinct.size());
        }
        return out;
    }

    /**
     * Fetches {@code ids} in one request; the map has an entry for each id arXiv knows. An id arXiv
     * calls invalid throws {@link ArxivException.Kind#INVALID_ID}.
     */
    public Map<ArxivId, ArxivPaper> fetch(List<ArxivId> ids) {
        Map<ArxivId, ArxivPaper> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<String> list = ids.stream().map(ArxivId::id).distinct().toList();
        String query = "id_list=" + URLEncoder.encode(String.join(",", list), StandardCharsets.UTF_8)
                + "&max_results=" + list.size();
        URI uri = URI.create(settings.api() + (settings.api().getQuery() == null ? "?" : "&") + query);
        AtomParser.Feed feed = request(uri);
        if (feed.error().isPresent()) {
            throw new ArxivException(ArxivException.Kind.INVALID_ID, "arXiv: " + feed.error().get());
        }
        for (ArxivPaper p : feed.papers()) {
            out.put(p.id(), p);
        }
        return out;
    }

    /** The papers of a period as arXiv lists them, newest first; {@code total} is how many arXiv says it has. */
    public record Listing(List<ArxivPaper> papers, int total, int requests) {}

    /** How many papers one page of a listing asks for (arXiv takes up to 2,000; its answer stays about 2 MB). */
    public static final int PAGE = 1_000;
    /** The most papers a listing reads: arXiv's API does not page one query past 10,000 results. */
    public static final int MOST_LISTED = 10_000;

    /**
     * The papers submitted from {@code from} to {@code to} (both whole days, UTC) in any of {@code categories},
     * in pages of {@link #PAGE} paced as every request is, telling {@code progress} how many are read of how many.
     */
    public Listing submitted(List<String> categories, LocalDate from, LocalDate to, BiConsumer<Integer, Integer> progress) {
        String cats = categories.stream().map(c -> "cat:" + c).collect(Collectors.joining(" OR "));
        String query = "(" + cats + ") AND submittedDate:[" + DAY.format(from) + "0000 TO " + DAY.format(to) + "2359]";
        List<ArxivPaper> papers = new ArrayList<>();
        int total = 0;
        int requests = 0;
        for (int start = 0; start == 0 || start < Math.min(total, MOST_LISTED); start += PAGE) {
            String q = "search_query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                    + "&sortBy=submittedDate&sortOrder=descending&start=" + start + "&max_results=" + PAGE;
            AtomParser.Feed feed = request(URI.create(settings.api() + (settings.api().getQuery() == null ? "?" : "&") + q));
            requests++;
            if (feed.error().isPresent()) {
                throw new ArxivException(ArxivException.Kind.INVALID_ID, "arXiv: " + feed.error().get());
            }
            papers.addAll(feed.papers());
            total = Math.max(feed.total(), papers.size());
            progress.accept(papers.size(), total);
            if (feed.papers().isEmpty()) {
                break;
            }
        }
        return new Listing(papers, total, requests);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    /**
     * The feed at {@code uri}: up to {@link #MAX_RETRIES} more tries on what may pass, all of them (and the waits
     * between) within {@link #callBound}; giving up says what happened last, how many tries and how long.
     */
    private AtomParser.Feed request(URI uri) {
        Budget budget = new Budget(callBound(settings.requestTimeout()));
        RetryLater last = null;
        int tries = 0;
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            pace();
            budget.start();
            long left = budget.left();
            Duration timeout = Duration.ofNanos(Math.max(1_000_000, Math.min(settings.requestTimeout().toNanos(), left)));
            tries++;
            try {
                return once(uri, timeout, attempt);
            } catch (RetryLater r) {
                last = r;
            }
            // the next try's wait (the backoff, or arXiv's interval if longer) must leave it time of its own
            long wait = Math.max(last.wait, untilDue());
            if (attempt == MAX_RETRIES || wait * 1_000_000 >= budget.left()) {
                break;
            }
            sleeper.accept(wait);
        }
        ArxivException why = last.why;
        throw new ArxivException(why.kind(), why.getMessage() + (tries > 1 ? " (" + tries + " tries in " + budget.spent() + ")" : ""),
                why.getCause());
    }

    /**
     * The longest one call to arXiv takes, tries and the waits between them included, when a try may take
     * {@code timeout}: {@code (MAX_RETRIES + 1) x timeout}.
     */
    public static Duration callBound(Duration timeout) {
        return timeout.multipliedBy(MAX_RETRIES + 1);
    }

    /** A failure worth another try: why, and how long to wait first. */
    private static final class RetryLater extends Exception {
        private static final long serialVersionUID = 1L;
        final ArxivException why;
        final long wait;

        RetryLater(ArxivException why, long wait) {
            super(why.getMessage(), null, false, false);
            this.why = why;
            this.wait = wait;
        }
    }

    /** One try of {@code uri} within {@code timeout}: the feed, an {@link ArxivException} that no retry mends, or {@link RetryLater}. */
    private AtomParser.Feed once(URI uri, Duration timeout, int attempt) throws RetryLater {
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/atom+xml")
                .GET().build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<InputStream> resp;
            try {
                resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            } finally {
                finished();
            }
            long left = timeout.toNanos() - (System.nanoTime() - t0);
            return answer(resp, Duration.ofNanos(Math.max(1, left)), attempt);
        } catch (HttpTimeoutException e) {
            throw new RetryLater(new ArxivException(ArxivException.Kind.NETWORK, "arXiv did not answer within "
                    + seconds(settings.requestTimeout()), e), backoff(attempt));
        } catch (ConnectException e) {
            throw new RetryLater(new ArxivException(ArxivException.Kind.NETWORK, "cannot connect to " + uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + " (" + describe(e) + ")", e), backoff(attempt));
        } catch (TooLarge e) {
            throw new ArxivException(ArxivException.Kind.BAD_RESPONSE, e.getMessage(), e);
        } catch (IOException e) {
            throw new RetryLater(new ArxivException(ArxivException.Kind.NETWORK, "connection to arXiv failed: " + describe(e), e),
                    backoff(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArxivException(ArxivException.Kind.NETWORK, "interrupted", e);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** The feed of a 200 answer; an error for a 400 (arXiv's message) or another status, 429 and 5xx worth a retry. */
    private AtomParser.Feed answer(HttpResponse<InputStream> resp, Duration left, int attempt) throws IOException, RetryLater {
        int status = resp.statusCode();
        try (InputStream body = new Limited(resp.body(), MAX_BODY);
                Deadline deadline = new Deadline(resp.body(), left)) {
            if (status == 200) {
                try {
                    return AtomParser.parse(body);
                } catch (ArxivException e) {
                    if (deadline.expired()) {
                        throw new HttpTimeoutException("body not received in time");
                    }
                    throw e;
                }
            }
            if (status == 400) {
                AtomParser.Feed feed = safeParse(body);
                throw new ArxivException(ArxivException.Kind.INVALID_ID, "arXiv: " + feed.error().orElse("bad request (HTTP 400)"));
            }
            if (status == 429 || status >= 500) {
                throw new RetryLater(new ArxivException(ArxivException.Kind.NETWORK, "arXiv answered HTTP " + status),
                        RetryPolicy.retryAfter(resp.headers()).orElse(backoff(attempt)));
            }
            throw new ArxivException(ArxivException.Kind.NETWORK, "arXiv answered HTTP " + status);
        }
    }

    private static AtomParser.Feed safeParse(InputStream body) {
        try {
            return AtomParser.parse(body);
        } catch (ArxivException e) {
            return new AtomParser.Feed(List.of(), Optional.empty(), -1);
        }
    }

    private static String describe(IOException e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : "connection failed";
    }

    /** Exponential backoff with jitter: backoff × 2^attempt, plus up to half of that again. */
    long backoff(int attempt) {
        return RetryPolicy.backoff(settings.backoff(), attempt);
    }

    /** Milliseconds until the next request is due by the interval. */
    private long untilDue() {
        synchronized (GATE) {
            return lastRequest == 0 ? 0 : Math.max(0, lastRequest + settings.interval().toMillis() - System.currentTimeMillis());
        }
    }

    /** One request at a time, at least {@code interval} after the previous one. */
    private void pace() {
        synchronized (GATE) {
            long now = System.currentTimeMillis();
            long due = lastRequest + settings.interval().toMillis();
            if (lastRequest > 0 && now < due) {
                sleeper.accept(due - now);
            }
            lastRequest = System.currentTimeMillis();
        }
    }

    /** The pause counts from the end of a request too: arXiv asks for time between requests, not between starts. */
    private static void finished() {
        synchronized (GATE) {
            lastRequest = System.currentTimeMillis();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArxivException(ArxivException.Kind.NETWORK, "interrupted", e);
        }
    }


    /** Closes a response body that is still being read when the request's time is up (a slow drip). */
    private static final class Deadline implements AutoCloseable {
        private final Thread watchdog;
        private volatile boolean expired;

        Deadline(InputStream body, Duration timeout) {
            watchdog = new Thread(() -> {
                try {
                    Thread.sleep(timeout.toMillis());
                    expired = true;
                    body.close();
                } catch (InterruptedException | IOException ignored) {
                    // finished in time, or already closed
                }
            }, "papers-arxiv-deadline");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        boolean expired() {
            return expired;
        }

        @Override
        public void close() {
            watchdog.interrupt();
        }
    }

    /** A body longer than the limit is an error, not a hang or an out-of-memory. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the arXiv response is over " + limit / (1024 * 1024) + " MB; refusing to read more");
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > limit) {
                throw new TooLarge(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new TooLarge(limit);
                }
            }
            return n;
        }
    }

}
