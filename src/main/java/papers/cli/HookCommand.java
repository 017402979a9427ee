package papers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.catalog.edit.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papers hook install|uninstall}: the git pre-commit hook that runs papers lint on staged Markdown. */
@Command(name = "hook",
        header = "Install or remove the git pre-commit hook.",
        description = "Install or remove a git pre-commit hook that runs 'papers lint --staged': the staged Markdown files, "
                + "as the commit will hold them. The hooks directory is git's own (core.hooksPath is honoured).",
        footer = {"", "Examples:", "  papers hook install", "  papers hook install --force   # replace a hook papers did not write",
            "  papers hook uninstall", "", "With the pre-commit framework, use the papers-lint hook of .pre-commit-hooks.yaml instead."})
final class HookCommand implements Callable<Integer> {
    static final String MARK = "# papers-lint hook: written by 'papers hook install'";

    private final Context ctx;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ACTION", description = "install or uninstall.")
    String action;

    @Option(names = "--force", description = "Replace a pre-commit hook that papers did not write.")
    boolean force;

    HookCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Path hooks = new Git(ctx.workingDir()).hooksDir();
        Path hook = hooks.resolve("pre-commit");
        Path legacy = hooks.resolve("pre-commit.legacy");
        boolean ours = Files.isRegularFile(hook) && Files.readString(hook, StandardCharsets.UTF_8).contains(MARK);
        switch (action) {
            case "install" -> install(hook, legacy, ours);
            case "uninstall" -> uninstall(hook, legacy, ours);
            default -> throw new UserException(ExitCode.USAGE, "ACTION: '" + action + "' is not install or uninstall");
        }
        if (((PapersCommand) spec.parent().userObject()).json) {
            Json.print(out(), done);
        }
        return ExitCode.OK.code();
    }

    /** Writes the hook; a foreign one is refused, or with --force kept as pre-commit.legacy and run after ours. */
    private void install(Path hook, Path legacy, boolean ours) throws IOException {
        if (Files.exists(hook) && !ours) {
            if (!force) {
                throw new UserException(ExitCode.REFUSED, hook + " exists and was not written by papers; "
                        + "--force keeps it as pre-commit.legacy and runs it after papers");
            }
            if (Files.exists(legacy)) {
                throw new UserException(ExitCode.REFUSED, legacy + " exists already; move one of the two hooks away first");
            }
            Files.move(hook, legacy);
            say("kept", legacy, "kept the hook that was there as " + legacy);
        }
        Files.createDirectories(hook.getParent());
        String launcher = ctx.env().getOrDefault("PAPERS_LAUNCHER", "papers");
        String script = "#!/bin/sh\n" + MARK + "\n"
                + "# Lints the staged Markdown files as they will be committed; remove with 'papers hook uninstall'.\n"
                + "papers=$(command -v papers 2>/dev/null || echo '" + launcher.replace("'", "'\\''") + "')\n"
                + "\"$papers\" lint --staged || exit $?\n"
                + "# a hook that was here before papers runs after it\n"
                + "legacy=\"$(dirname \"$0\")/pre-commit.legacy\"\n"
                + "if [ -x \"$legacy\" ]; then exec \"$legacy\" \"$@\"; fi\n";
        AtomicFile.write(hook, script.getBytes(StandardCharsets.UTF_8));
        hook.toFile().setExecutable(true, false);
        say("installed", hook, "installed " + hook);
    }

    /** Removes our hook, putting back the one it kept. */
    private void uninstall(Path hook, Path legacy, boolean ours) throws IOException {
        if (!Files.exists(hook)) {
            say("removed", null, "no pre-commit hook to remove");
        } else if (!ours) {
            throw new UserException(ExitCode.REFUSED, hook + " was not written by papers; leaving it");
        } else {
            Files.delete(hook);
            say("removed", hook, "removed " + hook);
            if (Files.exists(legacy)) {
                Files.move(legacy, hook);
                say("restored", hook, "put back " + hook + " (from pre-commit.legacy)");
            }
        }
    }

    /** What was done, for --json: each key once, with the path it concerns (null: none). */
    private final Map<String, Object> done = new LinkedHashMap<>();

    /** Says what was done: as a line of text, or under {@code key} in the JSON. */
    private void say(String key, Path path, String text) {
        if (((PapersCommand) spec.parent().userObject()).json) {
            done.put(key, path == null ? null : path.toString());
        } else {
            out().println(text);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
