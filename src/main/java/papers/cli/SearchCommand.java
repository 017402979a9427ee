package papers.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.index.CatalogIndex;
import papers.index.QueryException;
import papers.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers search WORDS...}: ranked full-text search over the catalog's index. */
@Command(name = "search",
        header = "Ranked full-text search of the catalog.",
        description = {"Ranked full-text search: every word must match (title, authors, tags, venue, notes, fields).",
            "Quote phrases; use title:, author:, tag:, venue:, arxiv:, year:, month: or a field label "
                    + "(backbone:vicuna); ranges year:[2023 TO 2024]; OR, NOT, -word."},
        footer = {"", "Examples:", "  papers search \"DPO hallucination\"", "  papers search 'author:\"Haotian Liu\" year:[2023 TO 2024]'",
            "  papers search video --tag benchmark --since 2024-01 --json",
            "", "No exact match: exit 1, with the closest spelling or a looser match, labelled as such."})
final class SearchCommand extends CatalogCommand implements Callable<Integer> {

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "The query.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: 20).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (one array), or jsonl (one JSON object a line, as ripgrep and lychee print).")
    Hits.Format format;

    @Mixin
    FilterOptions filters;

    SearchCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserException(ExitCode.USAGE, "--limit: must be at least 1");
        }
        String query = String.join(" ", words);
        var filter = filters.any() ? filters.predicate(aliases()) : null;
        SearchResult result;
        long t0 = System.nanoTime();
        try (CatalogIndex index = index(false)) {
            long t1 = System.nanoTime();
            result = index.search(query, limit, filter);
            if (global.verbose) {
                err().printf("papers: JVM up %d ms; index open %d ms%s; search %d ms%n",
                        ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - t0) / 1_000_000,
                        (t1 - t0) / 1_000_000, index.built() ? " (built)" : "", (System.nanoTime() - t1) / 1_000_000);
            }
        } catch (QueryException e) {
            throw new UserException(ExitCode.USAGE, "query: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Hits.Format shown = format(format, Hits.Format.json);
        if (shown == Hits.Format.text && result.match() == SearchResult.Match.LOOSE && !result.hits().isEmpty()) {
            err().println("papers: no entry matches every word of \"" + Terminal.safe(query) + "\"; showing "
                    + Terminal.safe(result.loosened()));
        }
        Hits.print(out(), new EntryPrinter(out(), style(), ctx.width()), result.hits(), shown, result.match().label());
        if (result.hits().isEmpty()) {
            // which catalog was searched, as a catalog found by looking around may not be the one meant
            err().println("papers: nothing matches \"" + Terminal.safe(query) + "\" in " + Terminal.safe(source().name()));
        }
        return result.match() == SearchResult.Match.EXACT && !result.hits().isEmpty() ? ExitCode.OK.code()
                : ExitCode.NOT_FOUND.code();
    }

    private Map<String, String> aliases() {
        return ctx.locator().locate(global.catalog).config().tagAliases();
    }
}
