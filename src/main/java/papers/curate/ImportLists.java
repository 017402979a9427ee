package papers.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import papers.catalog.Catalog;
import papers.catalog.CatalogException;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.Entry;
import papers.catalog.PaperIdentity;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.edit.Edit;
import papers.catalog.edit.EntryPlacer;
import papers.catalog.format.HouseStyle;
import papers.catalog.format.NewEntry;

/**
 * Merges other lists into a catalog, in its own format, each paper placed as add places it, skipping the
 * papers the catalog (or a list before) has already. Each file of the catalog is written once. One import
 * is one {@link #run}.
 */
public final class ImportLists {
    private final Catalog catalog;
    private final Placement placement;
    private final Options options;

    /** What an import may do: one section for every paper (or null), the lists' notes, write or only show. */
    public record Options(String section, boolean notes, boolean force, boolean dryRun) {}

    /** How far reading one long list got: its name, entries placed, entries in all. */
    public interface Progress {
        void at(String list, int done, int total);
    }

    /**
     * What the import came to: papers added (per file and heading), duplicates left out, the edits, each paper
     * with where it went, and per field how many entries had it but could not keep it in the catalog's format.
     */
    public record Result(int count, Map<String, Integer> added, List<String> duplicates, List<Edit> edits,
            List<Imported> entries, Map<String, Integer> notKept) {}

    /** One paper imported: its title, where it went (file and line of the new text), and where it came from. */
    public record Imported(String title, String file, int line, String from) {}

    /** Papers for one place: a heading of a file, or a date heading to create. */
    private record Group(String file, Placement.Target target, List<NewEntry> papers) {}

    private final Map<String, Entry> known = new HashMap<>();
    private final List<String> duplicates = new ArrayList<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<NewEntry, Entry> origins = new IdentityHashMap<>();
    private int count;

    /** An import into {@code catalog}, read whole, placing papers with {@code placement}. */
    public ImportLists(Catalog catalog, Placement placement, Options options) {
        this.catalog = catalog;
        this.placement = placement;
        this.options = options;
        for (Entry e : catalog.entries()) {
            PaperIdentity.keys(e).forEach(k -> known.putIfAbsent(k, e));
        }
    }

    /** Reads each list, places its papers, and writes (or with a dry run, works out) every file they go into. */
    public Result run(List<Path> lists, Path workingDir, Progress progress) throws IOException {
        for (Path list : lists) {
            read(workingDir.resolve(list), list.toString(), progress);
        }
        Map<String, Integer> added = new LinkedHashMap<>();
        List<Edit> edits = write(added);
        List<Imported> entries = new ArrayList<>();
        Map<String, Integer> notKept = new TreeMap<>();
        readBack(edits, entries, notKept);
        return new Result(count, added, duplicates, edits, entries, notKept);
    }

    /** Finds each paper in the text written for its file, and counts per field what did not come through. */
    private void readBack(List<Edit> edits, List<Imported> entries, Map<String, Integer> notKept) {
        Map<String, List<NewEntry>> byFile = new LinkedHashMap<>();
        groups.values().forEach(g -> byFile.computeIfAbsent(g.file(), f -> new ArrayList<>()).addAll(g.papers()));
        for (Edit edit : edits) {
            List<Entry> now = new CatalogParser().parse(new SourceFile(edit.file(), edit.after())).entries();
            var inText = PaperIdentity.finder(now);
            for (NewEntry paper : byFile.getOrDefault(edit.file(), List.of())) {
                Entry from = origins.get(paper);
                Entry written = inText.apply(keys(paper)).orElse(null);
                entries.add(new Imported(paper.title(), edit.file(), written == null ? 0 : written.line(),
                        from.file() + ":" + from.line()));
                KeptFields.lost(from, paper, written, options.notes()).forEach(f -> notKept.merge(f, 1, Integer::sum));
            }
        }
    }

    /** Reads one list; one that is missing or cannot be read stops the import before anything is written. */
    private void read(Path path, String name, Progress progress) {
        if (!Files.isRegularFile(path)) {
            throw new CatalogException(name, 0, Files.exists(path) ? "not a file" : "no such file");
        }
        ParsedFile parsed = new CatalogParser().parse(CatalogReader.read(path, name));
        int seen = 0;
        for (Entry e : parsed.entries()) {
            progress.at(name, ++seen, parsed.entries().size());
            take(e, name);
        }
    }

