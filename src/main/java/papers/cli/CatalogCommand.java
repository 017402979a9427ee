package papers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import papers.arxiv.ArxivCache;
import papers.arxiv.ArxivClient;
import papers.catalog.Catalog;
import papers.catalog.config.CatalogLocator;
import papers.catalog.CatalogSource;
import papers.catalog.Sections;
import papers.curate.ArxivLookup;
import papers.curate.EditScope;
import papers.curate.Selection;
import papers.index.CatalogIndex;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand that reads a catalog shares: the global options and the catalog they name. */
abstract class CatalogCommand {
    final Context ctx;

    @ParentCommand
    PapersCommand global;

    @Spec
    CommandSpec spec;

    CatalogCommand(Context ctx) {
        this.ctx = ctx;
    }

    private boolean saidBundled;

    /**
     * The catalog the options name, for a command that only reads it: when none is found, the bundled demo
     * catalog, which is said once on stderr.
     */
    CatalogSource source() {
        CatalogSource source = ctx.locator().locate(global.catalog);
        if (source.readOnly() && !saidBundled) {
            saidBundled = true;
            err().println("papers: no catalog here; using the bundled catalog: name one with --catalog");
        }
        return source;
    }

    /** The catalog named by the options (see {@link #source()}), with a warning on stderr for each file it could not read. */
    Catalog catalog() {
        Catalog catalog = ctx.locator().load(source());
        catalog.readWarnings().forEach(w -> err().println("papers: warning: " + Terminal.safe(w)));
        return catalog;
    }

    /**
     * The catalog to check or change: one the user has, never the bundled demo (exit 2, saying how to name one).
     */
    CatalogSource writableSource() {
        CatalogSource source = ctx.locator().locate(global.catalog);
        if (source.readOnly()) {
            throw new UserException(ExitCode.USAGE, "no catalog here, and the bundled catalog is read-only: name your list "
                    + "with --catalog PATH, set PAPERS_CATALOG, or run papers in your list's folder (papers init writes a papers.yaml)");
        }
        return source;
    }

    /**
     * What an edit of the entries {@code ids} name works on: the catalog read only where those entries can be
     * (every heading, and the entries of the sections that hold their lines or ids), or read whole when an id
     * names entries by title or none is given.
     */
    EditScope editScope(boolean force, boolean dryRun, List<String> ids) {
        CatalogSource source = writableSource();
        Optional<Sections.Chooser> where = ids.isEmpty() ? Optional.empty() : Selection.sections(ids);
        Catalog catalog = where.map(c -> ctx.locator().load(source, c)).orElseGet(() -> ctx.locator().load(source));
        return new EditScope(source, catalog, ctx.cacheDir(), force, dryRun);
    }

    Style style() {
        return Style.of(ctx, global.color);
    }

    /** Opens the catalog's search index, refreshing it first if the catalog changed. */
    CatalogIndex index(boolean rebuild) {
        CatalogLocator locator = ctx.locator();
        long t0 = System.nanoTime();
        CatalogSource source = source();
        if (global.verbose) {
            err().printf("papers: catalog found in %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, source.name());
        }
        boolean[] shown = {false};
        CatalogIndex index = CatalogIndex.open(ctx.cacheDir(), source, () -> locator.load(source),
                notice -> err().println("papers: " + Terminal.safe(notice)), (done, total) -> {
                    // progress of a big build, on a terminal only
                    if (ctx.tty() && total >= 5000) {
                        err().print("\rindexing: " + done + "/" + total + " entries");
                        err().flush();
                        shown[0] = true;
                    }
                }, rebuild);
        if (shown[0]) {
            err().println();
        }
        return index;
    }

    /** Brings the catalog's search index up to date after a write it could not be told of; a failure is only said. */
    void refreshIndex() {
        CatalogLocator locator = ctx.locator();
        try (CatalogIndex index = CatalogIndex.open(ctx.cacheDir(), locator.locate(global.catalog), () -> locator.load(
                locator.locate(global.catalog)), notice -> err().println("papers: " + Terminal.safe(notice)), false)) {
            index.size();
        } catch (IOException | RuntimeException e) {
            err().println("papers: the search index will be refreshed by the next search (" + e.getMessage() + ")");
        }
    }

    /** arXiv as add and update reach it: the cache, then the API of papers.yaml or the environment, with a count on a terminal. */
    ArxivLookup arxiv(CatalogSource source, ArxivOptions options) {
        return new ArxivLookup(new ArxivCache(ctx.cacheDir()), () -> new ArxivClient(ArxivSettings.of(source.config(), ctx.env(),
                options.timeout), ctx.env()), (done, total) -> {
                    // a long update: a count on a terminal, between requests that are 3 s apart
                    if (ctx.tty() && total > ArxivClient.BATCH) {
                        err().print("\rarXiv: " + done + "/" + total + " papers" + (done.equals(total) ? "\n" : ""));
                        err().flush();
                    }
                });
    }

    /**
     * The output format: {@code --format}, or JSON under {@code --json}; both at once, naming another format,
     * is a usage error rather than one silently winning.
     */
    <F extends Enum<F>> F format(F given, F json) {
        if (json() && spec.commandLine().getParseResult().hasMatchedOption("--format") && given != json) {
            throw new UserException(ExitCode.USAGE, "--json and --format " + given.name() + " ask for two formats: give one");
        }
        return json() ? json : given;
    }

    boolean json() {
        return global.json;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
