package papers.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import papers.catalog.Catalog;
import papers.catalog.ParsedFile;
import papers.catalog.edit.TableOfContents;
import picocli.CommandLine.Command;

/** {@code papers toc}: the table of contents {@code lint --fix} would write. */
@Command(name = "toc",
        header = "Print the table of contents lint --fix would write.",
        description = {"Print each file's table of contents (its first list of [Text](#anchor) links) as written from the headings after it: the levels it covers, its bullets, indentation "
                + "and numbering, GitHub's anchors; an item whose anchor still names a heading keeps its text. "
                + "papers lint reports a table that differs, and papers lint --fix writes this one in its place."},
        footer = {"", "Examples:", "  papers toc", "  papers --catalog README.md toc > /tmp/toc.md",
            "", "Exit 1 when no file of the catalog has a table of contents."})
final class TocCommand extends CatalogCommand implements Callable<Integer> {

    TocCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Catalog catalog = ctx.locator().load(writableSource());
        int found = 0;
        List<Map<String, Object>> tables = new ArrayList<>();
        for (ParsedFile f : catalog.files()) {
            Optional<TableOfContents.Toc> toc = TableOfContents.find(f);
            if (toc.isEmpty()) {
                continue;
            }
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", f.source().path());
                m.put("firstLine", toc.get().firstLine());
                m.put("lastLine", toc.get().lastLine());
                m.put("items", TableOfContents.render(f.headings(), toc.get()));
                tables.add(m);
                found++;
                continue;
            }
            if (catalog.files().size() > 1) {
                out().println((found > 0 ? "\n" : "") + "<!-- " + f.source().path() + ":" + toc.get().firstLine() + " -->");
            }
            found++;
            List<String> lines = TableOfContents.render(f.headings(), toc.get());
            lines.forEach(l -> out().println(Terminal.safe(l)));
        }
        if (json()) {
            Json.print(out(), tables);
        }
        if (found == 0) {
            err().println("papers: no table of contents in " + catalog.name()
                    + " (a list of [Text](#anchor) links)");
            return ExitCode.NOT_FOUND.code();
        }
        return ExitCode.OK.code();
    }
}
