package papers.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import papers.catalog.Entry;
import papers.export.EntryMaps;
import papers.index.SearchHit;

/** Works found in the index, as {@code search} and {@code similar} print them: text, one JSON array, or JSON lines. */
final class Hits {
    private Hits() {}

    /** The {@code file:line} of each place, as JSON gives a work's {@code places}. */
    static List<String> places(List<Entry> places) {
        return places.stream().map(e -> e.file() + ":" + e.line()).toList();
    }

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
            m.put("places", places(h.places()));
            return m;
        }).toList();
        if (format == Format.json) {
            Json.print(out, objects);
        } else {
            objects.forEach(o -> Json.line(out, o));
        }
    }
}
