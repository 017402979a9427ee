package papers.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import papers.export.EntryMaps;
import papers.index.SearchHit;

/** Works found in the index, as {@code search} and {@code similar} print them: text, one JSON array, or JSON lines. */
final class Hits {
    private Hits() {}

    /** The formats of {@code --format}. */
    enum Format { text, json, jsonl }

    /**
     * Prints {@code hits}: as text, ranked, each work's other places under it; as JSON, each with its score, how it
     * matched ({@code match}, or nothing when null) and its {@code places}.
     */
    static void print(PrintWriter out, EntryPrinter printer, List<SearchHit> hits, Format format, String match) {
        if (format == Format.text) {
            int rank = 0;
            for (SearchHit h : hits) {
                if (rank > 0) {
                    out.println();
                }
                printer.print(++rank, h.entry(), h.titleMatches());
                printer.alsoAt(h.entry(), h.places());
            }
            return;
        }
        List<Map<String, Object>> objects = hits.stream().map(h -> {
            Map<String, Object> m = EntryMaps.of(h.entry());
            m.put("score", h.score());
            if (match != null) {
                m.put("match", match);
            }
            m.put("places", h.places().stream().map(e -> e.file() + ":" + e.line()).toList());
            return m;
        }).toList();
        if (format == Format.json) {
            Json.print(out, objects);
        } else {
            objects.forEach(o -> Json.line(out, o));
        }
    }
}
