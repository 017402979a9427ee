package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.arxiv.ArxivPaper;
import papers.catalog.ArxivId;
import papers.catalog.CatalogSource;
import papers.catalog.format.NewEntry;
import papers.curate.AddPapers;
import papers.curate.Placement;
import picocli.CommandLine.Mixin;
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
            "", "Without --section: the month or year heading of a catalog organised by date (created when missing), "
                    + "else the section whose papers are most like the new one (its two runners-up are shown), else "
                    + "papers.yaml's default-section. The entry is written as its neighbours are (format, link form, "
                    + "numbering, date order); a paper typed in without --url is refused (exit 2) where they are links.",
            "", "A paper already in the catalog (same arXiv id, DOI or title) is refused unless --allow-duplicate; "
                    + "of several, the others are added, each refusal is said on its own line, and the exit code is 1."})
final class AddCommand extends CatalogCommand implements Callable<Integer> {
    @Mixin
    WriteOptions write;

    @Mixin
    ArxivOptions arxivOptions;

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

    /** Ids of --arxiv that arXiv does not have: said, and the exit code is 1. */
    private final List<String> missing = new ArrayList<>();

    AddCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        CatalogSource source = writableSource();
        List<NewEntry> papers = arxiv.isEmpty() ? List.of(AddPapers.byHand(title, url, authors, date, venue, code, note, tags))
                : fetch(source);
        AddPapers.Result r;
        try (Placement placement = new Placement(() -> index(false), why -> err().println("papers: " + Terminal.safe(why)))) {
            r = new AddPapers(source, placement, new AddPapers.Options(section, allowDuplicate, write.force, dryRun))
                    .add(papers, a -> {
                        if (!json()) {
                            out().println(added(a));
                        }
                    });
        }
        if (json()) {
            Json.print(out(), JsonResults.add(r, missing, dryRun));
        } else {
            Diffs.print(out(), r.edits());
        }
        r.refused().forEach(x -> err().println("papers: not added: " + Terminal.safe(x.paper()) + ": " + Terminal.safe(x.why())));
        if (r.indexBehind()) {
            refreshIndex();
        }
        return !missing.isEmpty() ? ExitCode.NOT_FOUND.code() : r.refused().isEmpty() ? ExitCode.OK.code() : ExitCode.REFUSED.code();
    }

    /** The line that says where a paper was added: {@code added TITLE at FILE:LINE (SECTION)}. */
    static String added(AddPapers.Added a) {
        return "added " + Terminal.safe(a.paper().title()) + " at " + a.file() + ":" + a.line()
                + (a.section() == null ? "" : " (" + Terminal.safe(a.section()) + ")");
    }

    /** The papers of --arxiv, from the cache or arXiv, with the options given overriding what arXiv says. */
    private List<NewEntry> fetch(CatalogSource source) {
        if (title != null) {
            throw new UserException(ExitCode.USAGE, "--title is for a paper added by hand; with --arxiv the title comes from arXiv");
        }
        List<ArxivId> ids = AddPapers.ids(arxiv);
        Map<ArxivId, ArxivPaper> found = arxiv(source, arxivOptions).fetch(ids, offline, true, false);
        ids.stream().filter(id -> !found.containsKey(id)).distinct().forEach(id -> {
            missing.add(id.id());
            err().println("papers: not added: " + id.id() + ": not found on arXiv");
        });
        return ids.stream().filter(found::containsKey).map(id -> AddPapers.fromArxiv(found.get(id), date, venue, code, note, tags))
                .toList();
    }
}
