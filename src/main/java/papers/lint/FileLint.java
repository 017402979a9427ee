package papers.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
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

    /** One file linted: its findings (after a fix, those left), its links (when asked for), and the fix's edit (or null). */
    public record Result(List<Finding> findings, List<Links.UrlAt> urls, Edit fix, int mended) {
        /** Whether the fix was written and changed the file. */
        public boolean rewrote() {
            return fix != null && fix.changed();
        }
    }

    /**
     * Lints {@code text} (of the file at {@code path}, null for one that cannot be written); a file that holds
     * no entries gets the rules that need none. Its URLs are gathered when {@code urls}.
     */
    public Result lint(SourceFile text, Path path, Fix fix, boolean urls) throws IOException {
        ParsedFile parsed = new CatalogParser().parse(text);
        Linter linter = parsed.entries().isEmpty() ? withoutEntries : this.linter;
        List<Finding> found = linter.lint(parsed);
        Edit edit = null;
        int mended = 0;
        if (fix != Fix.NONE && found.stream().anyMatch(f -> f.fix() != null)) {
            String shown = text.path();
            if (fix == Fix.SHOW) {
                edit = Edit.text(shown, text.text(), Fixer.apply(text.text(), found));
            } else {
                edit = writer.update(path, shown, old -> Fixer.apply(old, linter.lint(new CatalogParser().parse(new SourceFile(shown, old)))));
                List<Finding> before = found;
                found = linter.lint(new CatalogParser().parse(CatalogReader.read(path, shown)));
                mended = edit.changed() ? Math.max(0, before.size() - found.size()) : 0;
            }
        }
        return new Result(found, urls ? Links.urls(LintFile.of(parsed)) : List.of(), edit, mended);
    }
}
