package papers.curate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.edit.Edit;
import papers.catalog.edit.EntryRemover;

/**
 * Takes entries out of a catalog, and nothing else: each file in one locked write.
 *
 * <pre>{@code
 * RemovePapers.Result r = new RemovePapers(new EditScope(source, catalog, cacheDir, false, false)).remove(List.of("2409.12191"), false);
 * }</pre>
 */
public final class RemovePapers {
    private final EditScope scope;
    private final Catalog catalog;

    /** Changes in {@code scope}; a dry run writes nothing. */
    public RemovePapers(EditScope scope) {
        this.scope = scope;
        this.catalog = scope.catalog();
    }

    /** One entry taken out, where it was, and whether its date heading, left empty, went with it. */
    public record Removed(Entry entry, boolean headingToo) {}

    /** The entries taken out, and the edit of each file, in catalog order. */
    public record Result(List<Removed> removed, List<Edit> edits) {}

    /** Removes the entries {@code ids} name (see {@link Selection#choose}). */
    public Result remove(List<String> ids, boolean all) throws IOException {
        Map<String, List<Entry>> byFile = new LinkedHashMap<>();
        Selection.choose(catalog, ids, all, "papers remove {}").forEach(e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
        List<Removed> removed = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        try (CatalogEdits files = new CatalogEdits(scope)) {
            for (Map.Entry<String, List<Entry>> f : byFile.entrySet()) {
                edits.add(files.edit(f.getKey(), text -> files.without(f.getKey(), text, f.getValue())));
                ParsedFile was = Placement.find(catalog, f.getKey());
                for (Entry e : f.getValue()) {
                    removed.add(new Removed(e, EntryRemover.emptiedDateHeading(was, e).isPresent()));
                }
            }
        }
        return new Result(removed, edits);
    }
}
