package papers.curate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import papers.arxiv.ArxivPaper;
import papers.catalog.ArxivId;
import papers.catalog.Authors;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.PaperIdentity;
import papers.catalog.ParsedFile;
import papers.catalog.Sections;
import papers.catalog.SourceFile;
import papers.catalog.Window;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.edit.Edit;
import papers.catalog.edit.EntryPlacer;
import papers.catalog.edit.TableOfContents;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.HouseStyle;
import papers.catalog.format.NewEntry;

/**
 * Writes new papers into a catalog, each in its file's own format and in its place (see {@link Placement}),
 * changing nothing else; a paper the catalog has already is refused unless allowed. To place a paper only
 * the headings of the catalog and the one section it lands in are read.
 */
public final class AddPapers {
    private final CatalogSource source;
    private final Placement placement;
    private final Options options;

    /** The heading to add under (or null: placement decides), duplicates allowed, write or only show. */
    public record Options(String section, boolean allowDuplicate, boolean force, boolean dryRun) {}

    /** One paper written (on a dry run, to be written): at {@code file:line}, under {@code section} (null: the file's top). */
    public record Added(NewEntry paper, String file, int line, String section) {}

    /** One paper not added, and why (a one-line message naming where the catalog has it). */
    public record Refused(String paper, String why) {}

    /**
     * What the adds did: the papers written, those refused, the edits (one per file, whole, on a dry run), and
     * whether the search index could not be told of some write and is to be refreshed.
     */
    public record Result(List<Added> added, List<Refused> refused, List<Edit> edits, boolean indexBehind) {}

    /** One placement worked out on a file's text: the edit, and the plan that made it. */
    private record Placed(Edit edit, EntryPlacer.Plan plan) {}

    public AddPapers(CatalogSource source, Placement placement, Options options) {
        this.source = source;
        this.placement = placement;
        this.options = options;
    }

    /**
     * Adds {@code papers} one after another, telling {@code onAdded} of each as soon as it is written; a paper
     * that is refused (a duplicate) is counted in the result and the others are added.
     */
    public Result add(List<NewEntry> papers, Consumer<Added> onAdded) throws IOException {
        Map<String, String> original = new LinkedHashMap<>();
        Map<String, String> pending = new LinkedHashMap<>();
        List<Added> added = new ArrayList<>();
        boolean behind = false;
        List<NewEntry> done = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (NewEntry paper : papers) {
            try {
                behind |= addOne(paper, done, original, pending, added, onAdded);
                done.add(paper);
            } catch (CurateException e) {
                if (e.reason() != CurateException.Reason.REFUSED) {
                    throw e;
                }
                refused.add(new Refused(paper.title(), e.getMessage()));
            }
        }
        List<Edit> edits = new ArrayList<>();
        pending.forEach((file, text) -> edits.add(Edit.text(file, original.get(file), text)));
        return new Result(added, refused, edits, behind);
    }

    /** Adds one paper (on a dry run, to the pending texts); true when the index could not be told of the write. */
    private boolean addOne(NewEntry paper, List<NewEntry> done, Map<String, String> original, Map<String, String> pending,
            List<Added> added, Consumer<Added> onAdded) throws IOException {
        if (!options.allowDuplicate()) {
            refuseDuplicate(paper, done);
        }
        Catalog outline = outline(pending);
        Placement.Target target = placement.target(outline, paper, options.section(), true);
        String file = target.file();
        HouseStyle house = HouseStyle.of(source.config(), file);
        if (options.dryRun()) {
            String text = pending.containsKey(file) ? pending.get(file) : Placement.whole(Placement.find(outline, file)).text();
            original.putIfAbsent(file, text);
            Placed p = placeIn(file, text, target, paper, house);
            pending.put(file, p.edit().after());
            // a dry run says where each paper would go, at its line in the text as it would be
            added.add(new Added(paper, file, p.plan().line(), p.plan().section()));
            return false;
        }
        ParsedFile read = Placement.find(outline, file);
        // under an existing heading, the paper is placed in a window showing that section (and its link form is the file's)
        Window window = target.newHeading() == null && target.heading() != null
                ? Window.around(read, List.of(target.heading().line())).orElse(null) : null;
        HouseStyle style = window == null ? house : house.settled(read);
        Placed p = new CatalogWriter(options.force(), source.root()).apply(source.root().resolve(file), file,
                read.bytes() == null ? null : new CatalogWriter.Read(read.bytes(), read.window() == null ? read.source().text() : null,
                        window), text -> placeIn(file, text, target, paper, style), Placed::edit, x -> { });
        Added a = new Added(paper, file, p.plan().line(), p.plan().section());
        added.add(a);
        onAdded.accept(a);
        return !placement.openIndex().apply(source, p.edit(), window == null ? Optional.empty() : window.last());
    }

