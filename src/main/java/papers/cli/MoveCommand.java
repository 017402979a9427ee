package papers.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import papers.catalog.Entry;
import papers.curate.MovePapers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papers move ID --section NAME}: takes an entry out of its section and writes it into another. */
@Command(name = "move",
        header = "Move entries to another section.",
        description = {"Take the entries named out of their section and write them under another heading, in that "
                + "section's format and order (date order, numbering). An entry keeps its own lines where the two "
                + "sections share a format (only its list number changes); otherwise it is written again in the "
                + "target's format from what it holds. Atomic and locked as add is."},
        footer = {"", "Examples:", "  papers move 2409.12191 --section \"Multimodal LLMs\"",
            "  papers move clip-dpo --section alignment --dry-run",
            "", "An id naming several entries is refused (exit 1, listing them) unless --all. Between two files of",
            "a catalog, the entry is written into its new place before it leaves the old one."})
final class MoveCommand extends CatalogCommand implements Callable<Integer> {
    @Mixin
    WriteOptions write;

    @Mixin
    EntryIds named;

    @Option(names = "--section", required = true, paramLabel = "NAME",
            completionCandidates = CompletionCommand.SectionCandidates.class,
            description = "The heading to move under (its text or slug).")
    String section;

    MoveCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        MovePapers.Result r = new MovePapers(editScope(write.force, named.dryRun, named.ids))
                .move(named.ids, named.all, section);
        for (Entry e : r.already()) {
            err().println("papers: " + Terminal.safe(e.title()) + " is under " + Terminal.safe(r.heading().text()) + " already");
        }
        if (json()) {
            Json.print(out(), JsonResults.move(r, named.dryRun));
        } else if (named.dryRun) {
            Diffs.print(out(), r.edits());
        } else {
            for (MovePapers.Moved m : r.moved()) {
                Entry e = m.entry();
                out().println("moved " + Terminal.safe(e.title()) + " from " + e.file() + ":" + e.line()
                        + (e.sectionPath() == null ? "" : " (" + Terminal.safe(e.sectionPath()) + ")") + " to "
                        + m.file() + ":" + m.line() + (m.heading() == null ? "" : " (" + Terminal.safe(m.heading().text()) + ")"));
            }
        }
        return r.moved().isEmpty() ? ExitCode.NOT_FOUND.code() : ExitCode.OK.code();
    }
}
