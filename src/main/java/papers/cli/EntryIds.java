package papers.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The entries a move or remove acts on: ids, and whether an id may name several. */
final class EntryIds {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "An arXiv id or URL, FILE:LINE (the entry on that line), or the slug (or its first words) of a title.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Every entry an id matches (the same paper in several sections, say).")
    boolean all;

    @Option(names = "--dry-run", description = "Print the diff of what would change; write nothing.")
    boolean dryRun;
}