    /** Refuses {@code paper} when the catalog has it, or it came before in this add. */
    private void refuseDuplicate(NewEntry paper, List<NewEntry> done) {
        Optional<Entry> dup = placement.openIndex().findDuplicate(paper.arxiv(), paper.doi(), paper.title());
        if (dup.isPresent()) {
            throw new CurateException(CurateException.Reason.REFUSED, "already in the catalog at " + dup.get().file() + ":"
                    + dup.get().line() + ": " + dup.get().title() + " (--allow-duplicate adds it anyway)");
        }
        if (done.stream().anyMatch(d -> keys(d).stream().anyMatch(keys(paper)::contains))) {
            throw new CurateException(CurateException.Reason.REFUSED, "given twice: " + paper.title());
        }
    }

    /** The catalog's files with their headings only (no full parse), texts of a dry run's pending changes first. */
    private Catalog outline(Map<String, String> pending) {
        List<ParsedFile> files = new ArrayList<>();
        for (CatalogSource.File f : source.files()) {
            if (pending.containsKey(f.path())) {
                SourceFile text = new SourceFile(f.path(), pending.get(f.path()));
                files.add(new ParsedFile(text, List.of(), CatalogParser.outline(text), List.of()));
                continue;
            }
            // its headings, and no section's entries: a window on the bytes where the file can be cut, kept for the write
            byte[] bytes = CatalogReader.bytes(f.file(), f.path());
            files.add(Sections.outline(f.path(), bytes));
        }
        return new Catalog(source.name(), source.root(), source.readOnly(), source.config(), files);
    }

    /**
     * {@code paper} placed in {@code text}; where the plan made a heading, with the table of contents
     * following it (if it kept step). The edit knows the entry placed, read back from the new text.
     */
    private Placed placeIn(String file, String text, Placement.Target target, NewEntry paper, HouseStyle house) {
        EntryPlacer.Plan plan = plan(file, text, target, paper, house);
        EntryFormat written = EntryFormat.detect(plan.firstLines());
        if (paper.url() == null && paper.arxiv() == null && !EntryFormat.sameShape(written, plan.format())) {
            throw new CurateException(CurateException.Reason.INVALID, "--url: entries of " + file
                    + (plan.section() == null ? "" : " under \"" + plan.section() + "\"") + " are written as "
                    + (plan.format() == EntryFormat.OTHER ? "links" : plan.format().id() + " (" + plan.format().shape() + ")")
                    + ", which needs the paper's link");
        }
        String after = plan.createdHeading() ? TableOfContents.follow(new SourceFile(file, text), new SourceFile(file, plan.text()))
                : plan.text();
        return new Placed(CatalogEdits.placed(file, text, after, List.of(), plan.lines()), plan);
    }

