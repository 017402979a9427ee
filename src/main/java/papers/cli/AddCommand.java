package papers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import papers.arxiv.ArxivCache;
import papers.arxiv.ArxivClient;
import papers.arxiv.ArxivException;
import papers.arxiv.ArxivPaper;
import papers.catalog.ArxivId;
import papers.catalog.Authors;
import papers.catalog.Catalog;
import papers.catalog.CatalogLocator;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.SourceFile;
import papers.catalog.Venues;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.edit.EntryPlacer;
import papers.catalog.edit.TableOfContents;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.NewEntry;
import papers.index.CatalogIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers add}: writes papers into the catalog in its own format and place. */
@Command(name = "add",
        header = "Add papers from arXiv or by hand.",
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
    @picocli.CommandLine.Mixin
    WriteOptions write;


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
        CatalogSource source = writableSource();
        List<NewEntry> papers = arxiv.isEmpty() ? List.of(manual()) : fetch(source);
        CatalogWriter writer = new CatalogWriter(write.force);
        Map<String, String> original = new LinkedHashMap<>();
        Map<String, String> pending = new LinkedHashMap<>();
        boolean stale = false;
        boolean wrote = false;
        try (Placement placement = new Placement(() -> index(false), err())) {
            List<NewEntry> done = new ArrayList<>();
            for (NewEntry paper : papers) {
                if (!allowDuplicate) {
                    Optional<Entry> dup = placement.openIndex().findDuplicate(paper.arxiv(), paper.doi(), paper.title());
                    if (dup.isPresent()) {
                        throw new UserException(ExitCode.REFUSED, "already in the catalog at " + dup.get().file() + ":"
                                + dup.get().line() + ": " + Terminal.safe(dup.get().title()) + " (--allow-duplicate adds it anyway)");
                    }
                    if (done.stream().anyMatch(d -> duplicate(List.of(asEntry(d)), paper).isPresent())) {
                        throw new UserException(ExitCode.REFUSED, "given twice: " + Terminal.safe(paper.title()));
                    }
                }
                Catalog outline = outline(source, pending);
                Placement.Target target = placement.target(outline, paper, section, true);
                if (dryRun) {
                    String text = pending.containsKey(target.file()) ? pending.get(target.file())
                            : Placement.find(outline, target.file()).source().text();
                    original.putIfAbsent(target.file(), text);
                    pending.put(target.file(), withToc(target.file(), text, plan(target.file(), text, target, paper, EntryFormat.declared(source.config(), target.file()))));
                } else {
                    int[] line = {0};
                    String[] where = {null};
                    boolean[] recorded = {false};
                    boolean[] tocMoved = {false};
                    writer.update(source.root().resolve(target.file()), target.file(), text -> {
                        EntryPlacer.Plan plan = plan(target.file(), text, target, paper, EntryFormat.declared(source.config(), target.file()));
                        line[0] = plan.line();
                        where[0] = plan.section();
                        String written = withToc(target.file(), text, plan);
                        // lines changed in two places: the index is rebuilt rather than shifted
                        tocMoved[0] = !written.equals(plan.text());
                        return written;
                    }, result -> recorded[0] = tocMoved[0] ? placement.openIndex().markBehind()
                            : record(placement.openIndex(), source, target.file(), result));
                    stale |= !recorded[0];
                    wrote = true;
                    out().println("added " + Terminal.safe(paper.title()) + " at " + target.file() + ":" + line[0]
                            + (where[0] == null ? "" : " (" + Terminal.safe(where[0]) + ")"));
                }
                done.add(paper);
            }
        }
        for (Map.Entry<String, String> p : pending.entrySet()) {
            Diffs.print(out(), p.getKey(), original.get(p.getKey()), p.getValue());
        }
        if (wrote && stale) {
            refreshIndex(locator);
        }
        return ExitCode.OK.code();
    }

    /** The catalog's files with their headings only (no full parse), texts of a dry run's pending changes first. */
    private static Catalog outline(CatalogSource source, Map<String, String> pending) {
        List<ParsedFile> files = new ArrayList<>();
        for (CatalogSource.File f : source.files()) {
            SourceFile text = pending.containsKey(f.path()) ? new SourceFile(f.path(), pending.get(f.path()))
                    : CatalogReader.read(f.file(), f.path());
            files.add(new ParsedFile(text, List.of(), CatalogParser.outline(text), List.of()));
        }
        return new Catalog(source.name(), source.root(), source.readOnly(), source.config(), files);
    }

    /** Tells the index about the lines a write inserted, so it need not be rebuilt; false if it could not. */
    private static boolean record(CatalogIndex index, CatalogSource source, String file, CatalogWriter.Result result) {
        String before = result.before();
        String after = result.after();
        int same = 0;
        int max = Math.min(before.length(), after.length());
        while (same < max && before.charAt(same) == after.charAt(same)) {
            same++;
        }
        int at = 1 + newlines(before, 0, same);
        // the change started on the line holding the first differing character
        int count = newlines(after, 0, after.length()) - newlines(before, 0, before.length());
        SourceFile text = new SourceFile(file, result.after());
        List<ParsedFile.Heading> headings = CatalogParser.outline(text);
        ParsedFile.Heading under = null;
        for (ParsedFile.Heading h : headings) {
            if (h.line() <= at) {
                under = h;
            }
        }
        int from = at;
        int to = at + count;
        List<Entry> added = new CatalogParser().parseSection(text, headings, under).entries().stream()
                .filter(e -> e.line() >= from && e.line() < to).toList();
        return count > 0 ? index.recordInsert(source, file, at, count, added) : index.markBehind();
    }

    private static int newlines(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The planned text; where the plan made a heading, with the table of contents following it (if it kept step). */
    private static String withToc(String file, String text, EntryPlacer.Plan plan) {
        return plan.createdHeading() ? TableOfContents.follow(new SourceFile(file, text), new SourceFile(file, plan.text()))
                : plan.text();
    }

    /** Where the paper goes in {@code text}, parsing only the section it lands in. */
    private EntryPlacer.Plan plan(String file, String text, Placement.Target target, NewEntry paper, EntryFormat declared) {
        SourceFile source = new SourceFile(file, text);
        List<ParsedFile.Heading> outline = CatalogParser.outline(source);
        CatalogParser parser = new CatalogParser();
        if (target.newHeading() != null) {
            for (ParsedFile.Heading h : outline) {
                if (h.isDate() && h.covers(target.newHeading())) {
                    return EntryPlacer.place(withNeighbours(parser, source, outline, h), h, paper, declared);
                }
            }
            ParsedFile.Heading model = outline.stream().filter(ParsedFile.Heading::isDate).findFirst().orElse(null);
            return EntryPlacer.placeUnderNewDateHeading(withNeighbours(parser, source, outline, model), target.newHeading(),
                    paper, declared);
        }
        ParsedFile.Heading heading = null;
        if (target.heading() != null) {
            for (ParsedFile.Heading h : outline) {
                if (h.text().equals(target.heading().text()) && h.level() == target.heading().level()) {
                    heading = h;
                    break;
                }
            }
        }
        ParsedFile section = withNeighbours(parser, source, outline, heading);
        if (!allowDuplicate) {
            duplicate(section.entries(), paper).ifPresent(d -> {
                throw new UserException(ExitCode.REFUSED, "already in the catalog at " + d.file() + ":" + d.line()
                        + ": " + Terminal.safe(d.title()));
            });
        }
        return EntryPlacer.place(section, heading, paper, declared);
    }

    /**
     * The entries under {@code heading}; when it has none, those of the nearest section that has some
     * too (outside its range: the placer learns the format from them but puts nothing among them).
     */
    static ParsedFile withNeighbours(CatalogParser parser, SourceFile source, List<ParsedFile.Heading> outline,
            ParsedFile.Heading heading) {
        ParsedFile section = parser.parseSection(source, outline, heading);
        if (!section.entries().isEmpty()) {
            return section;
        }
        int at = heading == null ? -1 : outline.indexOf(heading);
        for (int d = 1; d < outline.size() + 1; d++) {
            for (int i : new int[] {at - d, at + d}) {
                if (i >= -1 && i < outline.size() && i != at) {
                    ParsedFile other = parser.parseSection(source, outline, i < 0 ? null : outline.get(i));
                    if (!other.entries().isEmpty()) {
                        return new ParsedFile(source, other.entries(), outline, List.of());
                    }
                }
            }
        }
        return section;
    }

    private static Entry asEntry(NewEntry p) {
        return Entry.builder(p.title(), "").authors(p.authors()).arxiv(p.arxiv()).url(p.url()).venue(p.venue())
                .date(p.date()).doi(p.doi()).build();
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
        List<String> names = authors == null ? List.of() : Authors.splitAuthors(authors);
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
        Map<ArxivId, ArxivPaper> found = fetch(ctx, source, ids, offline, true, true, err());
        List<NewEntry> out = new ArrayList<>();
        for (ArxivId id : ids) {
            ArxivPaper p = found.get(id);
            EntryDate d = p.published() == null ? null : EntryDate.parse(p.published()).map(x -> EntryDate.of(x.year(), x.month()))
                    .orElse(null);
            if (date != null) {
                d = EntryDate.parse(date).orElseThrow(() -> new UserException(ExitCode.USAGE, "--date: '" + date + "' is not a date"));
            }
            String v = venue != null ? venue : venueOf(p);
            String c = code != null ? code : p.githubUrl();
            out.add(new NewEntry(p.title(), p.authors(), p.id(), null, c, v, d, p.doi(), note, p.summary(), tags));
        }
        return out;
    }

    /** Where arXiv says the paper appeared: a venue named by its journal reference, else by its DOI; or null. */
    static String venueOf(ArxivPaper p) {
        return (p.journalRef() == null ? Optional.<String>empty() : Venues.find(p.journalRef()))
                .or(() -> Venues.fromDoi(p.doi())).orElse(null);
    }

    /**
     * The arXiv metadata of {@code ids}, in batches, from the cache where {@code cached} (and only from it
     * when {@code offline}); fresh answers go into the cache. A failure, and where {@code strict} a paper arXiv
     * does not have, is a {@link UserException}; otherwise such a paper is left out.
     */
    static Map<ArxivId, ArxivPaper> fetch(Context ctx, CatalogSource source, List<ArxivId> ids, boolean offline, boolean cached,
            boolean strict, PrintWriter progressLine) {
        ArxivCache cache = new ArxivCache(ctx.cacheDir());
        Map<ArxivId, ArxivPaper> found = new LinkedHashMap<>();
        List<ArxivId> missing = new ArrayList<>();
        for (ArxivId id : ids) {
            Optional<ArxivPaper> hit = cached || offline ? cache.get(id) : Optional.empty();
            hit.ifPresentOrElse(p -> found.put(id, p), () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            if (offline) {
                throw new UserException(ExitCode.FAILURE, "--offline: " + String.join(", ", missing.stream().map(ArxivId::id).toList())
                        + " not in the cache; run once without --offline");
            }
            ArxivClient client = new ArxivClient(ArxivSettings.of(source.config(), ctx.env()), ctx.env());
            Map<ArxivId, ArxivPaper> fetched;
            try {
                fetched = client.fetchInBatches(missing, (done, total) -> {
                    // a long update: a count on a terminal, between requests that are 3 s apart
                    if (ctx.tty() && total > ArxivClient.BATCH) {
                        progressLine.print("\rarXiv: " + done + "/" + total + " papers" + (done == total ? "\n" : ""));
                        progressLine.flush();
                    }
                });
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
                    if (strict) {
                        throw new UserException(ExitCode.NOT_FOUND, id.id() + ": not found on arXiv");
                    }
                    continue;
                }
                cache.put(p);
                found.put(id, p);
            }
        }
        return found;
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
