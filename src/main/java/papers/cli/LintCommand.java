package papers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import papers.arxiv.ArxivClient;
import papers.catalog.CatalogException;
import papers.catalog.CatalogLocator;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.ConfigLoader;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.format.EntryFormat;
import papers.lint.Finding;
import papers.lint.Fixer;
import papers.lint.LintSettings;
import papers.lint.Linter;
import papers.lint.Rule;
import papers.lint.Severity;
import papers.lint.links.LinkCache;
import papers.lint.links.LinkChecker;
import papers.lint.links.OnlineLinter;
import papers.lint.links.Resolver;
import picocli.CommandLine.Command;
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
    @picocli.CommandLine.Mixin
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

    @Option(names = "--online", description = "Also check that every link answers (arXiv links through the arXiv API, in batches).")
    boolean online;

    @Option(names = "--allow-private", description = "With --online: check private, loopback and link-local addresses too.")
    boolean allowPrivate;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "64", description = "With --online: requests in flight at most (default 64).")
    int concurrency;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "8", description = "With --online: requests to one host at most (default 8).")
    int perHost;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", description = "With --online: the deadline of one URL (default 20).")
    int timeout;

    @Option(names = "--cache-hours", paramLabel = "H", defaultValue = "24",
            description = "With --online: trust a link that answered well for this long (default 24; 0: always check).")
    int cacheHours;

    @Option(names = "--exclude", paramLabel = "PATTERN", description = "With --online: URLs not to check (regex, or glob with *; repeatable).")
    List<String> exclude = new ArrayList<>();

    LintCommand(Context ctx) {
        super(ctx);
    }

    /** One file to lint: its path to show, where it is on disk, and whether it may be written. */
    private record Target(String shown, Path path, byte[] bundled) {}

    /** The line of papers.yaml on which {@code lint.rules.RULE} is written, or 0. */
    private static int ruleLine(CatalogSource source, String rule) {
        CatalogSource.File config = source.configFile();
        if (config == null || config.file() == null) {
            return 0;
        }
        try {
            return ConfigLoader.lineOf(Files.readString(config.file(), StandardCharsets.UTF_8), "lint", "rules", rule);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (rules) {
            for (Rule r : Rule.values()) {
                out().printf("%-26s %-8s %s%s%n", r.id(), r.defaultSeverity().label(), r.description(),
                        r.fixable() ? " (--fix)" : "");
            }
            out().printf("%nentry formats (format-drift compares them; papers.yaml format: names one):%n");
            for (EntryFormat f : EntryFormat.values()) {
                if (f != EntryFormat.OTHER) {
                    out().printf("%-26s %s%n", f.id(), f.shape());
                }
            }
            return ExitCode.OK.code();
        }
        CatalogLocator locator = ctx.locator();
        CatalogSource source = locator.locate(global.catalog);
        LintSettings settings;
        try {
            settings = LintSettings.of(source.config().lint(), source.configFile() == null ? "papers.yaml"
                    : source.configFile().path(), rule -> ruleLine(source, rule));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
        List<Target> targets = targets(source);
        if (fix && targets.stream().anyMatch(t -> t.bundled() != null)) {
            throw new UserException(ExitCode.USAGE, "the bundled catalog is read-only: name your list with --catalog PATH to fix it");
        }
        Linter linter = new Linter(settings);
        List<Finding> all = new ArrayList<>();
        List<OnlineLinter.Occurrence> links = new ArrayList<>();
        int linted = 0;
        CatalogWriter writer = new CatalogWriter(write.force);
        for (Target t : targets) {
            SourceFile text = t.bundled() != null ? CatalogReader.decode(t.bundled(), t.shown()) : CatalogReader.read(t.path(), t.shown());
            ParsedFile parsed = new CatalogParser().parse(text);
            boolean named = source.configFile() != null && source.root() != null;
            if (!files.isEmpty() && parsed.entries().isEmpty() && !named) {
                continue; // a Markdown file that holds no entries is not a catalog file
            }
            linted++;
            List<Finding> found = linter.lint(parsed);
            if (fix && found.stream().anyMatch(f -> f.fix() != null)) {
                if (dryRun) {
                    Diffs.print(out(), t.shown(), text.text(), Fixer.apply(text.text(), found));
                } else {
                    writer.update(t.path(), t.shown(), old -> {
                        ParsedFile now = new CatalogParser().parse(new SourceFile(t.shown(), old));
                        return Fixer.apply(old, linter.lint(now));
                    });
                    found = linter.lint(new CatalogParser().parse(CatalogReader.read(t.path(), t.shown())));
                }
            }
            all.addAll(found);
            if (online) {
                for (Linter.UrlAt u : Linter.urls(parsed)) {
                    links.add(new OnlineLinter.Occurrence(t.shown(), u.line(), u.column(), u.url()));
                }
            }
        }
        if (online) {
            all.addAll(checkOnline(source, settings, links));
            all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
        }
        report(all, linted);
        return all.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private List<Finding> checkOnline(CatalogSource source, LintSettings settings,
            List<OnlineLinter.Occurrence> links) {
        if (concurrency < 1 || perHost < 1 || timeout < 1 || cacheHours < 0) {
            throw new UserException(ExitCode.USAGE, "--concurrency, --per-host and --timeout must be at least 1, --cache-hours at least 0");
        }
        List<Pattern> excludes = exclude.stream().map(p -> Pattern.compile(
                p.contains("*") && !p.contains(".*") ? Pattern.quote(p).replace("*", "\\E.*\\Q") : p)).toList();
        LinkChecker checker = new LinkChecker(new LinkChecker.Settings(
                concurrency, perHost, Duration.ofSeconds(timeout), 3, Duration.ofMillis(
                        Long.parseLong(ctx.env().getOrDefault("PAPERS_LINK_BACKOFF_MS", "1000"))), allowPrivate,
                u -> excludes.stream().anyMatch(p -> p.matcher(u).find()),
                "papers/" + PapersCommand.version() + " (link check)"), Resolver.system(), ctx.env());
        ArxivClient arxiv = new ArxivClient(ArxivSettings.of(source.config(), ctx.env()), ctx.env());
        LinkCache cache = new LinkCache(ctx.cacheDir(), Duration.ofHours(cacheHours));
        boolean bar = ctx.tty();
        long t0 = System.nanoTime();
        try {
            List<Finding> found = new OnlineLinter(checker, arxiv, cache, settings).check(links, (done, total) -> {
                if (bar) {
                    err().print("\rchecking links: " + done + "/" + total + "   ");
                    err().flush();
                }
            });
            if (bar) {
                err().println();
            }
            if (global.verbose) {
                err().printf("papers: checked %d links in %d ms%n", links.size(), (System.nanoTime() - t0) / 1_000_000);
            }
            return found;
        } catch (OnlineLinter.NetworkDown e) {
            throw new UserException(ExitCode.FAILURE, e.getMessage());
        }
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

    private void report(List<Finding> all, int linted) {
        PrintWriter out = out();
        long errors = all.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = all.size() - errors;
        String summary = (all.isEmpty() ? "no problems" : errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
                + " warning" + (warnings == 1 ? "" : "s")) + " in " + linted + " file" + (linted == 1 ? "" : "s");
        Format f = json() ? Format.json : format;
        switch (f) {
            case json -> {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Finding x : all) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", x.file());
                    m.put("line", x.line());
                    m.put("column", x.column());
                    m.put("severity", x.severity().label());
                    m.put("rule", x.rule().id());
                    m.put("message", x.message());
                    list.add(m);
                }
                Json.print(out, list);
                err().println("papers: " + summary);
            }
            case github -> {
                for (Finding x : all) {
                    out.printf("::%s file=%s,line=%d,col=%d,title=%s::%s%n", x.severity() == Severity.ERROR ? "error" : "warning",
                            x.file(), x.line(), x.column(), x.rule().id(), Terminal.safe(x.message()).replace("%", "%25"));
                }
                out.println(summary);
            }
            case text -> {
                for (Finding x : all) {
                    out.println(Terminal.safe(x.describe()));
                }
                out.println(summary);
            }
        }
    }

}