    /** Where the paper goes in {@code text}, parsing only the section it lands in. */
    private EntryPlacer.Plan plan(String file, String text, Placement.Target target, NewEntry paper, HouseStyle house) {
        SourceFile source = new SourceFile(file, text);
        List<ParsedFile.Heading> outline = CatalogParser.outline(source);
        CatalogParser parser = new CatalogParser();
        if (target.newHeading() != null) {
            for (ParsedFile.Heading h : outline) {
                if (h.isDate() && h.covers(target.newHeading())) {
                    return EntryPlacer.place(CatalogEdits.withNeighbours(parser, source, outline, h), h, paper, house);
                }
            }
            ParsedFile.Heading model = outline.stream().filter(ParsedFile.Heading::isDate).findFirst().orElse(null);
            return EntryPlacer.placeUnderNewDateHeading(CatalogEdits.withNeighbours(parser, source, outline, model),
                    target.newHeading(), paper, house);
        }
        ParsedFile.Heading heading = target.heading() == null ? null : outline.stream()
                .filter(h -> h.text().equals(target.heading().text()) && h.level() == target.heading().level())
                .findFirst().orElse(null);
        ParsedFile section = CatalogEdits.withNeighbours(parser, source, outline, heading);
        if (!options.allowDuplicate()) {
            PaperIdentity.find(section.entries(), keys(paper)).ifPresent(d -> {
                throw new CurateException(CurateException.Reason.REFUSED, "already in the catalog at " + d.file() + ":"
                        + d.line() + ": " + d.title());
            });
        }
        return EntryPlacer.place(section, heading, paper, house);
    }

    /** A paper typed in: {@code title} is needed; the date, when given, must be one. */
    public static NewEntry byHand(String title, String url, String authors, String date, String venue, String code, String note,
            List<String> tags) {
        if (title == null || title.isBlank()) {
            throw new CurateException(CurateException.Reason.INVALID,
                    "add needs --arxiv ID, or --title (with --url and the rest) for a paper by hand");
        }
        EntryDate d = date == null ? null : date(date, " (YYYY, YYYY-MM or YYYY-MM-DD)");
        ArxivId id = url == null ? null : ArxivId.parse(url).orElse(null);
        List<String> names = authors == null ? List.of() : Authors.splitAuthors(authors);
        return new NewEntry(title.strip(), names, id, url, code, venue, d, null, note, null, tags);
    }

    /**
     * A paper as arXiv has it: its month of first publication, the venue its journal reference or DOI names
     * and the GitHub link of its comment, each unless given ({@code date}, {@code venue}, {@code code}).
     */
    public static NewEntry fromArxiv(ArxivPaper p, String date, String venue, String code, String note, List<String> tags) {
        EntryDate d = p.published() == null ? null
                : EntryDate.parse(p.published()).map(x -> EntryDate.of(x.year(), x.month())).orElse(null);
        if (date != null) {
            d = date(date, "");
        }
        return new NewEntry(p.title(), p.authors(), p.id(), null, code != null ? code : p.githubUrl(),
                venue != null ? venue : ArxivLookup.venueOf(p), d, p.doi(), note, p.summary(), tags);
    }

    private static EntryDate date(String date, String forms) {
        return EntryDate.parse(date).orElseThrow(() -> new CurateException(CurateException.Reason.INVALID,
                "--date: '" + date + "' is not a date" + forms));
    }

    /** The arXiv ids of {@code given}: each an id or URL, or several split by commas or spaces. */
    public static List<ArxivId> ids(List<String> given) {
        List<ArxivId> ids = new ArrayList<>();
        for (String a : given) {
            for (String one : a.split("[,\\s]+")) {
                if (!one.isBlank()) {
                    ids.add(ArxivId.parse(one).orElseThrow(() -> new CurateException(CurateException.Reason.INVALID,
                            "--arxiv: '" + one + "' is not an arXiv id or URL")));
                }
            }
        }
        return ids;
    }

    private static List<String> keys(NewEntry paper) {
        return PaperIdentity.keys(paper.arxiv(), paper.doi(), paper.title());
    }
}
