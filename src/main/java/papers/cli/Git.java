package papers.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few git questions the hook asks, answered by the {@code git} on PATH in the working directory. */
final class Git {
    private static final long TIMEOUT_S = 60;
    /** A hunk of {@code diff -U0}: where its lines are in the new text, and how many. */
    private static final Pattern HUNK = Pattern.compile("(?m)^@@ -\\S+ \\+(\\d+)(?:,(\\d+))? @@");

    private final Path dir;

    Git(Path dir) {
        this.dir = dir;
    }

    /** The output of {@code git ARGS}; a git that is missing, fails or hangs is a one-line error (exit 2). */
    byte[] run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new UserException(ExitCode.USAGE, "git is not on PATH (" + e.getMessage() + ")");
        }
        try (InputStream out = p.getInputStream(); InputStream err = p.getErrorStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.transferTo(bytes);
            String message = new String(err.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UserException(ExitCode.FAILURE, "git " + String.join(" ", args) + ": no answer in " + TIMEOUT_S + " s");
            }
            if (p.exitValue() != 0) {
                throw new UserException(ExitCode.USAGE, "git " + args[0] + ": " + (message.isEmpty() ? "failed" : message.lines()
                        .findFirst().orElse("")));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UserException(ExitCode.FAILURE, "git " + args[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCode.FAILURE, "interrupted");
        }
    }

    private String text(String... args) {
        return new String(run(args), StandardCharsets.UTF_8).strip();
    }

    private Path top;

    /** The top of the working tree (asked of git once). */
    Path top() {
        if (top == null) {
            top = Path.of(text("rev-parse", "--show-toplevel"));
        }
        return top;
    }

    /** Where the hooks live, as git finds them ({@code core.hooksPath} honoured). */
    Path hooksDir() {
        return dir.resolve(text("rev-parse", "--git-path", "hooks")).normalize();
    }

    /** The staged Markdown files (added, copied, modified, renamed), from the top of the tree, any name. */
    List<String> stagedMarkdown() {
        List<String> out = new ArrayList<>();
        String z = new String(run("diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"), StandardCharsets.UTF_8);
        for (String name : z.split("\0")) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && (lower.endsWith(".md") || lower.endsWith(".markdown"))) {
                out.add(name);
            }
        }
        return out;
    }

    /** True when {@code git ARGS} exits 0 (its output unread). */
    boolean succeeds(String... args) {
        try {
            run(args);
            return true;
        } catch (UserException e) {
            return false;
        }
    }

    /**
     * The lines of {@code file} (1-based, in its new text) that differ from {@code ref}: the staged text when
     * {@code staged}, else the working tree's. Every line of a file {@code ref} does not have.
     */
    Set<Integer> changedLines(String ref, Path file, boolean staged, int lineCount) {
        String path = top().relativize(file.toAbsolutePath().normalize()).toString();
        Set<Integer> out = new HashSet<>();
        if (!succeeds("cat-file", "-e", ref + ":" + path)) {
            for (int i = 1; i <= lineCount; i++) {
                out.add(i);
            }
            return out;
        }
        List<String> args = new ArrayList<>(List.of("diff", "-U0", "--no-color", "--no-ext-diff"));
        if (staged) {
            args.add("--cached");
        }
        args.addAll(List.of(ref, "--", ":(top,literal)" + path));
        String diff = new String(run(args.toArray(String[]::new)), StandardCharsets.UTF_8);
        Matcher m = HUNK.matcher(diff);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            for (int i = from; i < from + count; i++) {
                out.add(i);
            }
        }
        return out;
    }

    /** The staged bytes of {@code path} (from the top of the tree): what the commit will hold. */
    byte[] staged(String path) {
        return run("cat-file", "blob", ":" + path);
    }
}
