package papers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import papers.catalog.edit.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers hook install|uninstall}: the git pre-commit hook that runs papers lint on staged Markdown. */
@Command(name = "hook",
        header = "Install or remove the git pre-commit hook.",
        description = "Install or remove a git pre-commit hook that runs 'papers lint' on the staged Markdown files.",
        footer = {"", "Examples:", "  papers hook install", "  papers hook install --force   # replace a hook papers did not write",
            "  papers hook uninstall", "", "With the pre-commit framework, use the papers-lint hook of .pre-commit-hooks.yaml instead."})
final class HookCommand implements Callable<Integer> {
    static final String MARK = "# papers-lint hook: written by 'papers hook install'";

    private final Context ctx;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ACTION", description = "install or uninstall.")
    String action;

    @Option(names = "--force", description = "Replace a pre-commit hook that papers did not write.")
    boolean force;

    HookCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Path git = gitDir();
        Path hook = git.resolve("hooks").resolve("pre-commit");
        boolean ours = Files.isRegularFile(hook) && Files.readString(hook, StandardCharsets.UTF_8).contains(MARK);
        switch (action) {
            case "install" -> {
                if (Files.exists(hook) && !ours && !force) {
                    throw new UserException(ExitCode.REFUSED, hook + " exists and was not written by papers; "
                            + "use --force to replace it");
                }
                Files.createDirectories(hook.getParent());
                String launcher = ctx.env().getOrDefault("PAPERS_LAUNCHER", "papers");
                String script = "#!/bin/sh\n" + MARK + "\n"
                        + "# Lints the staged Markdown files; remove with 'papers hook uninstall'.\n"
                        + "papers=$(command -v papers 2>/dev/null || echo '" + launcher.replace("'", "'\\''") + "')\n"
                        + "files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.md')\n"
                        + "[ -z \"$files\" ] && exit 0\n"
                        + "# shellcheck disable=SC2086\n"
                        + "exec \"$papers\" lint $files\n";
                AtomicFile.write(hook, script.getBytes(StandardCharsets.UTF_8));
                hook.toFile().setExecutable(true, false);
                spec.commandLine().getOut().println("installed " + hook);
            }
            case "uninstall" -> {
                if (!Files.exists(hook)) {
                    spec.commandLine().getOut().println("no pre-commit hook to remove");
                } else if (!ours) {
                    throw new UserException(ExitCode.REFUSED, hook + " was not written by papers; leaving it");
                } else {
                    Files.delete(hook);
                    spec.commandLine().getOut().println("removed " + hook);
                }
            }
            default -> throw new UserException(ExitCode.USAGE, "ACTION: '" + action + "' is not install or uninstall");
        }
        return ExitCode.OK.code();
    }

    /** The .git directory of the repository around the working directory (a worktree's .git file is followed). */
    private Path gitDir() throws IOException {
        for (Path dir = ctx.workingDir(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return git;
            }
            if (Files.isRegularFile(git)) {
                String ref = Files.readString(git, StandardCharsets.UTF_8).strip();
                if (ref.startsWith("gitdir:")) {
                    return dir.resolve(ref.substring(7).strip()).normalize();
                }
            }
        }
        throw new UserException(ExitCode.USAGE, "not inside a git repository");
    }
}
