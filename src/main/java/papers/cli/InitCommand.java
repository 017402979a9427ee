package papers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.config.CatalogLocator;
import papers.catalog.config.InitialConfig;
import papers.catalog.edit.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers init}: writes a commented papers.yaml describing an existing list. */
@Command(name = "init",
        header = "Write a papers.yaml for an existing list.",
        description = "Write a commented papers.yaml for an existing list, with the files, formats and sections found.",
        footer = {"", "Examples:", "  papers init                 # the .md files of this directory",
                "  papers init ~/src/awesome-mllm", "  papers init --force         # replace an existing papers.yaml"})
final class InitCommand extends CatalogCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The list's directory (default: the working directory).")
    String dir;

    @Option(names = "--force", description = "Replace an existing papers.yaml.")
    boolean force;

    InitCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        Path target = ctx.workingDir().resolve(dir == null ? "." : dir).normalize();
        if (!Files.isDirectory(target)) {
            throw new UserException(ExitCode.USAGE, "DIR: '" + dir + "' is not a directory");
        }
        Path config = target.resolve(CatalogLocator.CONFIG);
        if (Files.exists(config) && !force) {
            throw new UserException(ExitCode.REFUSED, config + " exists already; use --force to replace it");
        }
        Catalog md = new CatalogLocator(ctx.env(), ctx.workingDir()).loadMarkdownDir(target);
        InitialConfig init = InitialConfig.of(md);
        if (init.formats().isEmpty()) {
            throw new UserException(ExitCode.NOT_FOUND, "no entries found in the Markdown files of " + target
                    + (init.unreadLines() == 0 ? "" : " (" + init.unreadLines() + " lines with paper links were not read: papers stats --unread"
                    + " --catalog " + target + " lists them)"));
        }
        AtomicFile.write(config, init.yaml().getBytes(StandardCharsets.UTF_8));
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wrote", config.toString());
            m.put("entries", md.entries().size());
            Map<String, String> formats = new LinkedHashMap<>();
            init.formats().forEach((file, f) -> formats.put(file, f.id()));
            m.put("formats", formats);
            Json.print(out(), m);
        } else {
            out().println("wrote " + config + " (" + md.entries().size() + " entries, format " + init.formatSummary() + ")");
        }
        return ExitCode.OK.code();
    }
}
