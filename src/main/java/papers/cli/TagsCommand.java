package papers.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import papers.catalog.Entry;
import papers.catalog.Works;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers tags}: every tag with the number of entries that carry it. */
@Command(name = "tags",
        header = "Tags, with how many entries carry each.", description = "Every tag with the number of entries that carry it, most used first.",
        footer = {"", "Examples:", "  papers tags", "  papers tags --json"})
final class TagsCommand extends CatalogCommand implements Callable<Integer> {
    @Option(names = "--unique", description = "Count works (a paper however many places list it), not entries.")
    boolean unique;

    TagsCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Map<String, Integer> counts = new TreeMap<>();
        List<Entry> entries = catalog().entries();
        // each entry its own work, or each work its places' tags once
        List<List<Entry>> works = unique ? Works.of(entries).stream().map(Works.Work::places).toList()
                : entries.stream().map(List::of).toList();
        for (List<Entry> work : works) {
            work.stream().flatMap(e -> e.tags().stream()).distinct().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (json()) {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
            Json.print(out(), ordered);
        } else {
            Chart.bars(out(), sorted, style());
        }
        return ExitCode.OK.code();
    }
}
