package papers.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import papers.catalog.Entry;
import picocli.CommandLine.Command;

/** {@code papers tags}: every tag with the number of entries that carry it. */
@Command(name = "tags",
        header = "Tags, with how many entries carry each.", description = "Every tag with the number of entries that carry it, most used first.",
        footer = {"", "Examples:", "  papers tags", "  papers tags --json"})
final class TagsCommand extends CatalogCommand implements Callable<Integer> {
    TagsCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entry e : catalog().entries()) {
            e.tags().forEach(t -> counts.merge(t, 1, Integer::sum));
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
