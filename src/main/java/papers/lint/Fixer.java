package papers.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import papers.catalog.CatalogParser;
import papers.catalog.SourceFile;
import papers.catalog.edit.TableOfContents;
import papers.catalog.edit.TextLines;
import papers.lint.checks.Finding;
import papers.lint.checks.Rule;

/** Applies the safe fixes of findings to a text, changing only the characters they name. */
public final class Fixer {
    private Fixer() {}

    /** The text with every fixable finding mended; other findings are left alone. */
    public static String apply(String text, List<Finding> findings) {
        TextLines lines = TextLines.of(text);
        List<Finding> fixes = new ArrayList<>(findings.stream()
                .filter(f -> f.fix() != null && f.rule().fixable() && f.rule() != Rule.TOC).toList());
        // right to left within a line, so earlier columns stay right; of two at one column, the wider first
        fixes.sort(Comparator.comparingInt(Finding::line).thenComparing(Comparator.comparingInt(Finding::column).reversed())
                .thenComparing(Comparator.comparingInt((Finding f) -> f.text().length()).reversed()));
        int lastLine = -1;
        int leftmost = Integer.MAX_VALUE;
        for (Finding f : fixes) {
            if (f.line() != lastLine) {
                lastLine = f.line();
                leftmost = Integer.MAX_VALUE;
            }
            String line = lines.line(f.line());
            int at = f.column() - 1;
            // a fix that overlaps one already made is left for the next run (an http fix inside a rewritten URL)
            if (at >= 0 && at + f.text().length() <= leftmost && line.startsWith(f.text(), at)) {
                lines.set(f.line(), line.substring(0, at) + f.fix() + line.substring(at + f.text().length()));
                leftmost = at;
            }
        }
        String fixed = lines.toString();
        // a table of contents last: it may change how many lines there are
        for (Finding f : findings) {
            if (f.rule() == Rule.TOC && f.fix() != null) {
                SourceFile source = new SourceFile(f.file(), fixed);
                return TableOfContents.rewrite(source, CatalogParser.outline(source));
            }
        }
        return fixed;
    }
}
