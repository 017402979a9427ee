package papers.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.Unread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers stats}: entries per file and section, with arXiv ids, dated. */
@Command(name = "stats",
        header = "Entries per file, section and tag.",
        description = "Count the catalog's entries: per file and section, with arXiv ids, with dates.",
        footer = {"", "Examples:", "  papers stats", "  papers stats --catalog README.md --json"})
final class StatsCommand extends CatalogCommand implements Callable<Integer> {

    @Option(names = "--unread", description = "List, per file, the lines that link to a paper but are part of no entry.")
    boolean unread;

    StatsCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Catalog catalog = catalog();
        List<Entry> entries = catalog.entries();
        long withArxiv = entries.stream().filter(e -> e.arxiv() != null).count();
        long dated = entries.stream().filter(e -> e.date() != null).count();
        List<Map<String, Object>> files = catalog.files().stream().map(this::file).toList();
        PrintWriter out = out();
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("catalog", catalog.name());
            m.put("entries", entries.size());
            m.put("arxiv", withArxiv);
            m.put("dated", dated);
            m.put("files", files);
            m.put("warnings", catalog.readWarnings());
            Json.print(out, m);
        } else {
            out.printf("%s: %d entries, %d with arXiv ids, %d dated%n", catalog.name(), entries.size(), withArxiv, dated);
            files.forEach(f -> printFile(out, f));
            printTags(out, entries);
        }
        return ExitCode.OK.code();
    }

    /** One file as the JSON object: its entries per section, and what it did not read. */
    private Map<String, Object> file(ParsedFile f) {
        Map<String, Integer> sections = new LinkedHashMap<>();
        for (Entry e : f.entries()) {
            sections.merge(e.sectionPath() == null ? "(top)" : e.sectionPath(), 1, Integer::sum);
        }
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("file", f.source().path());
        fm.put("entries", f.entries().size());
        List<Unread.Item> missed = Unread.items(f);
        fm.put("unread", missed.size());
        if (unread) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Unread.Item u : missed) {
                Map<String, Object> um = new LinkedHashMap<>();
                um.put("line", u.line());
                um.put("text", u.text());
                lines.add(um);
            }
            fm.put("unreadLines", lines);
        }
        List<Map<String, Object>> secs = new ArrayList<>();
        sections.forEach((name, count) -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("section", name);
            sm.put("entries", count);
            secs.add(sm);
        });
        fm.put("sections", secs);
        return fm;
    }

    /** A file's count, its unread lines when asked for, and its sections as bars. */
    @SuppressWarnings("unchecked")
    private void printFile(PrintWriter out, Map<String, Object> f) {
        String name = Terminal.safe((String) f.get("file"));
        int missed = (Integer) f.get("unread");
        out.printf("%n%s: %d entries%s%n", name, (Integer) f.get("entries"),
                missed == 0 ? "" : ", " + missed + " lines with paper links not read" + (unread ? ":" : " (--unread lists them)"));
        if (unread) {
            for (Map<String, Object> u : (List<Map<String, Object>>) f.get("unreadLines")) {
                String text = (String) u.get("text");
                out.printf("  %s:%d: %s%n", name, (Integer) u.get("line"),
                        Terminal.safe(text.length() > 100 ? text.substring(0, 99) + "…" : text));
            }
        }
        List<Map.Entry<String, Integer>> rows = new ArrayList<>();
        for (Map<String, Object> sec : (List<Map<String, Object>>) f.get("sections")) {
            rows.add(Map.entry("  " + sec.get("section"), (Integer) sec.get("entries")));
        }
        Chart.bars(out, rows, style());
    }

    /** The ten most used tags as bars. */
    private void printTags(PrintWriter out, List<Entry> entries) {
        Map<String, Integer> tags = new TreeMap<>();
        entries.forEach(e -> e.tags().forEach(t -> tags.merge(t, 1, Integer::sum)));
        if (!tags.isEmpty()) {
            out.printf("%ntags (most used):%n");
            Chart.bars(out, tags.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(10).map(t -> Map.entry("  " + t.getKey(), t.getValue())).toList(), style());
        }
    }
}
