package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-commit hook in a scratch git repository: through 'papers hook install', and through the pre-commit framework. */
class LintHookIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path LAUNCHER = PROJECT.resolve("target/papers");

    @TempDir
    Path dir;

    Path repo;
    Path bin;

    record Run(int code, String out) {}

    Run run(Path cwd, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("PRE_COMMIT_HOME", dir.resolve("pre-commit-home").toString());
        pb.environment().put("GIT_AUTHOR_NAME", "Test");
        pb.environment().put("GIT_AUTHOR_EMAIL", "test@example.org");
        pb.environment().put("GIT_COMMITTER_NAME", "Test");
        pb.environment().put("GIT_COMMITTER_EMAIL", "test@example.org");
        pb.environment().remove("PAPERS_CATALOG");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv("PATH").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    @BeforeEach
    void repo() throws Exception {
        assumeTrue(onPath("git"), "git is not installed: hook tests skipped");
        bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("papers"), LAUNCHER);
        repo = Files.createDirectories(dir.resolve("repo"));
        assertThat(run(repo, "git", "init", "-q").code()).isZero();
    }

    static final String BAD = "# List\n\n- [Broken Paper]()\n- [Fine Paper](https://arxiv.org/abs/2401.00001)\n";
    static final String GOOD = "# List\n\n- [Mended Paper](https://arxiv.org/abs/2401.00002)\n- [Fine Paper](https://arxiv.org/abs/2401.00001)\n";

    @Test
    void installedHookBlocksACommitWithLintErrors() throws Exception {
        assertThat(run(repo, LAUNCHER.toString(), "hook", "install").code()).isZero();
        Files.writeString(repo.resolve("README.md"), BAD);
        run(repo, "git", "add", "README.md");
        Run blocked = run(repo, "git", "commit", "-q", "-m", "bad");
        assertThat(blocked.code()).isNotZero();
        assertThat(blocked.out()).contains("README.md:3:3: error link-empty");
        Files.writeString(repo.resolve("README.md"), GOOD);
        run(repo, "git", "add", "README.md");
        Run ok = run(repo, "git", "commit", "-q", "-m", "good");
        assertThat(ok.code()).as(ok.out()).isZero();
    }

    @Test
    void preCommitFrameworkRunsThePapersLintHook() throws Exception {
        assumeTrue(onPath("pre-commit"), "pre-commit is not installed: skipped (apt-get install pre-commit)");
        assumeTrue(Files.isDirectory(PROJECT.resolve(".git")), "the project is not a git checkout: skipped");
        Files.writeString(repo.resolve("README.md"), BAD);
        run(repo, "git", "add", "README.md");
        List<String> cmd = new ArrayList<>(List.of("pre-commit", "try-repo", PROJECT.toString(), "papers-lint", "--files", "README.md"));
        Run bad = run(repo, cmd.toArray(String[]::new));
        assertThat(bad.code()).as(bad.out()).isNotZero();
        assertThat(bad.out()).contains("papers lint", "error link-empty");
        Files.writeString(repo.resolve("README.md"), GOOD);
        run(repo, "git", "add", "README.md");
        Run good = run(repo, cmd.toArray(String[]::new));
        assertThat(good.code()).as(good.out()).isZero();
        assertThat(good.out()).contains("Passed");
    }
}
