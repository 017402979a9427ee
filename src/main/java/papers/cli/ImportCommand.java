package papers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.CatalogException;
import papers.catalog.CatalogLocator;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.Link;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.SourceFile;
import papers.catalog.Venues;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.edit.EntryPlacer;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.NewEntry;
import papers.index.CatalogIndex;
import picocli.CommandLine.Command;
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
    @picocli.CommandLine.Mixin
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

    /** Papers for one place: a heading of a file, or a date heading to create. */
    private record Group(String file, Placement.Target target, List<NewEntry> papers) {}

    /** What the lists given come to: the papers for each place, and those left out (duplicates, unreadable lists). */
    private final class Intake {
        final Map<String, Entry> known = new HashMap<>();
        final List<String> duplicates = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final Map<String, Group> groups = new LinkedHashMap<>();
        int count;

        Intake(Catalog catalog) {
            for (Entry e : catalog.entries()) {
                keys(e.arxiv() == null ? null : e.arxiv().id(), e.doi(), e.title()).forEach(k -> known.putIfAbsent(k, e));
            }
        }

        /** Takes {@code e} of {@code list} to its place, unless the catalog (or a list before) has it already. */
        void take(Entry e, Path list, Placement placement, Catalog catalog, String section) {
            String where = list + ":" + e.line();
            Entry dup = null;
            for (String k : keys(e.arxiv() == null ? null : e.arxiv().id(), e.doi(), e.title())) {
                dup = dup == null ? known.get(k) : dup;
            }
            if (dup != null) {
                duplicates.add(where + " " + Terminal.safe(e.title()) + ": already at " + dup.file() + ":" + dup.line());
                return;
            }
            NewEntry paper = toNew(e);
            Placement.Target target = placement.target(catalog, paper, section, false);
            String key = target.file() + "\u0000" + (target.heading() == null ? "" : target.heading().line())
                    + "\u0000" + target.newHeading();
            groups.computeIfAbsent(key, k -> new Group(target.file(), target, new ArrayList<>())).papers().add(paper);
            keys(paper.arxiv() == null ? null : paper.arxiv().id(), paper.doi(), paper.title())
                    .forEach(k -> known.putIfAbsent(k, Entry.builder(e.title(), list.toString()).lines(e.line(), e.line()).build()));
            count++;
        }
    }

    @Override
    public Integer call() throws IOException {
        CatalogLocator locator = ctx.locator();
        CatalogSource source = locator.locate(global.catalog);
        if (source.readOnly()) {
            throw new UserException(ExitCode.USAGE, "the bundled catalog is read-only: name your list with --catalog PATH");
        }
        Catalog catalog = locator.load(source);
        Intake intake = new Intake(catalog);
        try (Placement placement = new Placement(() -> index(false), err())) {
            for (Path list : lists) {
                read(list, intake, placement, catalog);
            }
        }
        Map<String, Integer> added = write(catalog, intake);
        PrintWriterSummary.print(out(), dryRun, intake.count, added, intake.duplicates, intake.skipped);
        if (!dryRun && intake.count > 0) {
            try (CatalogIndex index = CatalogIndex.open(ctx.cacheDir(), locator.locate(global.catalog),
                    () -> locator.load(locator.locate(global.catalog)), n -> err().println("papers: " + n), false)) {
                index.size();
            }
        }
        return ExitCode.OK.code();
    }

    /** Reads one list into {@code intake}, with a progress count on a terminal for a long one. */
    private void read(Path list, Intake intake, Placement placement, Catalog catalog) {
        Path p = ctx.workingDir().resolve(list);
        ParsedFile parsed;
        try {
            parsed = new CatalogParser().parse(CatalogReader.read(p, list.toString()));
        } catch (CatalogException e) {
            intake.skipped.add(e.describe());
            return;
        }
        int seen = 0;
        for (Entry e : parsed.entries()) {
            if (ctx.tty() && parsed.entries().size() >= 200 && ++seen % 100 == 0) {
                err().print("\rplacing " + list + ": " + seen + "/" + parsed.entries().size());
                err().flush();
            }
            intake.take(e, list, placement, catalog, section);
        }
        if (ctx.tty() && parsed.entries().size() >= 200) {
            err().println();
        }
    }

    /** Writes (or with --dry-run, shows) each file's groups; returns how many papers each file took. */
    private Map<String, Integer> write(Catalog catalog, Intake intake) throws IOException {
        Map<String, List<Group>> byFile = new LinkedHashMap<>();
        intake.groups.values().forEach(g -> byFile.computeIfAbsent(g.file(), f -> new ArrayList<>()).add(g));
        CatalogWriter writer = new CatalogWriter(write.force);
        Map<String, Integer> added = new LinkedHashMap<>();
        for (Map.Entry<String, List<Group>> f : byFile.entrySet()) {
            String name = f.getKey();
            EntryFormat declared = EntryFormat.declared(catalog.config(), name);
            if (dryRun) {
                String before = Placement.find(catalog, name).source().text();
                Diffs.print(out(), name, before, apply(name, before, f.getValue(), declared, added));
            } else {
                writer.update(catalog.root().resolve(name), name, text -> apply(name, text, f.getValue(), declared, added));
            }
        }
        return added;
    }

    /** Applies every group of one file to its text, one placement after another. */
    private static String apply(String file, String text, List<Group> groups, EntryFormat declared, Map<String, Integer> added) {
        String current = text;
        for (Group g : groups) {
            ParsedFile parsed = new CatalogParser().parse(new SourceFile(file, current));
            List<NewEntry> papers = g.papers();
            if (g.target().newHeading() != null) {
                ParsedFile.Heading existing = parsed.headings().stream()
                        .filter(h -> h.isDate() && h.covers(g.target().newHeading())).findFirst().orElse(null);
                if (existing == null) {
                    current = EntryPlacer.placeUnderNewDateHeading(parsed, g.target().newHeading(), papers.get(0), declared).text();
                    parsed = new CatalogParser().parse(new SourceFile(file, current));
                    papers = papers.subList(1, papers.size());
                    existing = parsed.headings().stream()
                            .filter(h -> h.isDate() && h.covers(g.target().newHeading())).findFirst().orElse(null);
                }
                if (!papers.isEmpty()) {
                    current = EntryPlacer.placeAll(parsed, existing, papers, declared).text();
                }
            } else {
                ParsedFile.Heading h = g.target().heading();
                ParsedFile.Heading now = h == null ? null : parsed.headings().stream()
                        .filter(x -> x.text().equals(h.text()) && x.level() == h.level()).findFirst().orElse(h);
                current = EntryPlacer.placeAll(parsed, now, papers, declared).text();
            }
            String label = file + (g.target().heading() != null ? " (" + g.target().heading().text() + ")"
                    : g.target().newHeading() != null ? " (new heading for " + g.target().newHeading() + ")" : "");
            added.merge(label, g.papers().size(), Integer::sum);
        }
        return current;
    }

    private NewEntry toNew(Entry e) {
        String code = null;
        for (Link l : e.links()) {
            String label = l.label().toLowerCase(Locale.ROOT);
            if ((label.equals("code") || label.equals("github")) && l.url().startsWith("http")) {
                code = l.url();
                break;
            }
        }
        String venue = e.venue() == null || Venues.isPreprint(e.venue()) ? null : e.venue();
        EntryDate date = e.date();
        return new NewEntry(e.title(), e.authors(), e.arxiv(), e.arxiv() == null ? e.url() : null, code, venue, date, e.doi(),
                noNotes ? null : e.notes(), null, List.of());
    }

    /** The keys a paper is known by: arXiv id, DOI, folded title. */
    private static List<String> keys(String arxiv, String doi, String title) {
        List<String> keys = new ArrayList<>();
        if (arxiv != null) {
            keys.add("arxiv:" + arxiv);
        }
        if (doi != null) {
            keys.add("doi:" + doi.toLowerCase(Locale.ROOT));
        }
        String folded = Slugs.foldTitle(title);
        if (!folded.isEmpty()) {
            keys.add("title:" + folded);
        }
        return keys;
    }

    /** The summary: what was added where, the duplicates with where they are, what was skipped and why. */
    private static final class PrintWriterSummary {
        private PrintWriterSummary() {}

        static void print(PrintWriter out, boolean dryRun, int count, Map<String, Integer> added, List<String> duplicates,
                List<String> skipped) {
            out.println((dryRun ? "would add " : "added ") + count + " entr" + (count == 1 ? "y" : "ies"));
            added.forEach((where, n) -> out.println("  " + n + " to " + Terminal.safe(where)));
            out.println("duplicates, not added: " + duplicates.size());
            duplicates.forEach(d -> out.println("  " + d));
            out.println("skipped: " + skipped.size());
            skipped.forEach(s -> out.println("  " + s));
        }
    }
}
