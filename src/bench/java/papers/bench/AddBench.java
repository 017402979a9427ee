package papers.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Add, remove and import figures, end to end through target/papers: {@code add --arxiv} of one paper
 * into a 100,000-entry catalog (arXiv answered by a local stand-in on 127.0.0.1), {@code move} of it to
 * another section and {@code remove} of it, each with the first search after it, and {@code import} of a 10,000-entry list into a copy of data/.
 *
 * <p>Run: {@code src/bench/run add}.
 */
public final class AddBench {
    private AddBench() {}

    static final String FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
            + "<entry><id>http://arxiv.org/abs/2409.12191v2</id><published>2024-09-18T17:59:32Z</published>\n"
            + "<title>Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution</title>\n"
            + "<summary>Benchmark text: a vision-language model that reads images at native resolution.</summary>\n"
            + "<author><name>Peng Wang</name></author><author><name>Shuai Bai</name></author>\n"
            + "<arxiv:primary_category term=\"cs.CV\"/></entry></feed>\n";

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("papers-add-bench");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Map<String, String> env = Map.of("PAPERS_CACHE_DIR", work.resolve("cache").toString(),
                    "PAPERS_ARXIV_API", "http://127.0.0.1:" + server.getAddress().getPort() + "/api/query",
                    "PAPERS_ARXIV_INTERVAL_MS", "0");
            Path big = Files.createDirectories(work.resolve("big"));
            Files.writeString(big.resolve("README.md"), ParseBench.synthetic(100_000), StandardCharsets.UTF_8);
            Files.writeString(big.resolve("papers.yaml"), "files: [README.md]\n");
            Path launcher = Path.of("target", "papers").toAbsolutePath();
            double index = SearchBench.time(List.of(launcher.toString(), "index", "--catalog", big.toString()), work, env);
            double add = SearchBench.time(List.of(launcher.toString(), "add", "--arxiv", "2409.12191", "--catalog",
                    big.toString()), work, env);
            System.out.printf("add --arxiv of one paper into 100,000 entries, end to end: %.2f s (index built before: %.1f s)%n",
                    add / 1000, index / 1000);
            double search = SearchBench.time(List.of(launcher.toString(), "search", "Qwen2-VL", "--catalog", big.toString()),
                    work, env);
            System.out.printf("the first search after that add: %.2f s%n", search / 1000);
            double move = SearchBench.time(List.of(launcher.toString(), "move", "2409.12191", "--section", "Topic 4", "--catalog",
                    big.toString()), work, env);
            double afterMove = SearchBench.time(List.of(launcher.toString(), "search", "Qwen2-VL", "--catalog", big.toString()),
                    work, env);
            System.out.printf("move of that paper to another section of 100,000 entries, end to end: %.2f s; "
                    + "the first search after it: %.2f s%n", move / 1000, afterMove / 1000);
            double remove = SearchBench.time(List.of(launcher.toString(), "remove", "2409.12191", "--catalog", big.toString()),
                    work, env);
            double after = SearchBench.time(List.of(launcher.toString(), "search", "Qwen2-VL", "--catalog", big.toString()),
                    work, env);
            System.out.printf("remove of that paper from 100,000 entries, end to end: %.2f s; the first search after it: %.2f s%n",
                    remove / 1000, after / 1000);

            Path data = Files.createDirectories(work.resolve("data"));
            for (String f : List.of("README.md", "papers.yaml")) {
                Files.copy(Path.of("data", f), data.resolve(f));
            }
            Path list = work.resolve("list-10000.md");
            Files.writeString(list, ParseBench.synthetic(10_000).replace("(https://arxiv.org/abs/", "(https://arxiv.org/abs/9")
                    .replace("(https://arxiv.org/pdf/", "(https://arxiv.org/pdf/9").replace("arXiv:", "arXiv:9"),
                    StandardCharsets.UTF_8);
            double imp = SearchBench.time(List.of(launcher.toString(), "import", list.toString(), "--catalog", data.toString()),
                    work, env);
            System.out.printf("import of a 10,000-entry list into data/, end to end: %.2f s%n", imp / 1000);
        } finally {
            server.stop(0);
        }
    }
}
