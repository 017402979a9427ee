package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import papers.arxiv.FakeArxiv;

/**
 * The JSON every command prints under {@code --json}, pinned: the editing commands' account of what they did
 * (entries with file and line), and index, toc, init, hook and {@code lint --rules}. Scripts read these
 * shapes; regenerate with {@code -Dgolden.update=true} only for a change that is meant.
 */
class JsonOutputGoldenTest extends FakeArxivCase {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "json");

    private void pin(String name, CliRun.Result r) throws IOException {
        assertThat(r.out()).as(name + ": " + r.err()).startsWith("{").doesNotContain("\nadded ", "\n---");
        String out = r.out().replace(dir.toString(), "DIR").replaceAll("\"ms\" : \\d+", "\"ms\" : 0");
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, out);
        }
        assertThat(out).as(name).isEqualTo(Files.readString(golden));
    }

    @Test
    void editingCommandsSayWhatTheyDidAsJson() throws IOException {
        fixture("numbered-notes.md");
        fixture("link-bullets.md");
        fake.then(FakeArxiv.feed("two.xml"));
        CliRun.Result add = CliRun.run(dir, env, "--json", "add", "--catalog", "numbered-notes.md", "--arxiv", "2408.03326",
                "2408.03326");
        assertThat(add.code()).isEqualTo(1);
        pin("add", add);
        pin("add-dry-run", CliRun.run(dir, env, "--json", "add", "--catalog", "numbered-notes.md", "--title", "A Hand Made Paper",
                "--url", "https://example.org/p.pdf", "--section", "Models", "--dry-run"));
        pin("update", CliRun.run(dir, env, "--json", "update", "--catalog", "numbered-notes.md", "2408.03326", "--offline"));
        pin("move", CliRun.run(dir, env, "--json", "move", "--catalog", "numbered-notes.md", "2408.03326", "--section", "Preference Learning"));
        pin("remove", CliRun.run(dir, env, "--json", "remove", "--catalog", "numbered-notes.md", "2408.03326"));
        pin("import", CliRun.run(dir, env, "--json", "import", "--catalog", "numbered-notes.md", "link-bullets.md", "--dry-run"));
    }

    @Test
    void theOtherCommandsToo() throws Exception {
        fixture("lint-problems.md");
        pin("lint-rules", CliRun.run(dir, env, "--json", "lint", "--rules"));
        pin("index", CliRun.run(dir, env, "--json", "index", "--catalog", "lint-problems.md"));
        CliRun.Result toc = CliRun.run(dir, env, "--json", "toc", "--catalog", "lint-problems.md");
        assertThat(toc.out()).startsWith("[");
        Path golden = GOLDEN.resolve("toc.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, toc.out());
        }
        assertThat(toc.out()).isEqualTo(Files.readString(golden));
        Path list = Files.createDirectories(dir.resolve("list"));
        Files.copy(dir.resolve("lint-problems.md"), list.resolve("README.md"));
        pin("init", CliRun.run(list, env, "--json", "init"));
        Process git = new ProcessBuilder("git", "init", "-q").directory(list.toFile()).redirectErrorStream(true).start();
        if (git.waitFor() == 0) {
            pin("hook-install", CliRun.run(list, env, "--json", "hook", "install"));
            pin("hook-uninstall", CliRun.run(list, env, "--json", "hook", "uninstall"));
        }
    }
}
