package papers.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import papers.arxiv.ArxivCache;
import papers.arxiv.ArxivClient;
import papers.arxiv.ArxivException;
import papers.arxiv.ArxivPaper;
import papers.catalog.ArxivId;
import papers.catalog.Catalog;
import papers.catalog.CatalogLocator;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
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

/** {@code papers add}: writes papers into the catalog in its own format and place. */
@Command(name = "add",
        description = {"Add papers: fetched from arXiv (--arxiv) or typed in (--title, --url, ...), written in the "
                + "catalog's own format, in the right section and order, changing nothing else."},
        footer = {"", "Examples:", "  papers add --arxiv 2409.12191",
            "  papers add --arxiv 2409.12191 2408.03326 --section \"Multimodal LLMs\" --dry-run",
            "  papers add --title \"My Paper\" --url https://example.org/paper.pdf --date 2024-09 --authors \"A. Author, B. Author\"",
            "", "Without --section: the month or year heading of a catalog organised by date (created when missing),",
            "else the section whose papers are most like the new one (its two runners-up are shown), else",
            "papers.yaml's default-section. A paper already in the catalog (same arXiv id, DOI or title) is",
            "refused (exit 1) unless --allow-duplicate."})
final class AddCommand extends CatalogCommand implements Callable<Integer> {

    @Option(names = "--arxiv", paramLabel = "ID", arity = "1..*",
            description = "arXiv ids or URLs (2409.12191, arXiv:2409.12191v2, https://arxiv.org/pdf/2409.12191, hep-th/9901001).")
    List<String> arxiv = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TITLE", description = "The title, for a paper added by hand.")
    String title;

    @Option(names = "--url", paramLabel = "URL", description = "The paper's link, for a paper added by hand.")
    String url;

    @Option(names = "--authors", paramLabel = "NAMES", description = "Authors, comma-separated.")
    String authors;

    @Option(names = "--date", paramLabel = "YYYY-MM", description = "The date (YYYY, YYYY-MM or YYYY-MM-DD).")
    String date;

    @Option(names = "--venue", paramLabel = "VENUE", description = "Where it appeared (NeurIPS 2024, ...).")
    String venue;

    @Option(names = "--code", paramLabel = "URL", description = "The code link (default: a GitHub URL in the arXiv comment).")
    String code;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note, where the format has one.")
    String note;

    @Option(names = "--tag", paramLabel = "TAG", description = "An inline tag, where the format has them (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--section", paramLabel = "NAME", description = "The heading to add under (its text or slug).")
    String section;

    @Option(names = "--allow-duplicate", description = "Add even if the paper is in the catalog already.")
    boolean allowDuplicate;

    @Option(names = "--dry-run", description = "Print the diff of what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--offline", description = "Use only arXiv metadata cached by an earlier add; no network.")
    boolean offline;

    AddCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        CatalogLocator locator = ctx.locator();
        CatalogSource source = locator.locate(global.catalog);
        if (source.readOnly()) {
            throw new UserException(ExitCode.USAGE, "the bundled catalog is read-only: name your list with --catalog PATH, "
                    + "set PAPERS_CATALOG, or run the command inside your list's repository (papers init writes a papers.yaml)");
        }
        List<NewEntry> papers = arxiv.isEmpty() ? List.of(manual()) : fetch(source);
        Catalog catalog = locator.load(source);
        EntryFormat declared = catalog.config().format() == null ? null : EntryFormat.byId(catalog.config().format());
        CatalogWriter writer = new CatalogWriter(ctx.cacheDir());
        boolean wrote = false;
        Map<String, String> original = new LinkedHashMap<>();
        Map<String, ParsedFile> pending = new LinkedHashMap<>();
        Placement placement = new Placement(() -> index(false), err());
        try {
            for (NewEntry paper : papers) {
                wrote |= addOne(paper, catalog, placement, declared, writer, original, pending);
                catalog = locator.load(source);
            }
        } finally {
            placement.close();
        }
        for (Map.Entry<String, ParsedFile> p : pending.entrySet()) {
            printDiff(p.getKey(), original.get(p.getKey()), p.getValue().source().text());
        }
        if (wrote) {
            refreshIndex(locator);
        }
        return ExitCode.OK.code();
    }

    /** Adds one paper (or, with --dry-run, records it in {@code pending}); true when a file was written. */
    private boolean addOne(NewEntry paper, Catalog catalog, Placement placement, EntryFormat declared, CatalogWriter writer,
            Map<String, String> original, Map<String, ParsedFile> pending) throws IOException {
        {
            if (!allowDuplicate) {
                Optional<Entry> dup = duplicate(catalog.entries(), paper);
                if (dup.isPresent()) {
                    throw new UserException(ExitCode.NOT_FOUND, "already in the catalog at " + dup.get().file() + ":"
                            + dup.get().line() + ": " + Terminal.safe(dup.get().title()) + " (--allow-duplicate adds it anyway)");
                }
            }
            Placement.Target target = placement.target(catalog, paper, section, true);
            Path file = catalog.root().resolve(target.file());
            if (dryRun) {
                ParsedFile parsed = pending.getOrDefault(target.file(), Placement.find(catalog, target.file()));
                original.putIfAbsent(target.file(), parsed.source().text());
                if (!allowDuplicate && duplicate(parsed.entries(), paper).isPresent()) {
                    throw new UserException(ExitCode.NOT_FOUND, "already in the catalog: " + Terminal.safe(paper.title()));
                }
                EntryPlacer.Plan plan = plan(parsed, target, paper, declared);
                pending.put(target.file(), new CatalogParser().parse(new SourceFile(target.file(), plan.text())));
                return false;
            }
            int[] line = {0};
            String[] where = {null};
            CatalogWriter.Result r = writer.update(file, target.file(), text -> {
                ParsedFile fresh = new CatalogParser().parse(new SourceFile(target.file(), text));
                if (!allowDuplicate) {
                    duplicate(fresh.entries(), paper).ifPresent(d -> {
                        throw new UserException(ExitCode.NOT_FOUND, "already in the catalog at " + d.file() + ":" + d.line()
                                + ": " + Terminal.safe(d.title()));
                    });
                }
                EntryPlacer.Plan plan = plan(fresh, target, paper, declared);
                line[0] = plan.line();
                where[0] = plan.section();
                return plan.text();
            });
            out().println("added " + Terminal.safe(paper.title()) + " at " + target.file() + ":" + line[0]
                    + (where[0] == null ? "" : " (" + Terminal.safe(where[0]) + ")"));
            return r.changed();
        }
    }

    private EntryPlacer.Plan plan(ParsedFile parsed, Placement.Target target, NewEntry paper, EntryFormat declared) {
        if (target.newHeading() != null) {
            // a concurrent writer may have created the heading since: use it if it is there now
            for (ParsedFile.Heading h : parsed.headings()) {
                if (h.isDate() && h.covers(target.newHeading())) {
                    return EntryPlacer.place(parsed, h, paper, declared);
                }
            }
            return EntryPlacer.placeUnderNewDateHeading(parsed, target.newHeading(), paper, declared);
        }
        ParsedFile.Heading h = target.heading();
        if (h != null) {
            for (ParsedFile.Heading now : parsed.headings()) {
                if (now.text().equals(h.text()) && now.level() == h.level()) {
                    return EntryPlacer.place(parsed, now, paper, declared);
                }
            }
        }
        return EntryPlacer.place(parsed, h, paper, declared);
    }

    /** The entry {@code paper} would duplicate: the same versionless arXiv id, DOI or folded title. */
    static Optional<Entry> duplicate(List<Entry> entries, NewEntry paper) {
        String title = Slugs.foldTitle(paper.title());
        for (Entry e : entries) {
            if (paper.arxiv() != null && paper.arxiv().equals(e.arxiv())) {
                return Optional.of(e);
            }
            if (paper.doi() != null && paper.doi().equalsIgnoreCase(e.doi() == null ? "" : e.doi())) {
                return Optional.of(e);
            }
            if (!title.isEmpty() && title.equals(Slugs.foldTitle(e.title()))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private NewEntry manual() {
        if (title == null || title.isBlank()) {
            throw new UserException(ExitCode.USAGE, "add needs --arxiv ID, or --title (with --url and the rest) for a paper by hand");
        }
        EntryDate d = null;
        if (date != null) {
            d = EntryDate.parse(date).orElseThrow(() -> new UserException(ExitCode.USAGE,
                    "--date: '" + date + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
        ArxivId id = url == null ? null : ArxivId.parse(url).orElse(null);
        List<String> names = authors == null ? List.of() : CatalogParser.splitAuthors(authors);
        return new NewEntry(title.strip(), names, id, url, code, venue, d, null, note, null, tags);
    }

    private List<NewEntry> fetch(CatalogSource source) {
        if (title != null) {
            throw new UserException(ExitCode.USAGE, "--title is for a paper added by hand; with --arxiv the title comes from arXiv");
        }
        List<ArxivId> ids = new ArrayList<>();
        for (String a : arxiv) {
            for (String one : a.split("[,\\s]+")) {
                if (one.isBlank()) {
                    continue;
                }
                ids.add(ArxivId.parse(one).orElseThrow(() -> new UserException(ExitCode.USAGE,
                        "--arxiv: '" + one + "' is not an arXiv id or URL")));
            }
        }
        ArxivCache cache = new ArxivCache(ctx.cacheDir());
        Map<ArxivId, ArxivPaper> found = new LinkedHashMap<>();
        List<ArxivId> missing = new ArrayList<>();
        for (ArxivId id : ids) {
            cache.get(id).ifPresentOrElse(p -> found.put(id, p), () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            if (offline) {
                throw new UserException(ExitCode.FAILURE, "--offline: " + String.join(", ", missing.stream().map(ArxivId::id).toList())
                        + " not in the cache; run once without --offline");
            }
            ArxivClient client = new ArxivClient(ArxivSettings.of(source.config(), ctx.env()), ctx.env());
            Map<ArxivId, ArxivPaper> fetched;
            try {
                fetched = client.fetch(missing);
            } catch (ArxivException e) {
                throw new UserException(switch (e.kind()) {
                    case INVALID_ID -> ExitCode.USAGE;
                    case NOT_FOUND -> ExitCode.NOT_FOUND;
                    case NETWORK, BAD_RESPONSE -> ExitCode.FAILURE;
                }, e.getMessage());
            }
            for (ArxivId id : missing) {
                ArxivPaper p = fetched.get(id);
                if (p == null) {
                    throw new UserException(ExitCode.NOT_FOUND, id.id() + ": not found on arXiv");
                }
                cache.put(p);
                found.put(id, p);
            }
        }
        List<NewEntry> out = new ArrayList<>();
        for (ArxivId id : ids) {
            ArxivPaper p = found.get(id);
            EntryDate d = p.published() == null ? null : EntryDate.parse(p.published()).map(x -> EntryDate.of(x.year(), x.month()))
                    .orElse(null);
            if (date != null) {
                d = EntryDate.parse(date).orElseThrow(() -> new UserException(ExitCode.USAGE, "--date: '" + date + "' is not a date"));
            }
            String v = venue != null ? venue : p.journalRef() == null ? null : Venues.find(p.journalRef()).orElse(null);
            String c = code != null ? code : p.githubUrl();
            out.add(new NewEntry(p.title(), p.authors(), p.id(), null, c, v, d, p.doi(), note, p.summary(), tags));
        }
        return out;
    }

    private void printDiff(String file, String before, String after) {
        List<String> a = Arrays.asList(before.split("\\R", -1));
        List<String> b = Arrays.asList(after.split("\\R", -1));
        var patch = DiffUtils.diff(a, b);
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, a, patch, 2)) {
            out().println(Terminal.safe(line));
        }
    }

    private void refreshIndex(CatalogLocator locator) {
        try (CatalogIndex index = CatalogIndex.open(ctx.cacheDir(), locator.locate(global.catalog), () -> locator.load(
                locator.locate(global.catalog)), notice -> err().println("papers: " + notice), false)) {
            index.size();
        } catch (IOException | RuntimeException e) {
            err().println("papers: the search index will be refreshed by the next search (" + e.getMessage() + ")");
        }
    }
}
