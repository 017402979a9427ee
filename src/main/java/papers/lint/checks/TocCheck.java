package papers.lint.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.edit.TableOfContents;

/**
 * {@link Rule#TOC}: one finding at a table of contents that --fix would write otherwise, saying what is missing,
 * stale or out of order; its fix has the whole table written again from the headings.
 */
final class TocCheck implements Check {
    /** The fix a finding carries: the fixer writes the whole table again. */
    static final String FIX = "(table of contents written from the headings)";

    @Override
    public void check(LintFile file, Findings out) {
        ParsedFile parsed = file.parsed();
        Optional<TableOfContents.Toc> found = TableOfContents.find(parsed);
        if (found.isEmpty()) {
            return;
        }
        TableOfContents.Toc toc = found.get();
        List<String> want = TableOfContents.render(parsed.headings(), toc);
        if (want.isEmpty() || want.equals(parsed.lines(toc.firstLine(), toc.lastLine()))) {
            return;
        }
        out.add(Rule.TOC, toc.firstLine(), 1, "table of contents does not match the headings: " + String.join("; ", why(parsed, toc)),
                null, FIX);
    }

    /** What differs: headings it misses (the first three), items whose anchor resolves to no heading, else order or style. */
    private static List<String> why(ParsedFile parsed, TableOfContents.Toc toc) {
        Set<String> listed = new HashSet<>();
        toc.items().forEach(it -> listed.add(it.anchor().toLowerCase(Locale.ROOT)));
        Set<String> anchors = new HashSet<>();
        Slugs.anchors(parsed.headings().stream().map(ParsedFile.Heading::anchorText).toList())
                .forEach(a -> anchors.add(a.toLowerCase(Locale.ROOT)));
        List<String> missing = TableOfContents.wanted(parsed.headings(), toc).stream()
                .filter(w -> !listed.contains(w.anchor().toLowerCase(Locale.ROOT))).map(w -> "'" + w.text() + "'").toList();
        long stale = toc.items().stream().filter(it -> !anchors.contains(it.anchor().toLowerCase(Locale.ROOT))).count();
        List<String> why = new ArrayList<>();
        if (!missing.isEmpty()) {
            why.add("missing " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : ""));
        }
        if (stale > 0) {
            why.add(stale + (stale == 1 ? " item names" : " items name") + " no heading");
        }
        if (why.isEmpty()) {
            why.add("items out of the headings' order or style");
        }
        return why;
    }
}
