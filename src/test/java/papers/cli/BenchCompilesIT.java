package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks in src/bench still compile against the built jar (src/bench/run compiles them the same way). */
class BenchCompilesIT {
    @TempDir
    Path out;

    @Test
    void benchmarksCompile() throws Exception {
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-cp",
                Path.of("target", "papers.jar").toString()));
        try (Stream<Path> s = Files.walk(Path.of("src", "bench", "java"))) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        // the stand-in arXiv of the tests serves the suggest benchmark
        args.add(Path.of("src", "test", "java", "papers", "arxiv", "FakeArxiv.java").toString());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, null, errors, args.toArray(String[]::new));
        assertThat(code).as(errors.toString()).isZero();
    }
}
