package papers.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import papers.catalog.CatalogException;
import papers.catalog.config.CatalogLocator;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.SourceFile;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.format.EntryFormat;
import papers.lint.FileLint;
import papers.lint.LintSettings;
import papers.lint.Linter;
import papers.lint.checks.Finding;
import papers.lint.checks.Rule;
import papers.lint.checks.Severity;
import papers.lint.links.OnlineLinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers lint}: the pre-commit check of a catalog's links, duplicates, order and format. */
@Command(name = "lint",
        header = "Check links, duplicates, order and format.",
        description = {"Check the catalog (or the Markdown files given) for broken or malformed links, duplicates, "
                + "anchors that match no heading, numbering and date order, and entries that drift from the format."},
        footer = {"", "Examples:", "  papers lint", "  papers lint README.md --format github", "  papers lint --fix --dry-run",
            "  papers lint --rules", "",
            "Exit codes: 0 clean (warnings alone keep 0), 1 errors found, 2 bad usage or config, 3 runtime failure.",
            "Silence one line with <!-- papers-lint disable-next-line RULE --> above it."})
final class LintCommand extends CatalogCommand implements Callable<Integer> {
    @Mixin
    WriteOptions write;

    /** Output formats. */
    enum Format { text, json, github }

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Markdown files to lint (as pre-commit passes them); default: every file of the catalog.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or github.")
    Format format;

    @Option(names = "--fix", description = "Apply the safe fixes (arXiv link form, http to https, numbering) in place.")
    boolean fix;

    @Option(names = "--dry-run", description = "With --fix: print the diff; write nothing.")
    boolean dryRun;

    @Option(names = "--rules", description = "List the rules with their default severity and exit.")
    boolean rules;

    @Mixin
    OnlineOptions online;

    LintCommand(Context ctx) {
        super(ctx);
    }

    /** One file to lint: its path to show, where it is on disk, and whether it may be written. */
    private record Target(String shown, Path path, byte[] bundled) {}

    /** The rules with their default severity, then the entry formats format-drift compares. */
    private void printRules() {
        for (Rule r : Rule.values()) {
            out().printf("%-26s %-8s %s%s%n", r.id(), r.defaultSeverity().label(), r.description(), r.fixable() ? " (--fix)" : "");
        }
        out().printf("%nentry formats (format-drift compares them; papers.yaml format: names one):%n");
        for (EntryFormat f : EntryFormat.values()) {
            if (f != EntryFormat.OTHER) {
                out().printf("%-26s %s%n", f.id(), f.shape());
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        if (rules) {
            printRules();
            return ExitCode.OK.code();
        }
        CatalogSource source = ctx.locator().locate(global.catalog);
        LintSettings settings;
        try {
            settings = LintSettings.of(source);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
        List<Target> targets = targets(source);
        if (fix && targets.stream().anyMatch(t -> t.bundled() != null)) {
            throw new UserException(ExitCode.USAGE, "the bundled catalog is read-only: name your list with --catalog PATH to fix it");
        }
        FileLint lint = new FileLint(new Linter(settings), new CatalogWriter(write.force));
        FileLint.Fix mode = !fix ? FileLint.Fix.NONE : dryRun ? FileLint.Fix.SHOW : FileLint.Fix.WRITE;
        // a Markdown file given that holds no entries is not a catalog file, unless papers.yaml names the files
        boolean entriesOnly = !files.isEmpty() && !(source.configFile() != null && source.root() != null);
        List<Finding> all = new ArrayList<>();
        List<OnlineLinter.Occurrence> links = new ArrayList<>();
        int linted = 0;
        for (Target t : targets) {
            SourceFile text = t.bundled() != null ? CatalogReader.decode(t.bundled(), t.shown()) : CatalogReader.read(t.path(), t.shown());
            Optional<FileLint.Result> r = lint.lint(text, t.path(), mode, entriesOnly, online.online);
            if (r.isEmpty()) {
                continue;
            }
            linted++;
            if (mode == FileLint.Fix.SHOW && r.get().fix() != null) {
                Diffs.print(out(), List.of(r.get().fix()));
            }
            all.addAll(r.get().findings());
            r.get().urls().forEach(u -> links.add(new OnlineLinter.Occurrence(t.shown(), u.line(), u.column(), u.url())));
        }
        if (online.online) {
            all.addAll(online.check(ctx, source, settings, links, err(), global.verbose));
            all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
        }
        FindingsReport.print(out(), err(), json() ? Format.json : format, all, linted);
        return all.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /** The files given (only the catalog's, when papers.yaml names them), else every file of the catalog. */
    private List<Target> targets(CatalogSource source) {
        List<Target> out = new ArrayList<>();
        if (files.isEmpty()) {
            for (CatalogSource.File f : source.files()) {
                out.add(new Target(f.path(), f.file(), f.file() == null ? CatalogLocator.resource(f.resource()) : null));
            }
            return out;
        }
        List<Path> catalogFiles = source.configFile() != null && source.root() != null
                ? source.files().stream().map(f -> f.file().toAbsolutePath().normalize()).toList() : null;
        for (Path p : files) {
            Path abs = ctx.workingDir().resolve(p).toAbsolutePath().normalize();
            if (!p.toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                continue;
            }
            if (catalogFiles != null && !catalogFiles.contains(abs)) {
                continue;
            }
            if (!Files.isRegularFile(abs)) {
                throw new CatalogException(p.toString(), 0, "no such file");
            }
            out.add(new Target(p.toString(), abs, null));
        }
        return out;
    }
}
