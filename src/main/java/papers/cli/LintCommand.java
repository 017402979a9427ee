package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import papers.catalog.CatalogSource;
import papers.catalog.edit.CatalogWriter;
import papers.lint.FileLint;
import papers.lint.LintSettings;
import papers.lint.checks.Finding;
import papers.lint.checks.Severity;
import papers.lint.links.OnlineLinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers lint}: the pre-commit check of a catalog's links, duplicates, order and format. */
@Command(name = "lint",
        header = "Check links, duplicates, order and format.",
        description = {"Check the catalog (or the Markdown files given) for broken or malformed links, duplicates, "
                + "anchors that match no heading, numbering and date order, and entries that drift from the format."},
        footer = {"", "Examples:", "  papers lint", "  papers lint README.md --format github", "  papers lint --fix --dry-run",
            "  papers lint --format sarif > papers.sarif",
            "  papers lint --rules", "",
            "Exit codes: 0 clean (warnings alone keep 0), 1 errors found, 2 bad usage or config, 3 runtime failure.",
            "Silence one line with <!-- papers-lint disable-next-line RULE --> above it."})
final class LintCommand extends CatalogCommand implements Callable<Integer> {
    @Mixin
    WriteOptions write;

    /** Output formats. */
    enum Format { text, json, github, sarif }

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Markdown files to lint (as pre-commit passes them), directories, or - for standard input; default: every file of the catalog.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json, github (Actions annotations) or sarif (code scanning).")
    Format format;

    @Option(names = "--fix", description = "Apply the safe fixes (arXiv link form, http to https, numbering) in place.")
    boolean fix;

    @Option(names = "--dry-run", description = "With --fix: print the diff; write nothing.")
    boolean dryRun;

    @Option(names = "--exit-nonzero-on-fix",
            description = "With --fix: exit 1 when a file was changed, even if it is now clean (as pre-commit's fixers do).")
    boolean exitOnFix;

    @Option(names = "--staged", description = "Lint the staged Markdown files as the commit will hold them (the pre-commit hook's mode).")
    boolean staged;

    @Option(names = "--changed", arity = "0..1", paramLabel = "REF", preprocessor = RefOrHead.class,
            description = "Only findings on lines changed since REF (--changed=REF; default HEAD), and the whole-file rules; "
                    + "the summary counts what it left out. With --staged, the staged lines (papers.yaml lint.hook: all turns it off).")
    String changed;

    /** {@code --changed} alone means HEAD, so that it never takes a FILE that follows it for its REF. */
    static final class RefOrHead implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec arg, Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push("HEAD");
            }
            return false;
        }
    }

    @Option(names = "--rules", description = "List the rules with their default severity and exit.")
    boolean rules;

    @Mixin
    OnlineOptions online;

    LintCommand(Context ctx) {
        super(ctx);
    }

    /** Options that cannot go together: exit 2. */
    private void refuseClashingOptions() {
        if (fix && !dryRun && files.contains("-")) {
            throw new UserException(ExitCode.USAGE, "--fix cannot write standard input back; --fix --dry-run prints the diff");
        }
        if (exitOnFix && (!fix || dryRun)) {
            throw new UserException(ExitCode.USAGE, "--exit-nonzero-on-fix goes with --fix (and writes: not with --dry-run)");
        }
        if (staged && (fix || !files.isEmpty())) {
            throw new UserException(ExitCode.USAGE, "--staged lints what is staged: it takes no FILE and no --fix");
        }
    }

    @Override
    public Integer call() throws IOException {
        if (rules) {
            if (json()) {
                Json.print(out(), FindingsReport.rulesJson());
            } else {
                FindingsReport.printRules(out());
            }
            return ExitCode.OK.code();
        }
        Format shown = format(format, Format.json);
        refuseClashingOptions();
        boolean named = staged || !files.isEmpty();
        // files named are linted whatever the catalog; with none, the catalog's files (never the bundled demo's)
        CatalogSource source = named ? ctx.locator().locate(global.catalog) : writableSource();
        LintSettings settings;
        try {
            settings = source.readOnly() ? LintSettings.defaults() : LintSettings.of(source);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
        List<String> skipped = new ArrayList<>();
        LintInputs inputs = new LintInputs(ctx);
        List<LintInputs.Input> targets = staged ? inputs.staged() : files.isEmpty() ? inputs.of(source) : inputs.named(files, skipped);
        skipped.forEach(s -> err().println("papers: " + Terminal.safe(s) + ": not Markdown, not linted"));
        if (staged && targets.isEmpty()) {
            err().println("papers: no staged Markdown files: nothing to lint");
            return ExitCode.OK.code();
        }
        if (targets.isEmpty()) {
            throw new UserException(ExitCode.USAGE, "nothing to lint: no Markdown file among " + String.join(" ", files));
        }
        // the files named on the command line are the user's to fix; the catalog's only inside its folder
        FileLint lint = new FileLint(settings, new CatalogWriter(write.force, named ? null : source.root()));
        FileLint.Fix mode = !fix ? FileLint.Fix.NONE : dryRun ? FileLint.Fix.SHOW : FileLint.Fix.WRITE;
        String ref = changed != null ? changed : staged && !source.readOnly() && source.config().lint().hookChangedOnly() ? "HEAD" : null;
        ChangedFindings only = ref == null ? null : new ChangedFindings(new Git(ctx.workingDir()), ref, staged);
        List<Finding> all = new ArrayList<>();
        List<OnlineLinter.Occurrence> links = new ArrayList<>();
        int rewritten = 0;
        for (LintInputs.Input t : targets) {
            FileLint.Result r = lint.lint(t.text(), t.path(), mode, online.online);
            if (r.proposed() != null) {
                Diffs.print(out(), List.of(r.proposed()));
            }
            if (r.rewrote()) {
                rewritten++;
                err().println("papers: fixed " + Terminal.safe(t.shown()) + " (" + r.mended() + " finding" + (r.mended() == 1 ? "" : "s") + ")");
            }
            all.addAll(only == null ? r.findings() : only.keep(t, r.findings()));
            r.urls().forEach(u -> links.add(new OnlineLinter.Occurrence(t.shown(), u.line(), u.column(), u.url())));
        }
        if (online.online) {
            all.addAll(online.check(ctx, source, settings, links, err(), global.verbose));
            all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
        }
        FindingsReport.print(out(), err(), shown, all, targets.size(), only == null ? 0 : only.leftOut);
        boolean failed = all.stream().anyMatch(f -> f.severity() == Severity.ERROR) || exitOnFix && rewritten > 0;
        return failed ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}
