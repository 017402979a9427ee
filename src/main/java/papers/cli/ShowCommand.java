package papers.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.curate.Selection;
import papers.export.EntryMaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code papers show ID}: every field of the entries an arXiv id or a title slug names. */
@Command(name = "show",
        header = "Show every field of an entry.",
        description = "Show every field of the entry with this arXiv id or title slug (all entries that match).",
        footer = {"", "Examples:", "  papers show 2409.12191", "  papers show https://arxiv.org/abs/2409.12191v2 --json",
                "  papers show qwen2-vl"})
final class ShowCommand extends CatalogCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "An arXiv id or URL, FILE:LINE (the entry on that line), or the slug (or its first words) of a title.")
    String id;

    ShowCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Catalog catalog = catalog();
        List<Entry> matches = Selection.find(catalog.entries(), id);
        PrintWriter out = out();
        if (json()) {
            Json.print(out, matches.stream().map(EntryMaps::of).toList());
        } else {
            boolean first = true;
            for (Entry e : matches) {
                if (!first) {
                    out.println();
                }
                first = false;
                print(out, e);
            }
        }
        if (matches.isEmpty()) {
            err().println("papers: no entry matches '" + Terminal.safe(id) + "' in " + catalog.name());
            return ExitCode.NOT_FOUND.code();
        }
        return ExitCode.OK.code();
    }

    private static void print(PrintWriter out, Entry e) {
        line(out, "title", e.title());
        line(out, "alias", e.alias());
        line(out, "authors", e.authors().isEmpty() ? null : String.join(", ", e.authors()));
        line(out, "arxiv", e.arxiv() == null ? null : e.arxiv().id());
        line(out, "url", e.url());
        line(out, "venue", e.venue());
        line(out, "date", e.date() == null ? null : e.date().toString());
        line(out, "doi", e.doi());
        line(out, "tags", e.tags().isEmpty() ? null : String.join(", ", e.tags()));
        line(out, "section", e.sectionPath());
        for (Link l : e.links()) {
            line(out, "link", l.label() + " <" + l.url() + ">");
        }
        for (Map.Entry<String, String> f : e.fields().entrySet()) {
            line(out, f.getKey(), f.getValue());
        }
        line(out, "notes", e.notes());
        line(out, "at", e.file() + ":" + e.line());
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("%-9s %s%n", label + ":", Terminal.safe(value));
        }
    }
}
