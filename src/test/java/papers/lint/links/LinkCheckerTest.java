package papers.lint.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The link checker against servers on 127.0.0.0/8 only. */
class LinkCheckerTest {
    final List<HttpServer> servers = new ArrayList<>();
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final Map<String, AtomicInteger> hostInFlight = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> hostMax = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    /** A server on {@code address} answering /PATH by rules read from the path itself. */
    String serve(String address, long delayMillis) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 100);
        String host = address + ":" + s.getAddress().getPort();
        s.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            int h = hostInFlight.computeIfAbsent(host, k -> new AtomicInteger()).incrementAndGet();
            hostMax.computeIfAbsent(host, k -> new AtomicInteger()).accumulateAndGet(h, Math::max);
            try {
                Thread.sleep(delayMillis);
                int code = 200;
                if (path.startsWith("/status/")) {
                    code = Integer.parseInt(path.substring(8));
                } else if (path.startsWith("/moved")) {
                    ex.getResponseHeaders().add("Location", "/ok");
                    code = 301;
                } else if (path.startsWith("/found")) {
                    ex.getResponseHeaders().add("Location", "/ok");
                    code = 302;
                } else if (path.startsWith("/loop")) {
                    ex.getResponseHeaders().add("Location", "/loop");
                    code = 302;
                } else if (path.startsWith("/nohead") && ex.getRequestMethod().equals("HEAD")) {
                    code = 405;
                } else if (path.startsWith("/busy-once") && hits.get(path).get() == 1) {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    code = 429;
                } else if (path.startsWith("/slow")) {
                    Thread.sleep(3000);
                }
                // counted out before the answer goes, so the client's next request cannot race the count
                inFlight.decrementAndGet();
                hostInFlight.get(host).decrementAndGet();
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
        return "http://" + host;
    }

    static LinkChecker checker(int concurrency, int perHost, boolean allowPrivate, Resolver resolver) {
        return new LinkChecker(new LinkChecker.Settings(concurrency, perHost, Duration.ofSeconds(5), 3, Duration.ofMillis(20),
                allowPrivate, u -> u.contains("/excluded"), "papers-test"), resolver);
    }

    @Test
    void linksAreCheckedThroughTheProxyTheEnvironmentNames() throws IOException {
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        proxy.createContext("/", ex -> {
            asked.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        proxy.start();
        servers.add(proxy);
        Resolver loopback = host -> new InetAddress[] {InetAddress.getByName("127.0.0.2")};
        LinkChecker c = new LinkChecker(new LinkChecker.Settings(2, 2, Duration.ofSeconds(5), 0, Duration.ofMillis(20), true,
                u -> false, "papers-test"), loopback, Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.getAddress().getPort()));
        Map<String, LinkResult> out = c.check(List.of("http://papers-proxied.test/ok"), n -> { });
        assertThat(out.get("http://papers-proxied.test/ok").status()).isEqualTo(LinkStatus.OK);
        assertThat(asked).contains("HEAD http://papers-proxied.test/ok");
    }

    @Test
    void outcomesOfEachKindOfAnswer() throws IOException {
        String base = serve("127.0.0.1", 0);
        List<String> urls = List.of(base + "/ok", base + "/status/404", base + "/status/410", base + "/status/403",
                base + "/status/401", base + "/status/999", base + "/status/503", base + "/moved", base + "/found",
                base + "/loop", base + "/nohead", base + "/busy-once", base + "/excluded");
        Map<String, LinkResult> r = checker(8, 4, true, Resolver.system()).check(urls, n -> {});
        assertThat(r.get(base + "/ok").status()).isEqualTo(LinkStatus.OK);
        assertThat(r.get(base + "/status/404").status()).isEqualTo(LinkStatus.DEAD);
        assertThat(r.get(base + "/status/410").status()).isEqualTo(LinkStatus.DEAD);
        assertThat(r.get(base + "/status/403").status()).isEqualTo(LinkStatus.BLOCKED);
        assertThat(r.get(base + "/status/401").status()).isEqualTo(LinkStatus.BLOCKED);
        assertThat(r.get(base + "/status/999").status()).isEqualTo(LinkStatus.BLOCKED);
        assertThat(r.get(base + "/status/503").status()).isEqualTo(LinkStatus.TRANSIENT);
        assertThat(hits.get("/status/503").get()).isEqualTo(4);
        assertThat(r.get(base + "/moved").status()).isEqualTo(LinkStatus.OK);
        assertThat(r.get(base + "/moved").movedTo()).isEqualTo(base + "/ok");
        assertThat(r.get(base + "/found").movedTo()).isNull();
        assertThat(r.get(base + "/loop").status()).isEqualTo(LinkStatus.DEAD);
        assertThat(r.get(base + "/loop").detail()).contains("more than 10 redirects");
        assertThat(r.get(base + "/nohead").status()).isEqualTo(LinkStatus.OK);
        assertThat(r.get(base + "/busy-once").status()).isEqualTo(LinkStatus.OK);
        assertThat(hits.get("/busy-once").get()).isEqualTo(2);
        assertThat(r.get(base + "/excluded").status()).isEqualTo(LinkStatus.EXCLUDED);
        assertThat(hits).doesNotContainKey("/excluded");
    }

    @Test
    void globalAndPerHostLimitsHold() throws IOException {
        List<String> urls = new ArrayList<>();
        for (int h = 2; h <= 5; h++) {
            String base = serve("127.0.0." + h, 40);
            for (int i = 0; i < 30; i++) {
                urls.add(base + "/ok/" + i);
            }
        }
        Map<String, LinkResult> r = checker(8, 3, true, Resolver.system()).check(urls, n -> {});
        assertThat(r.values()).allMatch(x -> x.status() == LinkStatus.OK);
        assertThat(maxInFlight.get()).isLessThanOrEqualTo(8);
        assertThat(hostMax.values()).allMatch(m -> m.get() <= 3);
        assertThat(hostMax.values()).anyMatch(m -> m.get() == 3);
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() throws IOException {
        String base = serve("127.0.0.1", 0);
        LinkResult r = checker(4, 2, false, Resolver.system()).check(List.of(base + "/ok"), n -> {}).get(base + "/ok");
        assertThat(r.status()).isEqualTo(LinkStatus.EXCLUDED);
        assertThat(r.detail()).contains("private address", "--allow-private");
        assertThat(hits).isEmpty();
    }

    @Test
    void aSlowServerMeetsTheDeadline() throws IOException {
        String base = serve("127.0.0.1", 0);
        LinkChecker c = new LinkChecker(new LinkChecker.Settings(4, 2, Duration.ofMillis(600), 3, Duration.ofMillis(20), true,
                u -> false, "papers-test"), Resolver.system());
        long t0 = System.nanoTime();
        LinkResult r = c.check(List.of(base + "/slow"), n -> {}).get(base + "/slow");
        assertThat(r.status()).isEqualTo(LinkStatus.TRANSIENT);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3000);
    }

    @Test
    void unknownHostsAreDeadAndNoHostAtAllMeansNoNetwork() throws IOException {
        String base = serve("127.0.0.1", 0);
        Resolver some = host -> {
            if (host.equals("no-such-host.test")) {
                throw new UnknownHostException(host);
            }
            return InetAddress.getAllByName(host);
        };
        LinkChecker c = checker(4, 2, true, some);
        Map<String, LinkResult> r = c.check(List.of("http://no-such-host.test/x", base + "/ok"), n -> {});
        assertThat(r.get("http://no-such-host.test/x").status()).isEqualTo(LinkStatus.DEAD);
        assertThat(c.noHostResolved()).isFalse();
        LinkChecker none = checker(4, 2, true, host -> {
            throw new UnknownHostException(host);
        });
        none.check(List.of("http://a.test/", "http://b.test/"), n -> {});
        assertThat(none.noHostResolved()).isTrue();
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() throws IOException {
        String base = serve("127.0.0.1", 0);
        int port = servers.get(0).getAddress().getPort();
        // the start host counts as public here (its address is a literal, so nothing is looked up);
        // it redirects to localhost, which resolves to a loopback address and must not be followed
        Resolver resolver = host -> host.equals("127.0.0.1") ? new InetAddress[] {InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34})}
                : new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        HttpServer redirector = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        redirector.createContext("/", ex -> {
            ex.getResponseHeaders().add("Location", "http://localhost:" + port + "/ok");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        redirector.start();
        servers.add(redirector);
        String start = "http://127.0.0.1:" + redirector.getAddress().getPort() + "/go";
        LinkResult r = checker(4, 2, false, resolver).check(List.of(start), n -> {}).get(start);
        assertThat(r.status()).isEqualTo(LinkStatus.EXCLUDED);
        assertThat(r.detail()).contains("private address 127.0.0.1");
        assertThat(hits).doesNotContainKey("/ok");
        assertThat(base).startsWith("http://127.0.0.1:");
    }

    @Test
    void redirectsIntoEveryRangeThatIsNotPublicAreRefused() throws IOException {
        // names the test resolves to those addresses: were one followed, the HTTP client's own lookup of the
        // name would fail, so nothing is ever sent outside 127.0.0.1
        Map<String, String> targets = Map.of("metadata.test", "::a9fe:a9fe", "nat64.test", "64:ff9b::a9fe:a9fe",
                "shared.test", "100.64.0.1", "bench.test", "198.18.0.1", "broadcast.test", "255.255.255.255");
        Resolver resolver = host -> targets.containsKey(host) ? new InetAddress[] {InetAddress.getByName(targets.get(host))}
                : new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})};
        HttpServer redirector = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        redirector.createContext("/", ex -> {
            ex.getResponseHeaders().add("Location", "http://" + ex.getRequestURI().getPath().substring(1) + "/latest/");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        redirector.start();
        servers.add(redirector);
        String base = "http://127.0.0.1:" + redirector.getAddress().getPort() + "/";
        List<String> urls = targets.keySet().stream().map(h -> base + h).toList();
        Map<String, LinkResult> results = checker(4, 2, false, resolver).check(urls, n -> {});
        for (String u : urls) {
            String address = targets.get(u.substring(base.length()));
            assertThat(results.get(u).status()).as(u).isEqualTo(LinkStatus.EXCLUDED);
            assertThat(results.get(u).detail()).as(u).contains("private address " + InetAddress.getByName(address).getHostAddress());
        }
    }

    @Test
    void anInvalidCertificateIsReportedInBoundedTime() throws Exception {
        Path ks = Files.createTempFile("papers-test", ".p12");
        Files.delete(ks);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit",
                "-alias", "self", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-validity", "2")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Assumptions.assumeTrue(keytool.waitFor() == 0, "keytool failed: skipped");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(
                new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(ssl));
        https.createContext("/", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        https.start();
        try {
            String url = "https://127.0.0.1:" + https.getAddress().getPort() + "/self-signed";
            long t0 = System.nanoTime();
            LinkResult r = checker(4, 2, true, Resolver.system()).check(List.of(url), n -> {}).get(url);
            assertThat(r.status()).isEqualTo(LinkStatus.TRANSIENT);
            assertThat(r.detail()).containsIgnoringCase("connection failed");
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
        } finally {
            https.stop(0);
        }
    }
}
