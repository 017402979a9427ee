package papers.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import papers.catalog.Entry;
import papers.curate.RemovePapers;
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
final class RemoveCommand extends CatalogCommand implements Callable<Integer> {
    @Mixin
    WriteOptions write;

    @Mixin
    EntryIds named;

    RemoveCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        RemovePapers.Result r = new RemovePapers(editScope(write.force, named.dryRun, named.ids))
                .remove(named.ids, named.all);
        if (json()) {
            Json.print(out(), JsonResults.remove(r, named.dryRun));
            return ExitCode.OK.code();
        }
        if (named.dryRun) {
            Diffs.print(out(), r.edits());
            return ExitCode.OK.code();
        }
        for (RemovePapers.Removed removed : r.removed()) {
            Entry e = removed.entry();
            out().println("removed " + Terminal.safe(e.title()) + " from " + e.file() + ":" + e.line()
                    + (e.sectionPath() == null ? "" : " (" + Terminal.safe(e.sectionPath()) + ")")
                    + (removed.headingToo() ? " and its heading, now empty" : ""));
        }
        return ExitCode.OK.code();
    }
}
