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

    /** pre-commit is needed: in CI (.ci/run installs it) its absence fails the test; elsewhere it skips. */
    static void needPreCommit() {
        if (System.getenv("CI") != null) {
            assertThat(onPath("pre-commit")).as("pre-commit on PATH in CI (.ci/run installs it)").isTrue();
        }
        assumeTrue(onPath("pre-commit"), "pre-commit is not installed: skipped (apt-get install pre-commit)");
    }

    @Test
    void theHookLintsWhatIsStagedNotTheWorkingTree() throws Exception {
        assertThat(run(repo, LAUNCHER.toString(), "hook", "install").code()).isZero();
        Path list = repo.resolve("my list.md");
        // a broken line staged, then mended in the working tree only: the commit would hold it broken
        Files.writeString(list, BAD);
        run(repo, "git", "add", "my list.md");
        Files.writeString(list, GOOD);
        Run blocked = run(repo, "git", "commit", "-q", "-m", "bad");
        assertThat(blocked.code()).as(blocked.out()).isNotZero();
        assertThat(blocked.out()).contains("my list.md:3:3: error link-empty");
        // a clean change staged, with a broken edit left unstaged: the commit is clean
        run(repo, "git", "add", "my list.md");
        Files.writeString(list, BAD);
        Run ok = run(repo, "git", "commit", "-q", "-m", "good");
        assertThat(ok.code()).as(ok.out()).isZero();
    }

    @Test
    void anErrorAlreadyCommittedDoesNotBlockALaterCleanChangeUnlessHookIsAll() throws Exception {
        Files.writeString(repo.resolve("README.md"), BAD);
        run(repo, "git", "add", "README.md");
        assertThat(run(repo, "git", "commit", "-q", "-m", "before the hook").code()).isZero();
        assertThat(run(repo, LAUNCHER.toString(), "hook", "install").code()).isZero();
        Files.writeString(repo.resolve("README.md"), BAD + "- [Another Paper](https://arxiv.org/abs/2401.00003)\n");
        run(repo, "git", "add", "README.md");
        Run ok = run(repo, "git", "commit", "-q", "-m", "clean change");
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("1 older finding on unchanged lines left out");
        Files.writeString(repo.resolve("papers.yaml"), "lint:\n  hook: all\n");
        Files.writeString(repo.resolve("README.md"), BAD + "- [Third Paper](https://arxiv.org/abs/2401.00004)\n");
        run(repo, "git", "add", "README.md", "papers.yaml");
        Run blocked = run(repo, "git", "commit", "-q", "-m", "all");
        assertThat(blocked.code()).as(blocked.out()).isNotZero();
        assertThat(blocked.out()).contains("README.md:3:3: error link-empty");
    }

    @Test
    void theHookGoesWhereCoreHooksPathSaysAndKeepsAForeignHook() throws Exception {
        run(repo, "git", "config", "core.hooksPath", ".githooks");
        Path hooks = Files.createDirectories(repo.resolve(".githooks"));
        Files.writeString(hooks.resolve("pre-commit"), "#!/bin/sh\necho the old hook ran\n");
        hooks.resolve("pre-commit").toFile().setExecutable(true);
        Run refused = run(repo, LAUNCHER.toString(), "hook", "install");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(run(repo, LAUNCHER.toString(), "hook", "install", "--force").code()).isZero();
        assertThat(hooks.resolve("pre-commit.legacy")).exists();
        Files.writeString(repo.resolve("README.md"), GOOD);
        run(repo, "git", "add", "README.md");
        Run ok = run(repo, "git", "commit", "-q", "-m", "good");
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("no problems in 1 file", "the old hook ran");
        assertThat(run(repo, LAUNCHER.toString(), "hook", "uninstall").code()).isZero();
        assertThat(Files.readString(hooks.resolve("pre-commit"))).contains("the old hook ran");
        assertThat(hooks.resolve("pre-commit.legacy")).doesNotExist();
    }

    @Test
    void readmesPreCommitSnippetWorksAsWritten() throws Exception {
        needPreCommit();
        String readme = Files.readString(PROJECT.resolve("README.md"));
        int at = readme.indexOf("<!-- pre-commit-snippet -->");
        assertThat(at).as("README marks its pre-commit snippet").isPositive();
        int from = readme.indexOf("```yaml\n", at) + 8;
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), readme.substring(from, readme.indexOf("```", from)));
        run(repo, "git", "add", ".pre-commit-config.yaml");
        assertThat(run(repo, "pre-commit", "install").code()).isZero();
        Files.writeString(repo.resolve("README.md"), BAD);
        run(repo, "git", "add", "README.md");
        Run blocked = run(repo, "git", "commit", "-q", "-m", "bad");
        assertThat(blocked.code()).as(blocked.out()).isNotZero();
        assertThat(blocked.out()).contains("README.md:3:3: error link-empty");
        Files.writeString(repo.resolve("README.md"), GOOD);
        run(repo, "git", "add", "README.md");
        Run ok = run(repo, "git", "commit", "-q", "-m", "good");
        assertThat(ok.code()).as(ok.out()).isZero();
    }

    @Test
    void preCommitFrameworkRunsThePapersLintHook() throws Exception {
        needPreCommit();
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

    @Test
    void theFixHookFixesTheWorkingTreeAndFailsWhenItChangedAFile() throws Exception {
        needPreCommit();
        assumeTrue(Files.isDirectory(PROJECT.resolve(".git")), "the project is not a git checkout: skipped");
        Files.writeString(repo.resolve("README.md"), "# L\n\n- [P](http://arxiv.org/abs/2401.00001)\n");
        run(repo, "git", "add", "README.md");
        String[] cmd = {"pre-commit", "try-repo", PROJECT.toString(), "papers-lint-fix", "--files", "README.md"};
        Run fixed = run(repo, cmd);
        assertThat(fixed.code()).as(fixed.out()).isNotZero();
        assertThat(fixed.out()).contains("papers: fixed README.md");
        assertThat(Files.readString(repo.resolve("README.md"))).isEqualTo("# L\n\n- [P](https://arxiv.org/abs/2401.00001)\n");
        run(repo, "git", "add", "README.md");
        Run again = run(repo, cmd);
        assertThat(again.code()).as(again.out()).isZero();
    }
}
