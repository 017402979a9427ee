package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.edit.EntryRemover;
import papers.index.CatalogIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code papers remove ID...}: takes entries out of the catalog, and nothing else. */
@Command(name = "remove",
        header = "Remove entries from the catalog.",
        description = {"Take the lines of the entries named out of the catalog: the blank line that set one apart "
                + "goes with it, and the items after it in a list numbered 1, 2, 3 are numbered again. Nothing "
                + "else changes; the write is atomic and locked as add's is."},
        footer = {"", "Examples:", "  papers remove 2409.12191", "  papers remove qwen2-vl --dry-run",
            "  papers remove 2306.14565 --all      # every entry of it, in every section",
            "", "An id naming several entries is refused (exit 1, listing them) unless --all."})
final class RemoveCommand extends EditCommand implements Callable<Integer> {

    @Mixin
    EntryIds named;

    RemoveCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        Chosen picked = choose(named);
        CatalogSource source = picked.source();
        Catalog catalog = picked.catalog();
        List<Entry> chosen = picked.entries();
        Map<String, List<Entry>> byFile = new LinkedHashMap<>();
        chosen.forEach(e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
        Optional<CatalogIndex> index = named.dryRun ? Optional.empty() : currentIndex(source);
        try {
            for (Map.Entry<String, List<Entry>> f : byFile.entrySet()) {
                Changed changed = new Changed();
                showDiff(f.getKey(), edit(source, f.getKey(), text -> without(f.getKey(), text, f.getValue(), changed.clear().gone),
                        named.dryRun, index, changed), named.dryRun);
                report(catalog, f.getValue());
            }
        } finally {
            if (index.isPresent()) {
                index.get().close();
            }
        }
        return ExitCode.OK.code();
    }

    /** Says what was taken out of one file (nothing on a dry run: the diff says it). */
    private void report(Catalog catalog, List<Entry> removed) {
        if (named.dryRun) {
            return;
        }
        ParsedFile was = Placement.find(catalog, removed.get(0).file());
        for (Entry e : removed) {
            boolean headingToo = EntryRemover.emptiedDateHeading(was, e).isPresent();
            out().println("removed " + Terminal.safe(e.title()) + " from " + e.file() + ":" + e.line()
                    + (e.sectionPath() == null ? "" : " (" + Terminal.safe(e.sectionPath()) + ")")
                    + (headingToo ? " and its heading, now empty" : ""));
        }
    }
}
