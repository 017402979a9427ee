package papers.cli;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import papers.catalog.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers months}: entries per month (or year), as a bar chart. */
@Command(name = "months",
        header = "Entries per month or year, as a chart.", description = "Entries per month, newest first, drawn as a bar chart (--by year for years).",
        footer = {"", "Examples:", "  papers months", "  papers months --by year", "  papers months --json"})
final class MonthsCommand extends CatalogCommand implements Callable<Integer> {
    /** What to count by. */
    enum By { month, year }

    @Option(names = "--by", paramLabel = "UNIT", defaultValue = "month", description = "month (default) or year.")
    By by;

    MonthsCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Map<String, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        int undated = 0;
        for (Entry e : catalog().entries()) {
            if (e.date() == null || (by == By.month && e.date().month() == 0)) {
                undated++;
                continue;
            }
            String key = by == By.year ? String.valueOf(e.date().year()) : e.date().yearMonth().orElseThrow();
            counts.merge(key, 1, Integer::sum);
        }
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>(counts);
            Json.print(out(), m);
        } else {
            List<Map.Entry<String, Integer>> rows = List.copyOf(counts.entrySet());
            Chart.bars(out(), rows, style());
            if (undated > 0) {
                out().println("(" + undated + (by == By.month ? " without a month)" : " undated)"));
            }
        }
        return ExitCode.OK.code();
    }
}
