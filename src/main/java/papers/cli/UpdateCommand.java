package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import papers.catalog.edit.EntryUpdater.Field;
import papers.curate.EditScope;
import papers.curate.UpdatePapers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers update}: refreshes entries from arXiv, writing only the fields their format carries. */
@Command(name = "update",
        header = "Refresh entries from arXiv.",
        description = {"Fetch the entries' papers from arXiv again and write what changed: the latest version in a "
                + "versioned arXiv link, the venue once published (from the journal reference or the DOI) where the "
                + "entry names none or only arXiv, the authors where it names none, a corrected title. Only the fields "
                + "the entry's format carries are written, in that format; nothing else changes. The diff of each "
                + "entry is shown. Entries without an arXiv id are left alone and counted."},
        footer = {"", "Examples:", "  papers update 2409.12191", "  papers update --all --dry-run",
            "  papers update --tag alignment --field venue,authors", "  papers update --since 2024-06",
            "", "A title is replaced only when it is close to arXiv's (a correction); --field title replaces it anyway."})
final class UpdateCommand extends CatalogCommand implements Callable<Integer> {

    @Mixin
    WriteOptions write;

    @Mixin
    ArxivOptions arxivOptions;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "An arXiv id or URL, FILE:LINE (the entry on that line), or the slug (or its first words) of a title.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Every entry of the catalog (or of the filters).")
    boolean all;

    @Mixin
    FilterOptions filters;

    @Option(names = "--field", split = ",", paramLabel = "FIELD",
            description = "Only these fields: title, authors, version, venue (comma-separated; default: all).")
    List<String> fieldNames = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the diff of what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--offline", description = "Use only arXiv metadata cached by an earlier add or update; no network.")
    boolean offline;

    UpdateCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        if (ids.isEmpty() && !all && !filters.any()) {
            throw new UserException(ExitCode.USAGE, "update needs IDs, --all, or a filter (--tag, --section, --since, ...)");
        }
        Set<Field> fields = fields();
        EditScope scope = editScope(write.force, dryRun, ids);
        boolean forceTitle = fields.contains(Field.TITLE) && !fieldNames.isEmpty();
        UpdatePapers.Result r = new UpdatePapers(scope, new UpdatePapers.Options(fields, forceTitle, offline))
                .update(ids, filters.predicate(scope.catalog().config().tagAliases()), arxiv(scope.source(), arxivOptions));
        if (json()) {
            Json.print(out(), JsonResults.update(r, dryRun));
        } else {
            new UpdateReport(out(), err()).print(r, dryRun);
        }
        return ExitCode.OK.code();
    }

    private Set<Field> fields() {
        if (fieldNames.isEmpty()) {
            return EnumSet.allOf(Field.class);
        }
        Set<Field> out = EnumSet.noneOf(Field.class);
        for (String name : fieldNames) {
            Field f = Arrays.stream(Field.values()).filter(x -> x.id().equals(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new UserException(ExitCode.USAGE,
                            "--field: '" + name + "' is not one of title, authors, version, venue"));
            out.add(f);
        }
        return out;
    }
}
