package papers.dev;

import java.nio.file.*;
import java.util.Arrays;
import java.util.Map;
import papers.arxiv.FakeArxiv;
import papers.cli.CliRun;

/** Writes golden/<fixture> by adding a paper to a copy of fixtures/<fixture>: review the result by eye. */
public class MakeGolden {
    public static void main(String[] args) throws Exception {
        String name = args[0];
        try (FakeArxiv fake = new FakeArxiv()) {
            fake.then(FakeArxiv.feed(args[1]));
            Path dir = Files.createTempDirectory("golden");
            Files.copy(Path.of("src/test/resources/fixtures/" + name), dir.resolve(name));
            Map<String, String> env = Map.of("PAPERS_ARXIV_API", fake.url(), "PAPERS_CACHE_DIR", dir.resolve("cache").toString(),
                    "PAPERS_ARXIV_INTERVAL_MS", "0");
            String[] rest = Arrays.copyOfRange(args, 2, args.length);
            String[] all = new String[rest.length + 3];
            all[0] = "add"; all[1] = "--catalog"; all[2] = name;
            System.arraycopy(rest, 0, all, 3, rest.length);
            CliRun.Result r = CliRun.run(dir, env, all);
            System.out.println("exit " + r.code() + " " + r.out() + r.err());
            Files.copy(dir.resolve(name), Path.of("src/test/resources/golden/" + name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
