package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** completions/ holds what the command model generates now: this fails when a command changed and they did not. */
class CompletionsTest {
    @ParameterizedTest
    @CsvSource({"bash, papers.bash", "zsh, papers.zsh"})
    void committedScriptsAreCurrent(String shell, String file) throws IOException {
        Context ctx = new Context(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
                Path.of("").toAbsolutePath());
        String generated = CompletionCommand.script(shell, ctx);
        assertThat(Files.readString(Path.of("completions", file)))
                .as("completions/%s is stale: run target/papers completion %s > completions/%s", file, shell, file)
                .isEqualTo(generated);
        assertThat(generated).contains("papers complete tags", "search", "--catalog");
    }
}
