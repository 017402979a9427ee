package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import papers.catalog.Entry;
import papers.catalog.edit.EntryUpdater;
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
        EditScope scope = editScope(write.force, dryRun);
        boolean forceTitle = fields.contains(Field.TITLE) && !fieldNames.isEmpty();
        UpdatePapers.Result r = new UpdatePapers(scope, new UpdatePapers.Options(fields, forceTitle, offline))
                .update(ids, filters.predicate(scope.catalog().config().tagAliases()), arxiv(scope.source()));
        Map<String, Integer> noPlace = new TreeMap<>();
        r.outcomes().forEach(o -> report(o, noPlace));
        summary(r, noPlace);
        return ExitCode.OK.code();
    }

    /**
     * Prints what changed in one entry (its fields, then its old and new lines) and what was left, counting the
     * fields its format has no place for in {@code noPlace}.
     */
    private void report(UpdatePapers.Outcome outcome, Map<String, Integer> noPlace) {
        Entry e = outcome.entry();
        EntryUpdater.Result u = outcome.result();
        if (outcome.changed()) {
            List<String> what = u.changes().stream().map(c -> c.field().id() + " "
                    + (c.before() == null ? "" : "\"" + c.before() + "\" -> ") + "\"" + c.after() + "\"").toList();
            out().println(e.file() + ":" + outcome.found().line() + ": " + Terminal.safe(e.title()) + ": "
                    + Terminal.safe(String.join("; ", what)));
            // the entry's own diff: its old lines, then its new ones
            for (String l : outcome.before()) {
                out().println("-" + Terminal.safe(l));
            }
            for (String l : u.lines()) {
                out().println("+" + Terminal.safe(l));
            }
        }
        for (EntryUpdater.Left l : u.left()) {
            if (l.noPlace()) {
                noPlace.merge(l.field().id(), 1, Integer::sum);
            } else {
                err().println("papers: " + e.file() + ":" + e.line() + ": " + l.field().id() + " left: " + Terminal.safe(l.why()));
            }
        }
    }

    /** The closing line: how many were updated, current, without an id, not on arXiv; and what had no place. */
    private void summary(UpdatePapers.Result r, Map<String, Integer> noPlace) {
        int chosen = r.chosen();
        int withId = r.withId();
        int missing = r.missing();
        long updated = r.updated();
        long current = r.outcomes().size() - updated;
        StringBuilder sum = new StringBuilder((dryRun ? "would update " : "updated ") + updated + " of " + chosen
                + (chosen == 1 ? " entry" : " entries"));
        sum.append("; ").append(current).append(" up to date");
        if (chosen > withId) {
            sum.append("; ").append(chosen - withId).append(" without an arXiv id left alone");
        }
        if (missing > 0) {
            sum.append("; ").append(missing).append(" not found on arXiv");
        }
        out().println(sum);
        if (!noPlace.isEmpty()) {
            List<String> parts = new ArrayList<>();
            noPlace.forEach((field, n) -> parts.add(field + " (" + n + (n == 1 ? " entry)" : " entries)")));
            err().println("papers: arXiv knows more that the entries' format has no place for: " + String.join(", ", parts));
        }
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
