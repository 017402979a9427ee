package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.SourceFile;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.edit.EntryPlacer;
import papers.catalog.edit.EntryRemover;
import papers.catalog.edit.TableOfContents;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.NewEntry;
import papers.index.CatalogIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papers move ID --section NAME}: takes an entry out of its section and writes it into another. */
@Command(name = "move",
        header = "Move entries to another section.",
        description = {"Take the entries named out of their section and write them under another heading, in that "
                + "section's format and order (date order, numbering). An entry keeps its own lines where the two "
                + "sections share a format (only its list number changes); otherwise it is written again in the "
                + "target's format from what it holds. Atomic and locked as add is."},
        footer = {"", "Examples:", "  papers move 2409.12191 --section \"Multimodal LLMs\"",
            "  papers move clip-dpo --section alignment --dry-run",
            "", "An id naming several entries is refused (exit 1, listing them) unless --all. Between two files of",
            "a catalog, the entry is written into its new place before it leaves the old one."})
final class MoveCommand extends EditCommand implements Callable<Integer> {
    private static final Pattern LEAD = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])(\\s+)");

    @Mixin
    EntryIds named;

    @Option(names = "--section", required = true, paramLabel = "NAME",
            completionCandidates = CompletionCommand.SectionCandidates.class,
            description = "The heading to move under (its text or slug).")
    String section;

    MoveCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        Chosen picked = choose(named);
        CatalogSource source = picked.source();
        Catalog catalog = picked.catalog();
        List<Entry> chosen = picked.entries();
        Placement.Target target = Placement.byName(catalog, section);
        EntryFormat declared = EntryFormat.declared(source.config(), target.file());
        ParsedFile.Heading heading = target.heading();
        int moved = 0;
        Optional<CatalogIndex> index = named.dryRun ? Optional.empty() : currentIndex(source);
        try {
            for (Entry e : chosen) {
                if (e.file().equals(target.file()) && under(Placement.find(catalog, e.file()), e, heading)) {
                    err().println("papers: " + Terminal.safe(e.title()) + " is under " + Terminal.safe(heading.text()) + " already");
                    continue;
                }
                int at = e.file().equals(target.file()) ? within(source, e, heading, declared, index)
                        : across(source, catalog, e, target.file(), heading, declared, index);
                moved++;
                if (!named.dryRun) {
                    out().println("moved " + Terminal.safe(e.title()) + " from " + e.file() + ":" + e.line()
                            + (e.sectionPath() == null ? "" : " (" + Terminal.safe(e.sectionPath()) + ")") + " to "
                            + target.file() + ":" + at + (heading == null ? "" : " (" + Terminal.safe(heading.text()) + ")"));
                }
            }
        } finally {
            if (index.isPresent()) {
                index.get().close();
            }
        }
        return moved == 0 && !chosen.isEmpty() ? ExitCode.NOT_FOUND.code() : ExitCode.OK.code();
    }

    /** Moves {@code e} to {@code heading} of its own file in one write; returns its new line. */
    private int within(CatalogSource source, Entry e, ParsedFile.Heading heading, EntryFormat declared,
            Optional<CatalogIndex> index) throws IOException {
        int[] at = {0};
        Changed changed = new Changed();
        CatalogWriter.Result r = edit(source, e.file(), text -> {
            changed.clear();
            ParsedFile parsed = parse(e.file(), text);
            Entry now = current(parsed, e);
            List<String> lines = parsed.lines(now.line(), now.lastLine());
            EntryPlacer.Plan plan = place(e.file(), EntryRemover.remove(parsed, now), heading, now, lines, declared);
            String after = TableOfContents.follow(new SourceFile(e.file(), text), new SourceFile(e.file(), plan.text()));
            at[0] = plan.line();
            changed.gone.add(now);
            placed(e.file(), after, now, plan.line()).ifPresentOrElse(p -> {
                at[0] = p.line();
                changed.added.add(p);
            }, changed::unknown);
            return after;
        }, named.dryRun, index, changed);
        showDiff(e.file(), r, named.dryRun);
        return at[0];
    }

    /**
     * Moves {@code e} into {@code heading} of another file: written there first, then taken out of its own,
     * so that a failure between leaves it twice rather than nowhere. Returns its new line.
     */
    private int across(CatalogSource source, Catalog catalog, Entry e, String file, ParsedFile.Heading heading,
            EntryFormat declared, Optional<CatalogIndex> index) throws IOException {
        int[] at = {0};
        List<String> lines = Placement.find(catalog, e.file()).lines(e.line(), e.lastLine());
        Changed into = new Changed();
        showDiff(file, edit(source, file, text -> {
            into.clear();
            EntryPlacer.Plan plan = place(file, text, heading, e, lines, declared);
            at[0] = plan.line();
            placed(file, plan.text(), e, plan.line()).ifPresentOrElse(p -> into.added.add(p), into::unknown);
            return plan.text();
        }, named.dryRun, index, into), named.dryRun);
        Changed out = new Changed();
        showDiff(e.file(), edit(source, e.file(), text -> without(e.file(), text, List.of(e), out.clear().gone),
                named.dryRun, index, out), named.dryRun);
        return at[0];
    }

    /** The entry placed at {@code line} of {@code text}, if it reads as {@code e} does (same title and arXiv id). */
    private static Optional<Entry> placed(String file, String text, Entry e, int line) {
        return Optional.ofNullable(entriesAt(file, text, List.of(line)).get(line))
                .filter(p -> p.title().equals(e.title()) && Objects.equals(p.arxiv(), e.arxiv()));
    }

    private static Entry current(ParsedFile parsed, Entry e) {
        return EntryRemover.find(parsed, e).orElseThrow(() -> new UserException(ExitCode.NOT_FOUND,
                e.file() + ": " + Terminal.safe(e.title()) + " is no longer there"));
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

    /** Puts {@code e} (written as {@code lines}) under the heading of {@code parsed} that is {@code heading}. */
    private EntryPlacer.Plan place(String file, String text, ParsedFile.Heading heading, Entry e, List<String> lines,
            EntryFormat declared) {
        SourceFile source = new SourceFile(file, text);
        List<ParsedFile.Heading> outline = CatalogParser.outline(source);
        ParsedFile.Heading here = null;
        if (heading != null) {
            for (ParsedFile.Heading h : outline) {
                if (h.text().equals(heading.text()) && h.level() == heading.level()
                        && (here == null || Math.abs(h.line() - heading.line()) < Math.abs(here.line() - heading.line()))) {
                    here = h;
                }
            }
            if (here == null) {
                throw new UserException(ExitCode.FAILURE, file + ": the heading '" + heading.text()
                        + "' is gone; nothing was written, run the command again");
            }
        }
        // only the target section is parsed (and a neighbour's entries, to learn the format, when it has none)
        ParsedFile parsed = AddCommand.withNeighbours(new CatalogParser(), source, outline, here);
        NewEntry paper = asNew(e);
        int start = here == null ? 0 : here.line();
        int end = Integer.MAX_VALUE;
        for (ParsedFile.Heading h : outline) {
            if (h.line() > start) {
                end = h.line();
                break;
            }
        }
        int from = start;
        int to = end;
        List<Entry> there = parsed.entries().stream().filter(x -> x.line() > from && x.line() < to).toList();
        AddCommand.duplicate(there, paper).ifPresent(d -> {
            throw new UserException(ExitCode.REFUSED, "already there at " + d.file() + ":" + d.line() + ": "
                    + Terminal.safe(d.title()) + " (papers remove takes out the one you do not want)");
        });
        EntryFormat own = EntryFormat.detect(lines);
        return EntryPlacer.placeAll(parsed, here, List.of(paper), declared, (format, n, layout) -> {
            if (format != own) {
                return format.render(n, layout);
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

    /** What {@code e} holds, as a paper to write in another format. */
    static NewEntry asNew(Entry e) {
        String code = null;
        for (Link l : e.links()) {
            String label = l.label().toLowerCase(Locale.ROOT);
            if (code == null && (label.equals("code") || label.equals("github") || l.url().startsWith("https://github.com/"))
                    && !l.url().equals(e.url())) {
                code = l.url();
            }
        }
        // the tags its old headings gave it stay behind
        List<String> implied = e.section().stream().map(Slugs::tag).toList();
        List<String> own = e.tags().stream().filter(t -> !implied.contains(t)).toList();
        return new NewEntry(e.title(), e.authors(), e.arxiv(), e.arxiv() == null ? e.url() : null, code, e.venue(), e.date(),
                e.doi(), e.notes(), null, own);
    }
}
