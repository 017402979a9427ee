package papers.lint.checks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.format.EntryFormat;

/**
 * {@link Rule#FORMAT_DRIFT}: an entry in another shape than most of its section's, where a section of four or
 * more entries has one format for three quarters of them.
 */
final class FormatDriftCheck implements Check {
    @Override
    public void check(LintFile file, Findings out) {
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (Entry e : file.parsed().entries()) {
            bySection.computeIfAbsent(String.valueOf(e.sectionPath()), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> list : bySection.values()) {
            if (list.size() >= 4) {
                section(file.parsed(), list, out);
            }
        }
    }

    private static void section(ParsedFile parsed, List<Entry> list, Findings out) {
        Map<EntryFormat, Integer> counts = new EnumMap<>(EntryFormat.class);
        Map<Entry, EntryFormat> formats = new IdentityHashMap<>();
        for (Entry e : list) {
            EntryFormat f = EntryFormat.of(parsed, e);
            formats.put(e, f);
            counts.merge(f, 1, Integer::sum);
        }
        EntryFormat dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (counts.get(dominant) * 4 < list.size() * 3) {
            return;
        }
        for (Entry e : list) {
            EntryFormat f = formats.get(e);
            if (!EntryFormat.sameShape(f, dominant)) {
                out.add(Rule.FORMAT_DRIFT, e.line(), 1, "written as " + f.id() + " while its section uses " + dominant.id()
                        + " (" + dominant.shape() + ")", e.title(), null);
            }
        }
    }
}
