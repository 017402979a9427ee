package papers.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process through the same factory as {@code main}, capturing what it prints. */
public final class CliRun {
    public record Result(int code, String out, String err) {}

    private CliRun() {}

    public static Result run(Path workingDir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> e = new HashMap<>(env);
        e.putIfAbsent("HOME", workingDir.toString());
        int code = Main.run(new Context(new PrintWriter(out, true), new PrintWriter(err, true), e, workingDir), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** As on a terminal {@code width} columns wide. */
    public static Result runTty(Path workingDir, Map<String, String> env, int width, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> e = new HashMap<>(env);
        e.putIfAbsent("HOME", workingDir.toString());
        int code = Main.run(new Context(new PrintWriter(out, true), new PrintWriter(err, true), e, workingDir, true, width), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** With {@code stdin} as the standard input. */
    public static Result runWithInput(Path workingDir, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> e = new HashMap<>(Map.of("HOME", workingDir.toString()));
        int code = Main.run(new Context(new PrintWriter(out, true), new PrintWriter(err, true), e, workingDir, false, 0,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
        return new Result(code, out.toString(), err.toString());
    }

    public static Result run(Path workingDir, String... args) {
        return run(workingDir, Map.of(), args);
    }
}
