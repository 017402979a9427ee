package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import papers.arxiv.FakeArxiv;

/**
 * {@code papers suggest --pick} as a curator runs it: {@code target/papers} on a pseudo-terminal (made by
 * python3's pty module), answered one key at a time with no Enter, against a stand-in arXiv on 127.0.0.1.
 */
class SuggestPickIT extends FakeArxivCase {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    /**
     * Runs argv[2:] on a new pseudo-terminal; each time the output shows the prompt, types the next key of
     * argv[1] (no Enter); copies the output to stdout and exits with the command's status.
     */
    static final String DRIVER = String.join("\n",
            "import os, pty, select, sys, time",
            "keys, argv = sys.argv[1], sys.argv[2:]",
            "pid, fd = pty.fork()",
            "if pid == 0:",
            "    os.execvp(argv[0], argv)",
            "out, asked, deadline = b'', 0, time.time() + 90",
            "while time.time() < deadline:",
            "    r, _, _ = select.select([fd], [], [], 1)",
            "    if not r:",
            "        continue",
            "    try:",
            "        chunk = os.read(fd, 4096)",
            "    except OSError:",
            "        break",
            "    if not chunk:",
            "        break",
            "    out += chunk",
            "    if out.count(b'[q]uit: ') > asked and asked < len(keys):",
            "        os.write(fd, keys[asked].encode())",
            "        asked += 1",
            "sys.stdout.buffer.write(out)",
            "_, status = os.waitpid(pid, 0)",
            "sys.exit(os.waitstatus_to_exitcode(status))",
            "");

    Path list;

    @BeforeEach
    void writeCatalog() throws Exception {
        list = dir.resolve("README.md");
        Files.writeString(list, SuggestCommandTest.catalog());
        Files.writeString(dir.resolve("papers.yaml"), "suggest:\n  categories: [cs.CV, cs.CL]\n");
    }

    record Run(int code, String out) {}

    /** {@code papers suggest --pick} on a pseudo-terminal over a month of 100 submissions, answered by {@code keys}. */
    Run pick(String keys) throws Exception {
        return pick(keys, "xterm");
    }

    /** The same, with {@code TERM} set to {@code term}. */
    Run pick(String keys, String term) throws Exception {
        assumeTrue(python3Pty(), "python3 (3.9 or newer, with pty) is not installed: skipped");
        fake.then(FakeArxiv.listing(SuggestCommandTest.submissions(100)));
        Path driver = Files.writeString(dir.resolve("pty-driver.py"), DRIVER);
        ProcessBuilder pb = new ProcessBuilder(List.of("python3", driver.toString(), keys,
                PROJECT.resolve("target/papers").toString(), "suggest", "--pick")).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("TERM", term);
        pb.environment().remove("PAPERS_CATALOG");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out.replace("\r\n", "\n"));
    }

    static boolean python3Pty() throws Exception {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pty, os; os.waitstatus_to_exitcode")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void keysWithoutEnterSkipOneAndAddTheOther() throws Exception {
        Run r = pick("ny");
        assertThat(r.code()).as(r.out()).isZero();
        // one key each, answered on the prompt's own line: the terminal was in character mode
        assertThat(r.out()).contains("add to \"Hallucination\"? [y]es, [n]o, [q]uit: n\n",
                "add to \"Video Understanding\"? [y]es, [n]o, [q]uit: y\n", "added Hour-Long Video Question Answering");
        SuggestCommandTest.assertOnlyTheVideoPaperAdded(list);
    }

    @Test
    void aTerminalWithoutColoursStillPicks() throws Exception {
        Run r = pick("yn", "dumb");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("[q]uit: y\n", "added Mitigating Object Hallucination");
        assertThat(Files.readString(list)).contains("Mitigating Object Hallucination").doesNotContain("Hour-Long Video Question");
    }

    @Test
    void quitLeavesTheCatalogAsItWas() throws Exception {
        Run r = pick("q");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("[q]uit: q\n", "nothing accepted; the catalog is unchanged")
                .doesNotContain("add to \"Video Understanding\"");
        assertThat(Files.readString(list)).isEqualTo(SuggestCommandTest.catalog());
    }
}
