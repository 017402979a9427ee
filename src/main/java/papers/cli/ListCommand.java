package papers.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.Works;
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

    @Option(names = "--unique", description = "Each work (paper, dataset, tool) once, however many places list it: "
            + "shown by its most common title, with its other places under it (in JSON, places).")
    boolean unique;

    ListCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Catalog catalog = catalog();
        List<Entry> selected = filters.select(catalog, sort);
        // each entry its own work, or the works they are of
        List<Entry> entries = selected;
        List<List<Entry>> works = selected.stream().map(List::of).toList();
        if (unique) {
            List<Works.Work> grouped = Works.of(selected);
            // each work's places as the catalog lists them, whatever order the entries were selected in
            Map<Entry, Integer> position = new IdentityHashMap<>();
            catalog.entries().forEach(e -> position.put(e, position.size()));
            grouped.forEach(w -> w.sort(Comparator.comparingInt(e -> position.getOrDefault(e, Integer.MAX_VALUE))));
            works = grouped.stream().map(Works.Work::places).toList();
            entries = grouped.stream().map(Works.Work::shownClean).toList();
        }
        if (limit != null) {
            int n = Math.min(Math.max(limit, 0), entries.size());
            entries = entries.subList(0, n);
            works = works.subList(0, n);
        }
        PrintWriter out = out();
        if (json()) {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Map<String, Object> m = EntryMaps.of(entries.get(i));
                if (unique) {
                    m.put("places", Hits.places(works.get(i)));
                }
                objects.add(m);
            }
            Json.print(out, objects);
        } else {
            EntryPrinter printer = new EntryPrinter(out, style(), ctx.width());
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                printer.print(0, entries.get(i), List.of());
                printer.alsoAt(entries.get(i), works.get(i));
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
