package papers.curate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import papers.arxiv.ArxivPaper;
import papers.catalog.ArxivId;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.Venues;
import papers.catalog.edit.Edit;
import papers.catalog.edit.EntryPlacer;
import papers.catalog.edit.EntryRemover;
import papers.catalog.edit.EntryUpdater;
import papers.catalog.edit.EntryUpdater.Field;
import papers.catalog.edit.TextLines;
import papers.catalog.format.EntryFormat;

/**
 * Brings entries up to date with arXiv, writing only the fields their format carries, in that format;
 * entries without an arXiv id are left alone and counted.
 */
public final class UpdatePapers {
    private final EditScope scope;
    private final Catalog catalog;
    private final Options options;

    /** Which fields, whether a title may be replaced however far it is from arXiv's, and arXiv from the cache only. */
    public record Options(Set<Field> fields, boolean forceTitle, boolean offline) {}

    /** What became of one entry: where it was (as found in the text changed), its lines before, and the update. */
    public record Outcome(Entry entry, Entry found, List<String> before, EntryUpdater.Result result) {
        public boolean changed() {
            return !result.changes().isEmpty();
        }
    }

    /** The entries chosen, those with an arXiv id, those arXiv did not have, and each one's outcome, in catalog order. */
    public record Result(int chosen, int withId, int missing, List<Outcome> outcomes) {
        public long updated() {
            return outcomes.stream().filter(Outcome::changed).count();
        }
    }

    /** An update in {@code scope}; a dry run writes nothing. */
    public UpdatePapers(EditScope scope, Options options) {
        this.scope = scope;
        this.catalog = scope.catalog();
        this.options = options;
    }

    /** Updates the entries {@code ids} name (every entry when none), of those {@code filter} lets through. */
    public Result update(List<String> ids, Predicate<Entry> filter, ArxivLookup arxiv) throws IOException {
        List<Entry> chosen = (ids.isEmpty() ? catalog.entries() : Selection.choose(catalog, ids, true, null)).stream()
                .filter(filter).toList();
        List<Entry> withId = chosen.stream().filter(e -> e.arxiv() != null).toList();
        List<ArxivId> wanted = withId.stream().map(Entry::arxiv).distinct().toList();
        Map<ArxivId, ArxivPaper> known = wanted.isEmpty() ? Map.of()
                : arxiv.fetch(wanted, options.offline(), options.offline(), false);
        Map<String, List<Entry>> byFile = new LinkedHashMap<>();
        withId.stream().filter(e -> known.containsKey(e.arxiv()))
                .forEach(e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
        List<Outcome> outcomes = new ArrayList<>();
        try (CatalogEdits files = new CatalogEdits(scope)) {
            for (Map.Entry<String, List<Entry>> f : byFile.entrySet()) {
                List<Outcome> results = new ArrayList<>();
                files.edit(f.getKey(), text -> {
                    results.clear();
                    return apply(files, f.getKey(), text, f.getValue(), known, results);
                });
                outcomes.addAll(results);
            }
        }
        int missing = (int) withId.stream().filter(e -> !known.containsKey(e.arxiv())).count();
        return new Result(chosen.size(), withId.size(), missing, outcomes);
    }

    /**
     * {@code text} with {@code entries} brought up to date, last first so that the lines above keep their
     * numbers; each entry's outcome goes into {@code results}, in catalog order.
     */
    private Edit apply(CatalogEdits files, String file, String text, List<Entry> entries, Map<ArxivId, ArxivPaper> known,
            List<Outcome> results) {
        ParsedFile parsed = files.parse(file, text);
        boolean venueYears = parsed.entries().stream().map(Entry::venue)
                .filter(v -> v != null && !Venues.isPreprint(v)).allMatch(v -> v.matches(".*\\d{2}$"));
        TextLines lines = TextLines.of(text);
        List<Entry> order = new ArrayList<>(entries);
        order.sort(Comparator.comparingInt(Entry::line).reversed());
        for (Entry was : order) {
            EntryRemover.find(parsed, was).ifPresent(e -> {
                ArxivPaper p = known.get(e.arxiv());
                List<String> own = parsed.lines(e.line(), e.lastLine());
                EntryFormat format = EntryFormat.detect(own);
                EntryUpdater.Result r = EntryUpdater.update(format, e, own,
                        new EntryUpdater.Known(p.title(), p.authors(), p.version(), ArxivLookup.venueOf(p)), options.fields(),
                        new EntryUpdater.Style(options.forceTitle(), venueYears,
                                format == EntryFormat.TABLE_ROW ? EntryPlacer.tableHeader(lines, e.line()) : null));
                results.add(new Outcome(was, e, own, r));
                if (!r.changes().isEmpty()) {
                    lines.replace(e.line(), e.lastLine(), r.lines());
                }
            });
        }
        // in catalog order for the report; by identity, as an entry's own hash walks all its fields
        Map<Entry, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            position.put(entries.get(i), i);
        }
        results.sort(Comparator.comparingInt(o -> position.get(o.entry())));
        return changes(file, text, lines.toString(), results);
    }

    /**
     * The edit, for the search index: each changed entry at its line before, and as it reads in {@code after},
     * each moved down by the lines the changes above it added.
     */
    private static Edit changes(String file, String before, String after, List<Outcome> outcomes) {
        List<Outcome> done = outcomes.stream().filter(Outcome::changed)
                .sorted(Comparator.comparingInt(o -> o.found().line())).toList();
        List<Integer> lines = new ArrayList<>();
        int grown = 0;
        for (Outcome o : done) {
            lines.add(o.found().line() + grown);
            grown += o.result().lines().size() - o.before().size();
        }
        return CatalogEdits.placed(file, before, after, done.stream().map(Outcome::found).toList(), lines);
    }
}
