package papers.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.curate.Selection;
import papers.index.CatalogIndex;
import papers.index.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers similar ID}: the works most like a paper, across every list of the catalog. */
@Command(name = "similar",
        header = "The papers most like one, across the catalog.",
        description = {"The works (papers, datasets, tools) most like the entry ID names, by the words of their titles, "
                + "names, notes and tags (Lucene's MoreLikeThis), each once however many lists have it; the paper itself "
                + "left out."},
        footer = {"", "Examples:", "  papers similar 2304.08485", "  papers --catalog ~/lists similar README.md:120 --limit 5",
            "", "No entry named, or nothing alike: exit 1."})
final class SimilarCommand extends CatalogCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "An arXiv id or URL, FILE:LINE (the entry on that line), or the slug (or its first words) of a title.")
    String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N works (default: 10).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (one array), or jsonl (one JSON object a line).")
    Hits.Format format;

    SimilarCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserException(ExitCode.USAGE, "--limit: must be at least 1");
        }
        Hits.Format shown = format(format, Hits.Format.json);
        // the index reports what it could not read, once: not the catalog as well
        Catalog catalog = ctx.locator().load(source());
        List<Entry> like = Selection.find(catalog.entries(), id);
        if (like.isEmpty()) {
            err().println("papers: no entry matches '" + Terminal.safe(id) + "' in " + catalog.name());
            return ExitCode.NOT_FOUND.code();
        }
        List<SearchHit> hits;
        try (CatalogIndex index = index(false)) {
            hits = index.similar(like, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (shown == Hits.Format.text) {
            Entry first = like.get(0);
            err().println("papers: like \"" + Terminal.safe(first.title()) + "\" (" + Terminal.safe(first.file()) + ":"
                    + first.line() + (like.size() > 1 ? " and " + (like.size() - 1) + " more" : "") + ")");
        }
        Hits.print(out(), new EntryPrinter(out(), style(), ctx.width()), hits, shown, null);
        if (hits.isEmpty()) {
            err().println("papers: nothing in " + catalog.name() + " is like '" + Terminal.safe(id) + "'");
            return ExitCode.NOT_FOUND.code();
        }
        return ExitCode.OK.code();
    }
}
