package papers.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import papers.catalog.CatalogParser;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.edit.Edit;
import papers.lint.checks.Finding;
import papers.lint.checks.LintFile;
import papers.lint.checks.Links;

/**
 * Lints one file and, where asked, mends what the safe fixes can: on a dry run the fixed text is only worked
 * out; otherwise it is written under the file's lock (the findings worked out again on the text found there),
 * and the file is linted again as written.
 */
public final class FileLint {
    /** What to do with fixable findings. */
    public enum Fix { NONE, SHOW, WRITE }

    private final Linter linter;
    private final Linter withoutEntries;
    private final CatalogWriter writer;

    /** Lints with {@code settings} (a file that holds no entries, with the rules that need none), writing fixes with {@code writer}. */
    public FileLint(LintSettings settings, CatalogWriter writer) {
        this.linter = new Linter(settings);
        this.withoutEntries = new Linter(settings.withoutEntryRules());
        this.writer = writer;
    }

    /**
     * One file linted: its findings (after a fix, those left), its links (when asked for), the fix a dry run
     * would make (or null), whether a fix was written, and how many findings it mended.
     */
    public record Result(List<Finding> findings, List<Links.UrlAt> urls, Edit proposed, boolean rewrote, int mended) {}

    /**
     * Lints {@code text} (of the file at {@code path}, null for one that cannot be written); a file that holds
     * no entries gets the rules that need none. Its URLs are gathered when {@code urls}.
     */
    public Result lint(SourceFile text, Path path, Fix fix, boolean urls) throws IOException {
        ParsedFile parsed = new CatalogParser().parse(text);
        Linter linter = parsed.entries().isEmpty() ? withoutEntries : this.linter;
        List<Finding> found = linter.lint(parsed);
        List<Links.UrlAt> links = urls ? Links.urls(LintFile.of(parsed)) : List.of();
        // a big file's tree is let go before the fix reads the file again: two at once need twice the memory
        parsed = null;
        Edit proposed = null;
        boolean rewrote = false;
        int mended = 0;
        if (fix != Fix.NONE && found.stream().anyMatch(f -> f.fix() != null)) {
            String shown = text.path();
            if (fix == Fix.SHOW) {
                proposed = Edit.text(shown, text.text(), Fixer.apply(text.text(), found));
            } else {
                List<Finding> before = found;
                // under the lock: the findings of the text found there (those already worked out, if it is the same)
                Edit edit = writer.update(path, shown, old -> Fixer.apply(old,
                        old.equals(text.text()) ? before : linter.lint(new CatalogParser().parse(new SourceFile(shown, old)))));
                rewrote = edit.changed();
                boolean elsewise = !edit.before().equals(text.text());
                String now = edit.after();
                edit = null; // its old text is not kept while the new one is parsed
                // linted again as written (or as found under the lock, when someone changed it meanwhile)
                if (rewrote || elsewise) {
                    found = linter.lint(new CatalogParser().parse(new SourceFile(shown, now)));
                }
                mended = rewrote ? Math.max(0, before.size() - found.size()) : 0;
            }
        }
        return new Result(found, links, proposed, rewrote, mended);
    }
}