    /** Takes {@code e} of {@code list} to its place, unless the catalog (or a list before) has it already. */
    private void take(Entry e, String list) {
        Entry dup = null;
        for (String k : PaperIdentity.keys(e)) {
            dup = dup == null ? known.get(k) : dup;
        }
        if (dup != null) {
            duplicates.add(list + ":" + e.line() + " " + e.title() + ": already at " + dup.file() + ":" + dup.line());
            return;
        }
        NewEntry paper = NewEntries.forImport(e, options.notes());
        origins.put(paper, e);
        Placement.Target target = placement.target(catalog, paper, options.section(), false);
        String key = target.file() + "\u0000" + (target.heading() == null ? "" : target.heading().line())
                + "\u0000" + target.newHeading();
        groups.computeIfAbsent(key, k -> new Group(target.file(), target, new ArrayList<>())).papers().add(paper);
        Entry here = Entry.builder(e.title(), list).lines(e.line(), e.line()).build();
        keys(paper).forEach(k -> known.putIfAbsent(k, here));
        count++;
    }

    /** Writes (or on a dry run, works out) each file's groups, counting in {@code added} what each place took. */
    private List<Edit> write(Map<String, Integer> added) throws IOException {
        Map<String, List<Group>> byFile = new LinkedHashMap<>();
        groups.values().forEach(g -> byFile.computeIfAbsent(g.file(), f -> new ArrayList<>()).add(g));
        CatalogWriter writer = new CatalogWriter(options.force(), catalog.root());
        List<Edit> edits = new ArrayList<>();
        for (Map.Entry<String, List<Group>> f : byFile.entrySet()) {
            String name = f.getKey();
            HouseStyle house = HouseStyle.of(catalog.config(), name);
            if (options.dryRun()) {
                String before = Placement.find(catalog, name).source().text();
                edits.add(Edit.text(name, before, apply(name, before, f.getValue(), house, added)));
            } else {
                edits.add(writer.update(catalog.root().resolve(name), name, text -> apply(name, text, f.getValue(), house, added)));
            }
        }
        return edits;
    }

    /** Applies every group of one file to its text, one placement after another. */
    private static String apply(String file, String text, List<Group> groups, HouseStyle house, Map<String, Integer> added) {
        String current = text;
        for (Group g : groups) {
            ParsedFile parsed = new CatalogParser().parse(new SourceFile(file, current));
            current = g.target().newHeading() != null ? underDate(file, parsed, g, house)
                    : EntryPlacer.placeAll(parsed, sameHeading(parsed, g.target().heading()), g.papers(), house).text();
            String label = file + (g.target().heading() != null ? " (" + g.target().heading().text() + ")"
                    : g.target().newHeading() != null ? " (new heading for " + g.target().newHeading() + ")" : "");
            added.merge(label, g.papers().size(), Integer::sum);
        }
        return current;
    }

    /** The group's papers under its date heading, created (with the first of them) when the file has none. */
    private static String underDate(String file, ParsedFile parsed, Group g, HouseStyle house) {
        List<NewEntry> papers = g.papers();
        ParsedFile.Heading existing = dateHeading(parsed, g);
        String current = parsed.source().text();
        if (existing == null) {
            current = EntryPlacer.placeUnderNewDateHeading(parsed, g.target().newHeading(), papers.get(0), house).text();
            parsed = new CatalogParser().parse(new SourceFile(file, current));
            papers = papers.subList(1, papers.size());
            existing = dateHeading(parsed, g);
        }
        return papers.isEmpty() ? current : EntryPlacer.placeAll(parsed, existing, papers, house).text();
    }

    private static ParsedFile.Heading dateHeading(ParsedFile parsed, Group g) {
        return parsed.headings().stream().filter(h -> h.isDate() && h.covers(g.target().newHeading())).findFirst().orElse(null);
    }

    /** The heading of {@code parsed} with the text and level of {@code h} (h itself when none has; null stays null). */
    private static ParsedFile.Heading sameHeading(ParsedFile parsed, ParsedFile.Heading h) {
        return h == null ? null : parsed.headings().stream()
                .filter(x -> x.text().equals(h.text()) && x.level() == h.level()).findFirst().orElse(h);
    }

    private static List<String> keys(NewEntry paper) {
        return PaperIdentity.keys(paper.arxiv(), paper.doi(), paper.title());
    }
}
