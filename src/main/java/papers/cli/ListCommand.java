package papers.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.export.EntryMaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papers list}: browse entries by tag, month, year, section. */
@Command(name = "list",
        header = "List entries by tag, month, year or section.",
        description = "List entries, newest first, filtered by tag, month, year, dates or section.",
        footer = {"", "Examples:", "  papers list --tag alignment", "  papers list --month 2024-09",
            "  papers list --year 2023 --section \"Video and Audio\" --sort title --json"})
final class ListCommand extends CatalogCommand implements Callable<Integer> {

    /** Orders of a listing. */
    @Mixin
    FilterOptions filters;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date",
            description = "date (newest first, the default), title, or catalog (the order of the files).")
    FilterOptions.Sort sort;

    @Option(names = "--limit", paramLabel = "N", description = "At most N entries.")
    Integer limit;

    ListCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Catalog catalog = catalog();
        List<Entry> entries = filters.select(catalog, sort);
        if (limit != null) {
            entries = entries.subList(0, Math.min(Math.max(limit, 0), entries.size()));
        }
        PrintWriter out = out();
        if (json()) {
            Json.print(out, entries.stream().map(EntryMaps::of).toList());
        } else {
            EntryPrinter printer = new EntryPrinter(out, style(), ctx.width());
            boolean first = true;
            for (Entry e : entries) {
                if (!first) {
                    out.println();
                }
                first = false;
                printer.print(0, e, List.of());
            }
        }
        if (entries.isEmpty()) {
            err().println("papers: no entries match");
            return ExitCode.NOT_FOUND.code();
        }
        return ExitCode.OK.code();
    }

    /** The entries of {@code catalog} that pass {@code filters}, in {@code sort} order. */
}
