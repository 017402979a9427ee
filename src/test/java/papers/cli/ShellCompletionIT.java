package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion in real shells: bash by its completion variables, zsh typed into under tmux. */
class ShellCompletionIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    Path bin;

    @BeforeEach
    void setUp() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("papers"), PROJECT.resolve("target/papers"));
        try (InputStream in = getClass().getResourceAsStream("/fixtures/bold-title-blocks.md")) {
            Files.write(dir.resolve("README.md"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("papers.yaml"), "files: [README.md]\n");
    }

    String run(String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false);
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("ZDOTDIR", dir.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv("PATH").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void bashCompletesCommandsOptionsAndTagsFromTheCatalog() throws Exception {
        assumeTrue(onPath("bash"), "bash is not installed: skipped");
        String script = PROJECT.resolve("completions/papers.bash").toString();
        String commands = run("bash", "-c", "source '" + script + "'; COMP_WORDS=(papers sea); COMP_CWORD=1; _complete_papers; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertThat(commands.lines()).containsExactly("search");
        String options = run("bash", "-c", "source '" + script + "'; COMP_WORDS=(papers list --sec); COMP_CWORD=2; "
                + "_complete_papers; printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertThat(options.lines()).containsExactly("--section");
        String tags = run("bash", "-c", "source '" + script + "'; COMP_WORDS=(papers list --tag ev); COMP_CWORD=3; "
                + "_complete_papers; printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertThat(tags.lines()).containsExactly("evaluation");
    }

    @Test
    void zshCompletesUnderTmux() throws Exception {
        assumeTrue(onPath("zsh") && onPath("tmux"), "zsh or tmux is not installed: skipped (apt-get install zsh tmux)");
        Files.writeString(dir.resolve(".zshrc"), "PS1='%# '\nsource '" + PROJECT.resolve("completions/papers.zsh") + "'\n");
        String session = "papers-" + ProcessHandle.current().pid();
        String socket = dir.resolve("tmux.sock").toString();
        run("tmux", "-S", socket, "new-session", "-d", "-s", session, "-x", "150", "-y", "20",
                "cd '" + dir + "' && PATH='" + bin + "':$PATH ZDOTDIR='" + dir + "' zsh -i");
        try {
            assertThat(typeAndRead(socket, session, "papers sea", "papers search")).contains("papers search");
            run("tmux", "-S", socket, "send-keys", "-t", session, "C-u");
            assertThat(typeAndRead(socket, session, "papers list --tag ev", "--tag evaluation")).contains("--tag evaluation");
        } finally {
            run("tmux", "-S", socket, "kill-server");
        }
    }

    private String typeAndRead(String socket, String session, String text, String expect) throws Exception {
        Thread.sleep(500);
        run("tmux", "-S", socket, "send-keys", "-t", session, text, "Tab");
        String screen = "";
        for (int i = 0; i < 40 && !screen.contains(expect); i++) {
            Thread.sleep(250);
            screen = run("tmux", "-S", socket, "capture-pane", "-p", "-t", session);
        }
        return screen;
    }

}
