package papers.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.Entry;

/** An entry as the object every command prints in JSON and export writes in JSON and YAML: the model's field names, null for what the catalog does not give. */
public final class EntryMaps {
    private EntryMaps() {}

    /** The fields of {@code e} by name, in a fixed order. */
    public static Map<String, Object> of(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title());
        m.put("alias", e.alias());
        m.put("authors", e.authors());
        m.put("arxiv", e.arxiv() == null ? null : e.arxiv().id());
        m.put("url", e.url());
        List<Map<String, String>> links = e.links().stream()
                .map(l -> {
                    Map<String, String> lm = new LinkedHashMap<>();
                    lm.put("label", l.label());
                    lm.put("url", l.url());
                    return lm;
                }).toList();
        m.put("links", links);
        m.put("venue", e.venue());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("doi", e.doi());
        m.put("tags", e.tags());
        m.put("section", e.sectionPath());
        m.put("fields", e.fields());
        m.put("notes", e.notes());
        m.put("file", e.file());
        m.put("line", e.line());
        return m;
    }
}
