package papers.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import papers.arxiv.ArxivCache;
import papers.arxiv.ArxivClient;
import papers.catalog.Catalog;
import papers.catalog.CatalogSource;
import papers.catalog.format.NewEntry;
import papers.curate.AddPapers;
import papers.curate.Placement;
import papers.curate.SuggestPapers;
import papers.index.CatalogIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papers suggest}: the new arXiv submissions most like the catalog's sections. */
@Command(name = "suggest",
        header = "New arXiv papers that belong in the list, with their sections.",
        description = {"Reads the arXiv submissions of a period in the catalog's categories (a few paged requests) "
                + "and shows those most like a section's papers: words its paper titles hold more often than the "
                + "period's submissions do (entries that are not papers do not count; date headings are not "
                + "sections), each with the section it fits, a score, and the papers and words that made it fit. "
                + "Papers in the catalog already, and those less like a section than most of its own papers are, "
                + "are left out."},
        footer = {"", "Examples:", "  papers suggest", "  papers suggest --since 2024-09-01 --section Hallucination",
            "  papers add --section Hallucination --arxiv $(papers suggest --ids --section Hallucination)",
            "  papers suggest --pick",
            "", "Categories: --category, else papers.yaml's suggest.categories, else the primary categories of the "
                    + "catalog's papers in the arXiv cache (filled by add and update); none known: exit 2. "
                    + "The period: --since (default: the day of the newest dated entry, at most 30 days ago) to "
                    + "--until (default: today, UTC).",
            "", "Nothing suggested: exit 1. arXiv unreachable or answering wrongly: exit 3, nothing written."})
