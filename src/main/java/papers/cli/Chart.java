package papers.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Horizontal bar charts in plain text: a label, a bar scaled to the largest count, the count. */
final class Chart {
    static final int BAR_WIDTH = 40;

    private Chart() {}

    static void bars(PrintWriter out, List<Map.Entry<String, Integer>> rows, Style style) {
        int max = rows.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        int labelWidth = rows.stream().mapToInt(e -> Terminal.safe(e.getKey()).length()).max().orElse(0);
        for (Map.Entry<String, Integer> row : rows) {
            int len = Math.max(1, Math.round((float) row.getValue() * BAR_WIDTH / max));
            String label = Terminal.safe(row.getKey());
            out.printf("%-" + labelWidth + "s  %s %d%n", label, style.bold("█".repeat(len)), row.getValue());
        }
    }
}
