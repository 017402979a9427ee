package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import papers.arxiv.ArxivPaper;
import papers.catalog.ArxivId;
import papers.catalog.Catalog;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.Venues;
import papers.catalog.edit.EntryPlacer;
import papers.catalog.edit.EntryRemover;
import papers.catalog.edit.EntryUpdater.Field;
import papers.catalog.edit.EntryUpdater;
import papers.catalog.edit.TextLines;
import papers.catalog.format.EntryFormat;
import papers.index.CatalogIndex;
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
final class UpdateCommand extends EditCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..*", description = "An arXiv id or URL, or the slug (or its first words) of a title.")
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
        CatalogSource source = writableSource();
        Catalog catalog = load(source);
        List<Entry> chosen = (ids.isEmpty() ? catalog.entries() : choose(catalog.entries(), ids, true)).stream()
                .filter(filters.predicate(catalog.config().tagAliases())).toList();
        List<Entry> withId = chosen.stream().filter(e -> e.arxiv() != null).toList();
        List<ArxivId> wanted = withId.stream().map(Entry::arxiv).distinct().toList();
        Map<ArxivId, ArxivPaper> known = wanted.isEmpty() ? Map.of() : AddCommand.fetch(ctx, source, wanted, offline, offline, false, err());

        Map<String, List<Entry>> byFile = new LinkedHashMap<>();
        withId.stream().filter(e -> known.containsKey(e.arxiv()))
                .forEach(e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
        int updated = 0;
        int current = 0;
        Map<String, Integer> noPlace = new TreeMap<>();
        Optional<CatalogIndex> index = dryRun || byFile.isEmpty() ? Optional.empty() : currentIndex(source);
        try {
            for (Map.Entry<String, List<Entry>> f : byFile.entrySet()) {
                Map<Entry, Outcome> results = new LinkedHashMap<>();
                Changed changed = new Changed();
                edit(source, f.getKey(), text -> {
                    results.clear();
                    String after = apply(f.getKey(), text, f.getValue(), known, fields, results);
                    indexChanges(f.getKey(), after, results.values(), changed.clear());
                    return after;
                }, dryRun, index, changed);
                for (Map.Entry<Entry, Outcome> x : results.entrySet()) {
                    if (report(x.getKey(), x.getValue(), noPlace)) {
                        updated++;
                    } else {
                        current++;
                    }
                }
            }
        } finally {
            if (index.isPresent()) {
                index.get().close();
            }
        }
        int missing = (int) withId.stream().filter(e -> !known.containsKey(e.arxiv())).count();
        summary(chosen.size(), withId.size(), updated, current, missing, noPlace);
        return ExitCode.OK.code();
    }

    /**
     * Prints what changed in one entry (its fields, then its old and new lines) and what was left, counting the
     * fields its format has no place for in {@code noPlace}; true when the entry changed.
     */
    private boolean report(Entry e, Outcome outcome, Map<String, Integer> noPlace) {
        EntryUpdater.Result u = outcome.result();
        boolean changed = !u.changes().isEmpty();
        if (changed) {
            List<String> what = u.changes().stream().map(c -> c.field().id() + " "
                    + (c.before() == null ? "" : "\"" + c.before() + "\" -> ") + "\"" + c.after() + "\"").toList();
            out().println(e.file() + ":" + outcome.line() + ": " + Terminal.safe(e.title()) + ": "
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
        return changed;
    }

    /** The closing line: how many were updated, current, without an id, not on arXiv; and what had no place. */
    private void summary(int chosen, int withId, int updated, int current, int missing, Map<String, Integer> noPlace) {
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

    /** What became of one entry: where it was (as found in the text changed), its lines before, and the update. */
    private record Outcome(Entry found, List<String> before, EntryUpdater.Result result) {
        int line() {
            return found.line();
        }
    }

    /**
     * The entries the update took out and put in, for the search index: each changed entry at its line
     * before, and as it reads in {@code after}, each moved down by the lines the changes above it added.
     */
    private static void indexChanges(String file, String after, Collection<Outcome> outcomes, Changed changed) {
        List<Outcome> done = outcomes.stream().filter(o -> !o.result().changes().isEmpty())
                .sorted(Comparator.comparingInt(Outcome::line)).toList();
        if (done.isEmpty()) {
            return;
        }
        List<Integer> lines = new ArrayList<>();
        int grown = 0;
        for (Outcome o : done) {
            lines.add(o.line() + grown);
            grown += o.result().lines().size() - o.before().size();
        }
        Map<Integer, Entry> at = entriesAt(file, after, lines);
        for (int i = 0; i < done.size(); i++) {
            Outcome o = done.get(i);
            Entry now = at.get(lines.get(i));
            if (now == null) {
                changed.unknown();
                return;
            }
            changed.gone.add(o.found());
            changed.added.add(now);
        }
    }

    /** {@code text} with {@code entries} brought up to date, last first so that the lines above keep their numbers. */
    private String apply(String file, String text, List<Entry> entries, Map<ArxivId, ArxivPaper> known, Set<Field> fields,
            Map<Entry, Outcome> results) {
        ParsedFile parsed = parse(file, text);
        boolean venueYears = parsed.entries().stream().map(Entry::venue)
                .filter(v -> v != null && !Venues.isPreprint(v)).allMatch(v -> v.matches(".*\\d{2}$"));
        TextLines lines = TextLines.of(text);
        List<Entry> order = new ArrayList<>(entries);
        order.sort(Comparator.comparingInt(Entry::line).reversed());
        boolean forceTitle = fields.contains(Field.TITLE) && !fieldNames.isEmpty();
        for (Entry was : order) {
            Entry e = EntryRemover.find(parsed, was).orElse(null);
            if (e == null) {
                continue;
            }
            ArxivPaper p = known.get(e.arxiv());
            String venue = AddCommand.venueOf(p);
            List<String> own = parsed.lines(e.line(), e.lastLine());
            EntryFormat format = EntryFormat.detect(own);
            EntryUpdater.Result r = EntryUpdater.update(format, e, own, new EntryUpdater.Known(p.title(), p.authors(), p.version(), venue),
                    fields, new EntryUpdater.Style(forceTitle, venueYears, format == EntryFormat.TABLE_ROW ? EntryPlacer.tableHeader(lines, e.line()) : null));
            results.put(was, new Outcome(e, own, r));
            if (!r.changes().isEmpty()) {
                lines.replace(e.line(), e.lastLine(), r.lines());
            }
        }
        // in catalog order for the report
        Map<Entry, Outcome> sorted = new LinkedHashMap<>();
        entries.stream().filter(results::containsKey).forEach(e -> sorted.put(e, results.get(e)));
        results.clear();
        results.putAll(sorted);
        return lines.toString();
    }
}
