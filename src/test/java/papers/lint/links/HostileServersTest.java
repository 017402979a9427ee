package papers.lint.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that hang, drip their headers or their body, or refuse HEAD and then hang on GET: a run of
 * links ends within its deadline times the rounds the limits allow, whatever they do. A raw socket
 * server on 127.0.0.1, since the JDK's HTTP server cannot misbehave this way.
 */
class HostileServersTest {
    ServerSocket server;
    final List<Socket> open = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 100, InetAddress.getByName("127.0.0.1"));
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    synchronized (open) {
                        open.add(s);
                    }
                    Thread t = new Thread(() -> serve(s));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        synchronized (open) {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    /** Answers requests on one connection by the first path segment, misbehaving as it names. */
    private static void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = s.getOutputStream()) {
            String requestLine;
            while ((requestLine = in.readLine()) != null) {
                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                    // headers are not needed
                }
                String[] parts = requestLine.split(" ");
                boolean head = parts[0].equals("HEAD");
                String path = parts[1].replaceFirst("\\?.*", "");
                switch (path) {
                    case "/hang" -> Thread.sleep(120_000);
                    case "/drip-headers" -> {
                        out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        for (int i = 0; i < 1000; i++) {
                            out.write('X');
                            out.flush();
                            Thread.sleep(100);
                        }
                    }
                    case "/drip-body" -> {
                        out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        for (int i = 0; !head && i < 100000; i++) {
                            out.write('<');
                            out.flush();
                            Thread.sleep(100);
                        }
                    }
                    case "/no-head-then-hang", "/no-head-then-no-body" -> {
                        if (head) {
                            out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                            out.flush();
                            continue;
                        }
                        if (path.endsWith("hang")) {
                            Thread.sleep(120_000);
                        }
                        out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        Thread.sleep(120_000);
                    }
                    default -> {
                        out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up, or the test is over
        }
    }

    @Test
    void sixteenHostileLinksEndWithinTheDeadlineTimesTheRoundsTheLimitsAllow() {
        String base = "http://127.0.0.1:" + server.getLocalPort();
        List<String> urls = new ArrayList<>();
        for (String kind : List.of("hang", "drip-headers", "drip-body", "no-head-then-hang", "no-head-then-no-body")) {
            for (int i = 0; i < (kind.startsWith("no-head") ? 2 : 4); i++) {
                urls.add(base + "/" + kind + "?" + i);
            }
        }
        assertThat(urls).hasSize(16);
        Duration deadline = Duration.ofSeconds(1);
        int perHost = 8;
        LinkChecker checker = new LinkChecker(new LinkChecker.Settings(64, perHost, deadline, 3, Duration.ofMillis(20), true,
                u -> false, "papers-test"), Resolver.system());
        long t0 = System.nanoTime();
        Map<String, LinkResult> results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checker.check(urls, n -> {}));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long rounds = (urls.size() + perHost - 1) / perHost;
        System.out.printf("16 hostile links, deadline 1 s, 8 per host: %d ms (bound %d ms)%n", ms, rounds * deadline.toMillis());
        assertThat(ms).as("16 links, one host, 8 at a time, 1 s each").isLessThan(rounds * deadline.toMillis() + 1500);
        // a status that came is the answer, whatever the body does after it; no status in time is no answer
        assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.url()).isEqualTo(
                r.url().contains("body") ? LinkStatus.OK : LinkStatus.TRANSIENT));
        assertThat(results.get(base + "/hang?0").detail()).contains("1 s");
    }

    @Test
    void aLinkThatRefusesHeadKeepsItsHostsTurnForTheGet() {
        String base = "http://127.0.0.1:" + server.getLocalPort();
        List<String> urls = List.of(base + "/no-head-then-no-body?0", base + "/hang?0", base + "/hang?1");
        LinkChecker checker = new LinkChecker(new LinkChecker.Settings(64, 1, Duration.ofSeconds(1), 0, Duration.ofMillis(20), true,
                u -> false, "papers-test"), Resolver.system());
        Map<String, LinkResult> results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checker.check(urls, n -> {}));
        // one request at a time to the host, in turn: had the GET queued behind the hanging links, its second would be gone
        assertThat(results.get(urls.get(0)).status()).as(results.get(urls.get(0)).toString()).isEqualTo(LinkStatus.OK);
        assertThat(results.get(urls.get(1)).status()).isEqualTo(LinkStatus.TRANSIENT);
    }
}
