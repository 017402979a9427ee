package papers.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.ParsedFile;
import papers.lint.checks.Check;
import papers.lint.checks.Checks;
import papers.lint.checks.Finding;
import papers.lint.checks.Findings;
import papers.lint.checks.LintFile;

/**
 * Runs the offline checks over one parsed file, at the severities of its settings, leaving out lines that
 * a {@code papers-lint disable-next-line} comment silences and texts the settings ignore.
 *
 * <pre>{@code
 * List<Finding> findings = new Linter(LintSettings.defaults()).lint(parsedFile);
 * }</pre>
 */
public final class Linter {
    private static final Pattern DISABLE = Pattern.compile("<!--\\s*+papers-lint\\s++disable-next-line((?:[\\w\\s,]|-(?!->))*+)-->");

    private final LintSettings settings;
    private final List<Check> checks;

    public Linter(LintSettings settings) {
        this.settings = settings;
        this.checks = Checks.all(settings.arxivForm());
    }

    /** Every finding in {@code file}, by line and column; rules that are off and disabled lines left out. */
    public List<Finding> lint(ParsedFile file) {
        LintFile lintFile = LintFile.of(file);
        Findings found = new Findings(file.source().path(), settings::severity);
        for (Check c : checks) {
            c.check(lintFile, found);
        }
        Map<Integer, Set<String>> disabled = disabledLines(lintFile);
        List<Finding> out = new ArrayList<>();
        for (Finding f : found.all()) {
            Set<String> off = disabled.get(f.line());
            if (off != null && (off.isEmpty() || off.contains(f.rule().id()))) {
                continue;
            }
            if (f.text() != null && settings.ignored(f.text())) {
                continue;
            }
            out.add(f);
        }
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return out;
    }

    /** Lines under a {@code papers-lint disable-next-line} comment, with the rules it names (none: all). */
    private static Map<Integer, Set<String>> disabledLines(LintFile file) {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int n = 1; n <= file.count(); n++) {
            Matcher m = DISABLE.matcher(file.raw(n));
            if (m.find()) {
                Set<String> rules = new HashSet<>();
                for (String r : m.group(1).split("[\\s,]+")) {
                    if (!r.isBlank()) {
                        rules.add(r.strip());
                    }
                }
                int next = n + 1;
                while (next <= file.count() && file.raw(next).isBlank()) {
                    next++;
                }
                out.put(next, rules);
            }
        }
        return out;
    }
}
