package papers.lint.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javax.net.ssl.SSLSession;
import papers.net.Addresses;
import papers.net.Budget;
import papers.net.HttpClients;
import papers.net.RetryPolicy;

/**
 * Checks that URLs answer: HEAD, then GET where HEAD is refused; redirects followed (up to 10, the
 * permanent ones reported); a deadline per URL; retries with backoff on 408, 429, 5xx, timeouts and
 * resets (honouring Retry-After, capped at 60 s); at most {@code concurrency} requests in flight, and
 * {@code perHost} to any one host. Targets that are not public ({@link Addresses}) are refused unless allowed.
 */
public final class LinkChecker {
    /** Limits and policies of a run. */
    public record Settings(int concurrency, int perHost, Duration deadline, int retries, Duration backoff,
            boolean allowPrivate, Predicate<String> excluded, String userAgent) {}

    private final Settings settings;
    private final Resolver resolver;
    private final HttpClient http;
    private final Semaphore global;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final AtomicInteger resolved = new AtomicInteger();
    private final AtomicInteger unresolved = new AtomicInteger();
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "papers-links-deadline");
        t.setDaemon(true);
        return t;
    });

    public LinkChecker(Settings settings, Resolver resolver) {
        this(settings, resolver, Map.of());
    }

    /** A checker that goes through the proxies {@code env} names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). */
    public LinkChecker(Settings settings, Resolver resolver, Map<String, String> env) {
        this.settings = settings;
        this.resolver = resolver;
        this.global = new Semaphore(settings.concurrency());
        this.http = HttpClients.builder(env, settings.deadline())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "papers-links-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    /** Checks every URL, in parallel within the limits; {@code progress} hears how many are done. */
    public Map<String, LinkResult> check(List<String> urls, IntConsumer progress) {
        Map<String, LinkResult> out = new LinkedHashMap<>();
        // more workers than the limit: a worker waiting out a Retry-After holds no permit, and must not hold up others
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.concurrency() * 2, urls.size())),
                r -> {
                    Thread t = new Thread(r, "papers-links");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Map<String, Future<LinkResult>> futures = new LinkedHashMap<>();
            for (String u : urls) {
                futures.put(u, pool.submit(() -> checkOne(u)));
            }
            int done = 0;
            for (Map.Entry<String, Future<LinkResult>> f : futures.entrySet()) {
                try {
                    out.put(f.getKey(), f.getValue().get());
                } catch (Exception e) {
                    out.put(f.getKey(), new LinkResult(f.getKey(), LinkStatus.TRANSIENT, 0, "check failed: " + e, null));
                }
                progress.accept(++done);
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** True when at least one host was looked up and none could be: the network is down, not the links. */
    public boolean noHostResolved() {
        return resolved.get() == 0 && unresolved.get() > 0;
    }

    LinkResult checkOne(String url) {
        if (settings.excluded().test(url)) {
            return new LinkResult(url, LinkStatus.EXCLUDED, 0, "excluded", null);
        }
        Budget deadline = new Budget(settings.deadline());
        String current = url;
        String movedTo = null;
        boolean permanent = false;
        for (int hop = 0; hop <= 10; hop++) {
            URI uri;
            try {
                uri = URI.create(current);
            } catch (IllegalArgumentException e) {
                return new LinkResult(url, LinkStatus.DEAD, 0, "not a valid URL", null);
            }
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return new LinkResult(url, LinkStatus.EXCLUDED, 0, "not an http(s) URL", null);
            }
            Optional<LinkResult> refused = refusedHost(url, uri.getHost());
            if (refused.isPresent()) {
                return refused.get();
            }
            Attempt a = withRetries(uri, deadline);
            if (a.result != null) {
                return new LinkResult(url, a.result.status(), a.result.code(), a.result.detail(), movedTo);
            }
            int code = a.code;
            if (code >= 300 && code < 400 && a.location != null) {
                String next = uri.resolve(a.location).toString();
                // a chain that starts with a permanent move reports where it ends
                permanent = hop == 0 ? code == 301 || code == 308 : permanent;
                if (permanent) {
                    movedTo = next;
                }
                current = next;
                continue;
            }
            return classify(url, code, movedTo);
        }
        return new LinkResult(url, LinkStatus.DEAD, 0, "more than 10 redirects", movedTo);
    }

    private Optional<LinkResult> refusedHost(String url, String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
            resolved.incrementAndGet();
        } catch (UnknownHostException e) {
            unresolved.incrementAndGet();
            return Optional.of(new LinkResult(url, LinkStatus.DEAD, 0, "host " + host + " does not exist", null));
        }
        if (!settings.allowPrivate()) {
            for (InetAddress a : addresses) {
                if (!Addresses.isPublic(a)) {
                    return Optional.of(new LinkResult(url, LinkStatus.EXCLUDED, 0, "private address " + a.getHostAddress()
                            + " (use --allow-private to check it)", null));
                }
            }
        }
        return Optional.empty();
    }

    private record Attempt(int code, String location, LinkResult result) {}

    /** Thrown when a URL's time ran out before its request could be sent (waiting for its host's turn). */
    private static final class OutOfTime extends IOException {
        private static final long serialVersionUID = 1L;

        OutOfTime() {
            super("deadline", null);
        }
    }

    /** What happened last, after {@code tries} tries: said as it was, with the count when there were several. */
    private static Attempt gaveUp(LinkResult last, int tries) {
        return new Attempt(0, null, tries < 2 ? last
                : new LinkResult(last.url(), last.status(), last.code(), last.detail() + " (" + tries + " tries)", null));
    }

    /** One URL's request, retried on what may pass; stops at the deadline, saying what happened last. */
    private Attempt withRetries(URI uri, Budget deadline) {
        LinkResult last = null;
        LinkResult noAnswer = new LinkResult(uri.toString(), LinkStatus.TRANSIENT, 0,
                "no answer within " + settings.deadline().toSeconds() + " s", null);
        int tries = 0;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (deadline.left() <= 0) {
                return last != null ? gaveUp(last, tries) : new Attempt(0, null, noAnswer);
            }
            long wait;
            tries++;
            try {
                HttpResponse<Void> r = headThenGet(uri, deadline);
                int code = r.statusCode();
                if (code == 408 || code == 429 || (code >= 500 && code < 600)) {
                    last = new LinkResult(uri.toString(), LinkStatus.TRANSIENT, code, "HTTP " + code, null);
                    wait = RetryPolicy.retryAfter(r.headers()).orElse(RetryPolicy.backoff(settings.backoff(), attempt));
                } else {
                    return new Attempt(code, r.headers().firstValue("Location").orElse(null), null);
                }
            } catch (OutOfTime e) {
                return last != null ? gaveUp(last, tries - 1) : new Attempt(0, null, noAnswer);
            } catch (HttpTimeoutException e) {
                last = noAnswer;
                wait = RetryPolicy.backoff(settings.backoff(), attempt);
            } catch (ConnectException e) {
                last = new LinkResult(uri.toString(), LinkStatus.TRANSIENT, 0, "connection refused", null);
                wait = RetryPolicy.backoff(settings.backoff(), attempt);
            } catch (IOException e) {
                last = new LinkResult(uri.toString(), LinkStatus.TRANSIENT, 0, "connection failed: " + e.getMessage(), null);
                wait = RetryPolicy.backoff(settings.backoff(), attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Attempt(0, null, new LinkResult(uri.toString(), LinkStatus.TRANSIENT, 0, "interrupted", null));
            }
            if (attempt < settings.retries()) {
                long sleep = Math.min(wait, Math.max(0, deadline.left() / 1_000_000));
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return last == null ? new Attempt(0, null, noAnswer) : gaveUp(last, tries);
    }

    /**
     * HEAD, and GET where HEAD is refused, within the global and per-host limits; the URL's clock starts
     * once it holds both, and it keeps them for the GET (another URL of the host must not take its turn
     * between the two and leave it waiting out its own deadline).
     */
    private HttpResponse<Void> headThenGet(URI uri, Budget deadline) throws IOException, InterruptedException {
        String host = uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        Semaphore perHost = hosts.computeIfAbsent(host, h -> new Semaphore(settings.perHost(), true));
        // the host's permit first: waiting for a busy host must not hold a place another host could use;
        // a host's URLs take their turns in order
        perHost.acquire();
        try {
            global.acquire();
            try {
                deadline.start();
                HttpResponse<Void> r = send(uri, "HEAD", deadline);
                int code = r.statusCode();
                return code == 405 || code == 501 || code == 400 ? send(uri, "GET", deadline) : r;
            } finally {
                global.release();
            }
        } finally {
            perHost.release();
        }
    }

    private HttpResponse<Void> send(URI uri, String method, Budget deadline) throws IOException, InterruptedException {
        long nanosLeft = deadline.left();
        if (nanosLeft <= 0) {
            throw new OutOfTime();
        }
        HttpRequest req = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofNanos(nanosLeft))
                .header("User-Agent", settings.userAgent())
                .build();
        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        drain(r.body(), deadline.left());
        return new Stripped(r);
    }

    /**
     * Reads and drops up to 64 KB of a body (so that the connection can serve the next request), closing it
     * when the URL's time is up: the status has come, and a body that drips or never comes must not hold the run.
     */
    private void drain(InputStream body, long nanosLeft) {
        ScheduledFuture<?> cut = closer.schedule(() -> closeQuietly(body), Math.max(0, nanosLeft), TimeUnit.NANOSECONDS);
        try (body) {
            body.readNBytes(64 * 1024);
        } catch (IOException e) {
            // cut off, or the server hung up: the status stands
        } finally {
            cut.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static LinkResult classify(String url, int code, String movedTo) {
        if (code >= 200 && code < 300) {
            return new LinkResult(url, LinkStatus.OK, code, "ok", movedTo);
        }
        if (code == 404 || code == 410) {
            return new LinkResult(url, LinkStatus.DEAD, code, "HTTP " + code, movedTo);
        }
        if (code == 401 || code == 403 || code == 999) {
            return new LinkResult(url, LinkStatus.BLOCKED, code, "HTTP " + code + " (the site does not let papers check)", movedTo);
        }
        if (code >= 300 && code < 400) {
            return new LinkResult(url, LinkStatus.DEAD, code, "redirect (HTTP " + code + ") with no Location", movedTo);
        }
        return new LinkResult(url, LinkStatus.DEAD, code, "HTTP " + code, movedTo);
    }

    /** A response whose body has been read and dropped. */
    private static final class Stripped implements HttpResponse<Void> {
        private final HttpResponse<InputStream> r;

        Stripped(HttpResponse<InputStream> r) {
            this.r = r;
        }

        @Override
        public int statusCode() {
            return r.statusCode();
        }

        @Override
        public HttpRequest request() {
            return r.request();
        }

        @Override
        public Optional<HttpResponse<Void>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return r.headers();
        }

        @Override
        public Void body() {
            return null;
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return r.sslSession();
        }

        @Override
        public URI uri() {
            return r.uri();
        }

        @Override
        public HttpClient.Version version() {
            return r.version();
        }
    }
}
