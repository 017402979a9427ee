package papers.curate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.Entry;
import papers.catalog.PaperIdentity;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.edit.Edit;
import papers.catalog.edit.EntryPlacer;
import papers.catalog.edit.EntryRemover;
import papers.catalog.edit.TableOfContents;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.HouseStyle;
import papers.catalog.format.NewEntry;

/**
 * Moves entries under another heading, in that section's format and order. An entry keeps its own lines
 * where the two sections share a format (only its list marker changes); otherwise it is written again from
 * what it holds. Between two files, it is written into its new place before it leaves the old one, so that a
 * failure between leaves it twice rather than nowhere.
 */
public final class MovePapers {
    private static final Pattern LEAD = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])(\\s+)");

    private final EditScope scope;
    private final Catalog catalog;

    /** Changes in {@code scope}; a dry run writes nothing. */
    public MovePapers(EditScope scope) {
        this.scope = scope;
        this.catalog = scope.catalog();
    }

    /** One entry moved: from where it was to {@code file:line}, under {@code heading} (null: the file's top). */
    public record Moved(Entry entry, String file, int line, ParsedFile.Heading heading) {}

    /** The entries moved, those already under the heading (left alone), and every edit, in order. */
    public record Result(List<Moved> moved, List<Entry> already, ParsedFile.Heading heading, List<Edit> edits) {}

    /** Moves the entries {@code ids} name (see {@link Selection#choose}) under the heading named {@code section}. */
    public Result move(List<String> ids, boolean all, String section) throws IOException {
        List<Entry> chosen = Selection.choose(catalog, ids, all, "papers move {} --section " + Selection.quoted(section));
        Placement.Target target = Placement.byName(catalog, section);
        HouseStyle house = HouseStyle.of(scope.source().config(), target.file());
        // an entry written again takes the arXiv link form of the target file as read, counted only then
        String[] kind = new String[1];
        Supplier<String> arxivKind = () -> kind[0] != null ? kind[0]
                : (kind[0] = house.settled(Placement.find(catalog, target.file())).arxivForm());
        ParsedFile.Heading heading = target.heading();
        List<Moved> moved = new ArrayList<>();
        List<Entry> already = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        try (CatalogEdits files = new CatalogEdits(scope)) {
            for (Entry e : chosen) {
                if (e.file().equals(target.file()) && under(Placement.find(catalog, e.file()), e, heading)) {
                    already.add(e);
                    continue;
                }
                int at = e.file().equals(target.file()) ? within(files, e, heading, house, arxivKind, edits)
                        : across(files, e, target.file(), heading, house, arxivKind, edits);
                moved.add(new Moved(e, target.file(), at, heading));
            }
        }
        return new Result(moved, already, heading, edits);
    }

    /** Moves {@code e} to {@code heading} of its own file in one write; returns its new line. */
    private int within(CatalogEdits files, Entry e, ParsedFile.Heading heading, HouseStyle house, Supplier<String> arxivKind,
            List<Edit> edits) throws IOException {
        Edit edit = files.edit(e.file(), heading == null ? List.of() : List.of(heading.line()), text -> {
            ParsedFile parsed = files.parse(e.file(), text);
            Entry now = CatalogEdits.current(parsed, e);
            List<String> lines = parsed.lines(now.line(), now.lastLine());
            EntryPlacer.Plan plan = place(e.file(), EntryRemover.remove(parsed, now), heading, now, lines, house, arxivKind);
            String after = TableOfContents.follow(new SourceFile(e.file(), text), new SourceFile(e.file(), plan.text()));
            return placed(e.file(), text, after, List.of(now), now, plan.line());
        });
        edits.add(edit);
        return edit.added().get(0).line();
    }

    /** Moves {@code e} into {@code heading} of another file, then out of its own; returns its new line. */
    private int across(CatalogEdits files, Entry e, String file, ParsedFile.Heading heading, HouseStyle house,
            Supplier<String> arxivKind, List<Edit> edits) throws IOException {
        List<String> lines = Placement.find(catalog, e.file()).lines(e.line(), e.lastLine());
        Edit into = files.edit(file, heading == null ? List.of() : List.of(heading.line()), text -> {
            EntryPlacer.Plan plan = place(file, text, heading, e, lines, house, arxivKind);
            return placed(file, text, plan.text(), List.of(), e, plan.line());
        });
        edits.add(into);
        edits.add(files.edit(e.file(), text -> files.without(e.file(), text, List.of(e))));
        return into.added().get(0).line();
    }

    /**
     * The edit that put {@code e} at {@code line} of {@code after}: with the entry as read there when it reads
     * as {@code e} does (same title and arXiv id); else of text alone, holding {@code e} at that line.
     */
    private static Edit placed(String file, String before, String after, List<Entry> removed, Entry e, int line) {
        Edit edit = CatalogEdits.placed(file, before, after, removed, List.of(line));
        if (edit.known() && edit.added().get(0).title().equals(e.title()) && Objects.equals(edit.added().get(0).arxiv(), e.arxiv())) {
            return edit;
        }
        Entry there = e.toBuilder().file(file).lines(line, line + e.lastLine() - e.line()).build();
        return new Edit(file, before, after, removed, List.of(there), false);
    }

    /** True when {@code e} lies in the section of {@code heading} (before the next heading of any level). */
    private static boolean under(ParsedFile file, Entry e, ParsedFile.Heading heading) {
        ParsedFile.Heading above = null;
        for (ParsedFile.Heading h : file.headings()) {
            if (h.line() < e.line()) {
                above = h;
            }
        }
        return heading == null ? above == null : above != null && above.line() == heading.line();
    }

    /**
     * Puts {@code e} (written as {@code lines}) under the heading of {@code text} that is {@code heading}; written
     * again in another format, its arXiv link is of the kind {@code arxivKind} gives.
     */
    private static EntryPlacer.Plan place(String file, String text, ParsedFile.Heading heading, Entry e, List<String> lines,
            HouseStyle house, Supplier<String> arxivKind) {
        SourceFile source = new SourceFile(file, text);
        List<ParsedFile.Heading> outline = CatalogParser.outline(source);
        ParsedFile.Heading here = heading == null ? null : nearest(outline, heading, file);
        // only the target section is parsed (and a neighbour's entries, to learn the format, when it has none)
        ParsedFile parsed = CatalogEdits.withNeighbours(new CatalogParser(), source, outline, here);
        NewEntry paper = NewEntries.forMove(e);
        PaperIdentity.find(parsed.entriesUnder(here), keys(paper)).ifPresent(d -> {
            throw new CurateException(CurateException.Reason.REFUSED, "already there at " + d.file() + ":" + d.line() + ": "
                    + d.title() + " (papers remove takes out the one you do not want)");
        });
        EntryFormat own = EntryFormat.detect(lines);
        return EntryPlacer.placeAll(parsed, here, List.of(paper), house, (format, n, layout) -> {
            if (format != own) {
                return format.render(n, layout.withArxivKind(arxivKind.get()));
            }
            List<String> out = new ArrayList<>(lines);
            Matcher m = LEAD.matcher(out.get(0));
            if (m.find()) {
                String marker = layout.number() != null ? layout.number() + (layout.delimiter() == null ? "." : layout.delimiter())
                        : layout.marker() == null ? "-" : layout.marker();
                out.set(0, m.group(1) + marker + m.group(2) + out.get(0).substring(m.end()));
            }
            return out;
        });
    }

    /** The heading of {@code outline} that is {@code heading} (same text and level, nearest line); gone is a failure. */
    private static ParsedFile.Heading nearest(List<ParsedFile.Heading> outline, ParsedFile.Heading heading, String file) {
        ParsedFile.Heading here = null;
        for (ParsedFile.Heading h : outline) {
            if (h.text().equals(heading.text()) && h.level() == heading.level()
                    && (here == null || Math.abs(h.line() - heading.line()) < Math.abs(here.line() - heading.line()))) {
                here = h;
            }
        }
        if (here == null) {
            throw new CurateException(CurateException.Reason.FAILED, file + ": the heading '" + heading.text()
                    + "' is gone; nothing was written, run the command again");
        }
        return here;
    }

    private static List<String> keys(NewEntry paper) {
        return PaperIdentity.keys(paper.arxiv(), paper.doi(), paper.title());
    }
}
