package papers.arxiv;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the arXiv API on 127.0.0.1: each request is answered by the next queued reply
 * (the last one repeats), and every request is recorded.
 */
public final class FakeArxiv implements AutoCloseable {
    /** How to answer one request. */
    @FunctionalInterface
    public interface Reply {
        void send(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private volatile Reply last = FakeArxiv.status(500, "no reply queued");
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final List<String> userAgents = new CopyOnWriteArrayList<>();
    public final List<Long> times = new CopyOnWriteArrayList<>();

    public FakeArxiv() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestURI().toString());
            userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
            times.add(System.currentTimeMillis());
            Reply r = replies.poll();
            if (r != null) {
                last = r;
            } else {
                r = last;
            }
            try {
                r.send(ex);
            } catch (IOException e) {
                // the client went away: fine for fault tests
            } finally {
                ex.close();
            }
        });
        server.setExecutor(Executors.newCachedThreadPool(t -> {
            Thread th = new Thread(t, "fake-arxiv");
            th.setDaemon(true);
            return th;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/query";
    }

    public FakeArxiv then(Reply r) {
        replies.add(r);
        return this;
    }

    public static Reply feed(String resource) {
        return ex -> {
            byte[] body;
            try (InputStream in = FakeArxiv.class.getResourceAsStream("/arxiv/" + resource)) {
                body = in.readAllBytes();
            }
            send(ex, 200, body, "application/atom+xml");
        };
    }

    /** Answers with {@code atom}, a feed written by the test. */
    public static Reply atom(String atom) {
        return ex -> send(ex, 200, atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml");
    }

    /** Answers each request with the feed {@code feedFor} writes for the ids it asks for ({@code id_list}). */
    public static Reply byIds(Function<List<String>, String> feedFor) {
        return ex -> {
            String query = String.valueOf(ex.getRequestURI().getRawQuery());
            Matcher m = Pattern.compile("(?:^|&)id_list=([^&]*)").matcher(query);
            List<String> ids = m.find() ? List.of(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8).split(","))
                    : List.of();
            send(ex, 200, feedFor.apply(ids).getBytes(StandardCharsets.UTF_8), "application/atom+xml");
        };
    }

    /** One feed entry: id, latest version, title, journal reference (or null) and authors. */
    public static String entry(String id, int version, String title, String journalRef, String... authors) {
        StringBuilder sb = new StringBuilder("  <entry>\n    <id>http://arxiv.org/abs/" + id + "v" + version + "</id>\n"
                + "    <published>20" + id.substring(0, 2) + "-" + id.substring(2, 4) + "-10T00:00:00Z</published>\n"
                + "    <updated>2025-01-01T00:00:00Z</updated>\n    <title>" + title + "</title>\n"
                + "    <summary>A summary written for the papers tests.</summary>\n");
        for (String a : authors) {
            sb.append("    <author><name>").append(a).append("</name></author>\n");
        }
        if (journalRef != null) {
            sb.append("    <arxiv:journal_ref xmlns:arxiv=\"http://arxiv.org/schemas/atom\">").append(journalRef)
                    .append("</arxiv:journal_ref>\n");
        }
        return sb.append("  </entry>\n").toString();
    }

    /** A feed of {@code entries}. */
    public static String feedOf(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <title>ArXiv Query</title>\n  <id>http://arxiv.org/api/test</id>\n" + String.join("", entries) + "</feed>\n";
    }

    public static Reply status(int code, String text) {
        return ex -> send(ex, code, text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    public static Reply statusWithHeader(int code, String header, String value) {
        return ex -> {
            ex.getResponseHeaders().add(header, value);
            send(ex, code, new byte[0], "text/plain");
        };
    }

    /** Waits {@code millis} before answering with {@code then}. */
    public static Reply slow(long millis, Reply then) {
        return ex -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.send(ex);
        };
    }

    /** Sends headers, then bytes forever (until the client hangs up), or a slow drip. */
    public static Reply endless(int chunk, long pauseMillis) {
        return ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/atom+xml");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>".getBytes(StandardCharsets.UTF_8));
                byte[] junk = "a".repeat(chunk).getBytes(StandardCharsets.UTF_8);
                long deadline = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < deadline) {
                    out.write(junk);
                    out.flush();
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Closes the connection without an answer. */
    public static Reply reset() {
        return ex -> {
            ex.getHttpContext().getServer();
            throw new IOException("reset");
        };
    }

    static void send(HttpExchange ex, int code, byte[] body, String type) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