final class SuggestCommand extends CatalogCommand implements Callable<Integer> {
    @Mixin
    ArxivOptions arxivOptions;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "The first day of submissions to read.")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "The last day of submissions to read (default: today).")
    String until;

    @Option(names = "--category", paramLabel = "CAT", description = "An arXiv category to read (repeatable): cs.CV, cs.CL, ...")
    List<String> categories = new ArrayList<>();

    @Option(names = "--section", paramLabel = "NAME", description = "Only papers for this heading (its text or slug) and the ones below it.")
    String section;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N papers (default: 20).")
    int limit;

    @Option(names = "--ids", description = "Print only the arXiv ids, one a line (for papers add --arxiv).")
    boolean ids;

    @Option(names = "--pick", description = "On a terminal: accept or skip each paper with a key (y, n, q), then add the accepted ones.")
    boolean pick;

    /** Where a paper of a catalog kept by date goes: its date's place, found by add. */
    private static final String BY_DATE = "by date";

    SuggestCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new UserException(ExitCode.USAGE, "--limit: must be at least 1");
        }
        if (pick && (ids || json())) {
            throw new UserException(ExitCode.USAGE, "--pick asks on the terminal: it does not go with --ids or --json");
        }
        // a terminal without colours (TERM=dumb, as in an editor's shell) still answers keys
        if (pick && !ctx.tty() && System.console() == null) {
            throw new UserException(ExitCode.USAGE, "--pick needs a terminal; use --ids and papers add --arxiv instead");
        }
        CatalogSource source = pick ? writableSource() : source();
        Catalog catalog = ctx.locator().load(source);
        ArxivCache cache = new ArxivCache(ctx.cacheDir());
        SuggestPapers.Categories cats = SuggestPapers.categories(categories, source.config(), catalog, cache);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate to = until == null ? today : day("--until", until);
        LocalDate from;
        String why;
        if (since != null) {
            from = day("--since", since);
            why = "";
        } else {
            Optional<LocalDate> newest = SuggestPapers.newestDate(catalog);
            LocalDate bound = to.minusDays(SuggestPapers.DEFAULT_DAYS);
            from = newest.filter(d -> d.isAfter(bound)).orElse(bound);
            why = newest.filter(d -> d.isAfter(bound)).isPresent() ? " (since the newest dated entry; --since to change)"
                    : " (the last " + SuggestPapers.DEFAULT_DAYS + " days; --since to change)";
        }
        if (from.isAfter(to)) {
            throw new UserException(ExitCode.USAGE, "--since " + from + " is after --until " + to);
        }
        err().println("papers: arXiv " + String.join(", ", cats.names()) + " (from " + cats.from() + "), submitted "
                + from + " to " + to + why);
        ArxivClient client = new ArxivClient(ArxivSettings.of(source.config(), ctx.env(), arxivOptions.timeout), ctx.env());
        SuggestPapers.Result r;
        try (CatalogIndex index = index(false)) {
            r = new SuggestPapers(catalog, index, client, cache).suggest(
                    new SuggestPapers.Options(cats.names(), from, to, section, limit), (read, listed) -> {
                        if (ctx.tty() && listed > ArxivClient.PAGE) {
                            err().print("\rarXiv: " + read + "/" + Math.min(listed, ArxivClient.MOST_LISTED) + " submissions"
                                    + (read >= Math.min(listed, ArxivClient.MOST_LISTED) ? "\n" : ""));
                            err().flush();
                        }
                    });
        }
        summary(r);
        if (ids) {
            r.suggestions().forEach(s -> out().println(s.paper().id().id()));
        } else if (json()) {
            Json.print(out(), r.suggestions().stream().map(SuggestCommand::json).toList());
        } else if (!pick) {
            int n = 0;
            for (SuggestPapers.Suggestion s : r.suggestions()) {
                print(++n, s);
            }
        }
        if (r.suggestions().isEmpty()) {
            return ExitCode.NOT_FOUND.code();
        }
        return pick ? pick(source, r.suggestions()) : ExitCode.OK.code();
    }

    private void summary(SuggestPapers.Result r) {
        if (r.listed() > r.read()) {
            err().println("papers: arXiv lists " + r.listed() + " submissions; the newest " + r.read()
                    + " were read (a later --since reads fewer)");
        }
        err().println("papers: " + r.read() + " submissions read in " + r.requests() + (r.requests() == 1 ? " request" : " requests")
                + "; " + r.inCatalog() + " in the catalog already, " + (r.unlike() + r.belowBar())
                + " less like a section than its own papers, " + r.suggestions().size() + " shown (profiles of "
                + r.profiled() + " papers)");
        if (r.profiled() == 0) {
            err().println("papers: no entry of the catalog is a paper (an arXiv id, a DOI or a paper's link), so nothing can fit");
        }
    }

    private void print(int n, SuggestPapers.Suggestion s) {
        var p = s.paper();
        var f = s.fit();
        out().println(n + ". " + Terminal.safe(p.title()));
        out().printf("   %s  %s  %s (%s)  score %.2f%n", p.id().id(), p.published() == null ? "" : p.published(),
                Terminal.safe(f.section().isEmpty() ? BY_DATE : f.section()), Terminal.safe(f.file()), f.score());
        List<String> because = new ArrayList<>();
        f.like().forEach(t -> because.add("\"" + Terminal.safe(shorten(t)) + "\""));
        String words = String.join(", ", f.words().stream().map(w -> "\"" + Terminal.safe(w) + "\"").toList());
        if (!because.isEmpty() || !words.isEmpty()) {
            out().println("   because: " + (because.isEmpty() ? "" : "like " + String.join(" and ", because))
                    + (because.isEmpty() || words.isEmpty() ? "" : "; ") + (words.isEmpty() ? "" : "words " + words));
        }
    }

    private static String shorten(String title) {
        return title.length() <= 60 ? title : title.substring(0, 57).strip() + "...";
    }

    private static Map<String, Object> json(SuggestPapers.Suggestion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arxiv", s.paper().id().id());
        m.put("title", s.paper().title());
        m.put("authors", s.paper().authors());
        m.put("date", s.paper().published());
        m.put("category", s.paper().primaryCategory());
        m.put("file", s.fit().file());
        m.put("section", s.fit().section().isEmpty() ? null : s.fit().section());
        m.put("score", Math.round(s.fit().score() * 1000) / 1000.0);
        m.put("like", s.fit().like());
        m.put("words", s.fit().words());
        return m;
    }

    private static LocalDate day(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserException(ExitCode.USAGE, option + ": '" + text + "' is not a day (YYYY-MM-DD)");
        }
    }

    /** Asks for each suggestion on the terminal, then adds the accepted ones to the section each fits. */
    private int pick(CatalogSource source, List<SuggestPapers.Suggestion> suggestions) throws IOException {
        Map<String, List<NewEntry>> accepted = new LinkedHashMap<>();
        int n = 0;
        try (Keys keys = Keys.open(ctx.in())) {
            for (SuggestPapers.Suggestion s : suggestions) {
                print(++n, s);
                out().print("   add to " + (s.fit().section().isEmpty() ? BY_DATE : "\"" + Terminal.safe(s.fit().section()) + "\"")
                        + "? [y]es, [n]o, [q]uit: ");
                out().flush();
                int key = keys.next();
                if (key < 0) {
                    out().println();
                } else if (keys.single()) {
                    out().println(Character.toString(key));
                }
                // else a line-mode terminal has shown the key and the Enter already
                if (key < 0 || key == 'q' || key == 'Q') {
                    break;
                }
                if (key == 'y' || key == 'Y') {
                    String heading = s.fit().section();
                    // under dates alone: add finds the place of the paper's date
                    heading = heading.isEmpty() ? null
                            : heading.substring(heading.lastIndexOf(" / ") < 0 ? 0 : heading.lastIndexOf(" / ") + 3);
                    accepted.computeIfAbsent(heading, h -> new ArrayList<>())
                            .add(AddPapers.fromArxiv(s.paper(), null, null, null, null, List.of()));
                }
            }
        }
        if (accepted.isEmpty()) {
            err().println("papers: nothing accepted; the catalog is unchanged");
            return ExitCode.OK.code();
        }
        boolean behind = false;
        int refused = 0;
        for (var group : accepted.entrySet()) {
            AddPapers.Result r;
            try (Placement placement = new Placement(() -> index(false), why -> err().println("papers: " + Terminal.safe(why)))) {
                r = new AddPapers(source, placement, new AddPapers.Options(group.getKey(), false, false, false))
                        .add(group.getValue(), a -> out().println(AddCommand.added(a)));
            }
            r.refused().forEach(x -> err().println("papers: not added: " + Terminal.safe(x.paper()) + ": " + Terminal.safe(x.why())));
            refused += r.refused().size();
            behind |= r.indexBehind();
        }
        if (behind) {
            refreshIndex();
        }
        return refused == 0 ? ExitCode.OK.code() : ExitCode.REFUSED.code();
    }

    /**
     * Single key presses from the terminal: the terminal is put in character mode without echo ({@code stty
     * -icanon -echo}) while open, and put back on close or Ctrl-C; where that cannot be done, a key counts once
     * Enter is pressed.
     */
    private static final class Keys implements AutoCloseable {
        private final InputStream in;
        private final String saved;
        /** Puts the terminal back when the user stops papers with Ctrl-C while it waits for a key. */
        private final Thread restore;

        private Keys(InputStream in, String saved) {
            this.in = in;
            this.saved = saved;
            this.restore = saved == null ? null : new Thread(() -> stty(saved.strip()));
            if (restore != null) {
                Runtime.getRuntime().addShutdownHook(restore);
            }
        }

        static Keys open(InputStream in) {
            String saved = stty("-g");
            if (saved != null && stty("-icanon", "-echo", "min", "1") == null) {
                saved = null;
            }
            return new Keys(in, saved);
        }

        /** True when keys are read one at a time, unseen: the caller shows each one. */
        boolean single() {
            return saved != null;
        }

        /** The next key that is not white space, or -1 at the end of input. */
        int next() {
            try {
                int c;
                do {
                    c = in.read();
                } while (c >= 0 && Character.isWhitespace(c));
                return c;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (saved != null) {
                stty(saved.strip());
                Runtime.getRuntime().removeShutdownHook(restore);
            }
        }

        /** Runs stty on the terminal; its output, or null when it could not. */
        private static String stty(String... args) {
            File tty = new File("/dev/tty");
            if (!tty.exists()) {
                return null;
            }
            List<String> cmd = new ArrayList<>(List.of("stty"));
            cmd.addAll(List.of(args));
            try {
                Process p = new ProcessBuilder(cmd).redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes());
                return p.waitFor() == 0 ? out : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
