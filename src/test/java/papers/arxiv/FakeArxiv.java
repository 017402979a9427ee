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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** One submission of a stand-in listing: its id, title, abstract, primary category and day of submission. */
    public record Submission(String id, String title, String summary, String category, LocalDate submitted) {}

    /**
     * Answers listing queries as arXiv does ({@code search_query=(cat:A OR cat:B) AND submittedDate:[FROM TO TO]},
     * newest first, {@code start} and {@code max_results}, at most 2,000 a page, {@code opensearch:totalResults})
     * from {@code all}.
     */
    public static Reply listing(List<Submission> all) {
        return ex -> {
            Map<String, String> params = new HashMap<>();
            for (String p : String.valueOf(ex.getRequestURI().getRawQuery()).split("&")) {
                int eq = p.indexOf('=');
                if (eq > 0) {
                    params.put(p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            String query = params.getOrDefault("search_query", "");
            Set<String> cats = new HashSet<>();
            Matcher c = Pattern.compile("cat:([\\w.-]+)").matcher(query);
            while (c.find()) {
                cats.add(c.group(1));
            }
            Matcher d = Pattern.compile("submittedDate:\\[(\\d{8})\\d{4} TO (\\d{8})\\d{4}]").matcher(query);
            DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
            boolean dated = d.find();
            LocalDate from = dated ? LocalDate.parse(d.group(1), day) : LocalDate.MIN;
            LocalDate to = dated ? LocalDate.parse(d.group(2), day) : LocalDate.MAX;
            List<Submission> matched = all.stream()
                    .filter(x -> cats.contains(x.category()) && !x.submitted().isBefore(from) && !x.submitted().isAfter(to))
                    .sorted(Comparator.comparing(Submission::submitted).reversed().thenComparing(Submission::id)).toList();
            int start = Integer.parseInt(params.getOrDefault("start", "0"));
            int max = Math.min(2_000, Integer.parseInt(params.getOrDefault("max_results", "10")));
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\""
                    + " xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n  <title>ArXiv Query</title>\n"
                    + "  <id>http://arxiv.org/api/test</id>\n  <opensearch:totalResults>" + matched.size()
                    + "</opensearch:totalResults>\n  <opensearch:startIndex>" + start + "</opensearch:startIndex>\n"
                    + "  <opensearch:itemsPerPage>" + max + "</opensearch:itemsPerPage>\n");
            for (Submission x : matched.subList(Math.min(start, matched.size()), Math.min(start + max, matched.size()))) {
                sb.append("  <entry>\n    <id>http://arxiv.org/abs/").append(x.id()).append("v1</id>\n    <published>")
                        .append(x.submitted()).append("T12:00:00Z</published>\n    <updated>").append(x.submitted())
                        .append("T12:00:00Z</updated>\n    <title>").append(escape(x.title())).append("</title>\n    <summary>")
                        .append(escape(x.summary())).append("</summary>\n    <author><name>A. Author</name></author>\n")
                        .append("    <arxiv:primary_category term=\"").append(x.category()).append("\"/>\n  </entry>\n");
            }
            send(ex, 200, sb.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8), "application/atom+xml");
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
