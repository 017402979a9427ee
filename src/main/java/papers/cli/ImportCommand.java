package papers.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import papers.catalog.CatalogSource;
import papers.curate.ImportLists;
import papers.curate.Placement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers import}: merges other lists into the catalog, in its own format, skipping duplicates. */
@Command(name = "import",
        header = "Merge other lists into the catalog.",
        description = "Merge the entries of other lists (any format papers reads) into the catalog, in its contribution "
                + "format, skipping papers it has already.",
        footer = {"", "Examples:", "  papers import ~/src/other-list/README.md", "  papers import a.md b.md --section \"To Sort\" --dry-run",
            "  papers import seeds/*.md --no-notes", "", "Places each paper as add does (--section for all of them)."})
final class ImportCommand extends CatalogCommand implements Callable<Integer> {
    /** A list this long shows how far its placing got, on a terminal. */
    private static final int LONG_LIST = 200;

    @Mixin
    WriteOptions write;

    @Parameters(paramLabel = "LIST", arity = "1..*", description = "Markdown lists to import.")
    List<Path> lists;

    @Option(names = "--section", paramLabel = "NAME", description = "Put every imported paper under this heading.")
    String section;

    @Option(names = "--no-notes", description = "Leave the lists' notes behind.")
    boolean noNotes;

    @Option(names = "--dry-run", description = "Print the diff of what would change; write nothing.")
    boolean dryRun;

    ImportCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        CatalogSource source = writableSource();
        ImportLists.Result r;
        try (Placement placement = new Placement(() -> index(false), why -> {})) {
            r = new ImportLists(ctx.locator().load(source), placement, new ImportLists.Options(section, !noNotes, write.force, dryRun))
                    .run(lists, ctx.workingDir(), this::progress);
        }
        if (json()) {
            Json.print(out(), JsonResults.imported(r, dryRun));
        } else {
            summary(r);
        }
        if (!dryRun && r.count() > 0) {
            refreshIndex();
        }
        return ExitCode.OK.code();
    }

    /** What the import did: the diff of a dry run, what was added where, the duplicates with where they are. */
    private void summary(ImportLists.Result r) {
        if (dryRun) {
            Diffs.print(out(), r.edits());
        }
        out().println((dryRun ? "would add " : "added ") + r.count() + " entr" + (r.count() == 1 ? "y" : "ies"));
        r.added().forEach((where, n) -> out().println("  " + n + " to " + Terminal.safe(where)));
        if (!r.notKept().isEmpty()) {
            out().println("not kept, as the catalog's format has no place for them (entries that had each):");
            r.notKept().forEach((field, n) -> out().println("  " + Terminal.safe(field) + ": " + n));
        }
        out().println("duplicates, not added: " + r.duplicates().size());
        r.duplicates().forEach(d -> out().println("  " + Terminal.safe(d)));
    }

    /** A count of the papers placed, every hundred, for a long list on a terminal. */
    private void progress(String list, int done, int total) {
        if (!ctx.tty() || total < LONG_LIST) {
            return;
        }
        if (done % 100 == 0) {
            err().print("\rplacing " + list + ": " + done + "/" + total);
            err().flush();
        }
        if (done == total) {
            err().println();
        }
    }
}
