package papers.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.ArxivId;
import papers.catalog.Entry;
import papers.catalog.edit.EntryUpdater;
import papers.curate.AddPapers;
import papers.curate.ImportLists;
import papers.curate.MovePapers;
import papers.curate.RemovePapers;
import papers.curate.UpdatePapers;

/** What the editing commands did, as the JSON objects {@code --json} prints: every entry with its file and line. */
final class JsonResults {
    private JsonResults() {}

    private static Map<String, Object> place(String file, int line, String section) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("line", line);
        m.put("section", section);
        return m;
    }

    /** A paper at its place: title, arXiv id (or null), file, line and section. */
    private static Map<String, Object> paper(String title, ArxivId arxiv, String file, int line, String section) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("arxiv", arxiv == null ? null : arxiv.id());
        m.putAll(place(file, line, section));
        return m;
    }

    private static Map<String, Object> entry(Entry e) {
        return paper(e.title(), e.arxiv(), e.file(), e.line(), e.sectionPath());
    }

    static Map<String, Object> add(AddPapers.Result r, List<String> notFound, boolean dryRun) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", dryRun);
        m.put("added", r.added().stream().map(a -> paper(a.paper().title(), a.paper().arxiv(), a.file(), a.line(), a.section()))
                .toList());
        m.put("refused", r.refused().stream().map(x -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", x.paper());
            e.put("why", x.why());
            return e;
        }).toList());
        m.put("notFound", notFound);
        return m;
    }

    static Map<String, Object> remove(RemovePapers.Result r, boolean dryRun) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", dryRun);
        m.put("removed", r.removed().stream().map(x -> {
            Map<String, Object> e = entry(x.entry());
            e.put("headingToo", x.headingToo());
            return e;
        }).toList());
        return m;
    }

    static Map<String, Object> move(MovePapers.Result r, boolean dryRun) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", dryRun);
        m.put("moved", r.moved().stream().map(x -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", x.entry().title());
            e.put("arxiv", x.entry().arxiv() == null ? null : x.entry().arxiv().id());
            e.put("from", place(x.entry().file(), x.entry().line(), x.entry().sectionPath()));
            e.put("to", place(x.file(), x.line(), x.heading() == null ? null : x.heading().text()));
            return e;
        }).toList());
        m.put("alreadyThere", r.already().stream().map(JsonResults::entry).toList());
        return m;
    }

    static Map<String, Object> update(UpdatePapers.Result r, boolean dryRun) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", dryRun);
        m.put("updated", r.outcomes().stream().filter(UpdatePapers.Outcome::changed).map(o -> {
            Map<String, Object> e = entry(o.found());
            e.put("changes", o.result().changes().stream().map(JsonResults::change).toList());
            return e;
        }).toList());
        m.put("upToDate", r.outcomes().size() - r.updated());
        m.put("withoutArxivId", r.chosen() - r.withId());
        m.put("notOnArxiv", r.missing());
        m.put("left", r.outcomes().stream().flatMap(o -> o.result().left().stream().map(l -> {
            Map<String, Object> e = place(o.found().file(), o.found().line(), o.found().sectionPath());
            e.put("field", l.field().id());
            e.put("why", l.why());
            e.put("noPlace", l.noPlace());
            return e;
        })).toList());
        return m;
    }

    private static Map<String, Object> change(EntryUpdater.Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", c.field().id());
        m.put("before", c.before());
        m.put("after", c.after());
        return m;
    }

    static Map<String, Object> imported(ImportLists.Result r, boolean dryRun) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", dryRun);
        m.put("added", r.count());
        m.put("to", r.added());
        m.put("duplicates", r.duplicates());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ImportLists.Imported i : r.entries()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", i.title());
            e.put("file", i.file());
            e.put("line", i.line());
            e.put("from", i.from());
            entries.add(e);
        }
        m.put("entries", entries);
        m.put("notKept", r.notKept());
        return m;
    }
}
