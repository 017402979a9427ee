package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.edit.CatalogWriter;

/** What update, move and remove share: choosing entries by id, and changing a file (or showing the diff). */
abstract class EditCommand extends CatalogCommand {

    EditCommand(Context ctx) {
        super(ctx);
    }

    /** The catalog to change, read whole, and the entries chosen in it. */
    record Chosen(CatalogSource source, papers.catalog.Catalog catalog, List<Entry> entries) {}

    /** The writable catalog and the entries {@code named} names in it (see {@link #choose(List, List, boolean)}). */
    Chosen choose(EntryIds named) {
        CatalogSource source = writableSource();
        papers.catalog.Catalog catalog = ctx.locator().load(source);
        return new Chosen(source, catalog, choose(catalog.entries(), named.ids, named.all));
    }

    /**
     * The entries {@code ids} name (arXiv id or URL, title slug or its first words), in catalog order.
     * An id that names none is exit 1; one that names several is refused (exit 1, listing them) unless {@code all}.
     */
    static List<Entry> choose(List<Entry> entries, List<String> ids, boolean all) {
        Set<Entry> chosen = new LinkedHashSet<>();
        for (String id : ids) {
            List<Entry> matches = ShowCommand.find(entries, id);
            if (matches.isEmpty()) {
                throw new UserException(ExitCode.NOT_FOUND, "no entry matches '" + id + "' (papers search finds it by words)");
            }
            if (matches.size() > 1 && !all) {
                List<String> where = new ArrayList<>();
                for (Entry e : matches.subList(0, Math.min(5, matches.size()))) {
                    where.add(e.file() + ":" + e.line() + " " + Terminal.safe(e.title()));
                }
                throw new UserException(ExitCode.NOT_FOUND, "'" + id + "' matches " + matches.size() + " entries ("
                        + String.join("; ", where) + (matches.size() > 5 ? "; ..." : "")
                        + "): name one by arXiv id or a longer title, or pass --all");
            }
            chosen.addAll(matches);
        }
        return entries.stream().filter(chosen::contains).toList();
    }

    /**
     * Applies {@code change} to {@code file} of the catalog under its lock; with {@code dryRun}, only works
     * out what it would be. Returns the old and new text.
     */
    CatalogWriter.Result edit(CatalogSource source, String file, UnaryOperator<String> change, boolean dryRun)
            throws IOException {
        if (dryRun) {
            String text = CatalogReader.read(source.root().resolve(file), file).text();
            return new CatalogWriter.Result(text, change.apply(text));
        }
        return new CatalogWriter(ctx.cacheDir()).update(source.root().resolve(file), file, change);
    }

    /** Prints the unified diff of a change {@code dryRun} did not write. */
    void showDiff(String file, CatalogWriter.Result r, boolean dryRun) {
        if (dryRun && r.changed()) {
            Diffs.print(out(), file, r.before(), r.after());
        }
    }
}
