package papers.dev;

import java.nio.file.*;
import java.util.Map;
import papers.arxiv.FakeArxiv;
import papers.cli.CliRun;

public class TryAdd {
    public static void main(String[] args) throws Exception {
        try (FakeArxiv fake = new FakeArxiv()) {
            fake.then(FakeArxiv.feed(args[1]));
            Path dir = Files.createTempDirectory("tryadd");
            for (String name : args[0].split(",")) {
                Files.copy(Path.of("src/test/resources/fixtures/" + name), dir.resolve(name));
            }
            Map<String, String> env = Map.of("PAPERS_ARXIV_API", fake.url(), "PAPERS_CACHE_DIR", dir.resolve("cache").toString(),
                    "PAPERS_ARXIV_INTERVAL_MS", "0");
            String[] rest = java.util.Arrays.copyOfRange(args, 2, args.length);
            String[] all = new String[rest.length + 2];
            all[0] = "add"; all[1] = "--dry-run";
            System.arraycopy(rest, 0, all, 2, rest.length);
            CliRun.Result r = CliRun.run(dir, env, all);
            System.out.println("exit " + r.code());
            System.out.println(r.out());
            System.out.println(r.err());
        }
    }
}
