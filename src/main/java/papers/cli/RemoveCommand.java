package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.edit.EntryRemover;
import papers.catalog.edit.TableOfContents;
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
        for (Map.Entry<String, List<Entry>> f : byFile.entrySet()) {
            showDiff(f.getKey(), edit(source, f.getKey(), text -> without(f.getKey(), text, f.getValue()), named.dryRun), named.dryRun);
            if (!named.dryRun) {
                ParsedFile was = catalog.files().stream().filter(p -> p.source().path().equals(f.getKey())).findFirst().orElseThrow();
                for (Entry e : f.getValue()) {
                    boolean headingToo = EntryRemover.emptiedDateHeading(was, e).isPresent();
                    out().println("removed " + Terminal.safe(e.title()) + " from " + e.file() + ":" + e.line()
                            + (e.sectionPath() == null ? "" : " (" + Terminal.safe(e.sectionPath()) + ")")
                            + (headingToo ? " and its heading, now empty" : ""));
                }
            }
        }
        return ExitCode.OK.code();
    }

    /** {@code text} without {@code gone}, found afresh in it; last first, so the lines above stay where they were. */
    static String without(String file, String text, List<Entry> gone) {
        List<Entry> order = new ArrayList<>(gone);
        order.sort(Comparator.comparingInt(Entry::line).reversed());
        SourceFile before = new SourceFile(file, text);
        for (Entry e : order) {
            ParsedFile parsed = new CatalogParser().parse(new SourceFile(file, text));
            Entry now = EntryRemover.find(parsed, e).orElseThrow(() -> new UserException(ExitCode.NOT_FOUND,
                    file + ": " + Terminal.safe(e.title()) + " is no longer there"));
            text = EntryRemover.remove(parsed, now);
        }
        // a month heading that went with its last entry leaves the table of contents, if it kept step
        return TableOfContents.follow(before, new SourceFile(file, text));
    }
}
