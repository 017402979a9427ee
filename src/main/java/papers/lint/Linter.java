package papers.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Files shorter than this are checked on one thread: a second would cost more than it saves. */
    private static final int TWO_THREADS_FROM_LINES = 20_000;

    private final LintSettings settings;
    private final List<Check> checks;

    public Linter(LintSettings settings) {
        this.settings = settings;
        this.checks = Checks.all(settings.arxivForm());
    }

    /** Every finding in {@code file}, by line and column; rules that are off and disabled lines left out. */
    public List<Finding> lint(ParsedFile file) {
        LintFile lintFile = LintFile.of(file);
        List<Findings> byCheck = run(lintFile, file.source().path());
        Map<Integer, Set<String>> disabled = disabledLines(lintFile);
        List<Finding> out = new ArrayList<>();
        for (Finding f : byCheck.stream().flatMap(found -> found.all().stream()).toList()) {
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

    /**
     * The findings of each check, in the checks' order. A big file on a machine with a second core has its
     * checks shared by two threads, each taking the next check left; the findings are as one thread finds them.
     */
    private List<Findings> run(LintFile file, String path) {
        Findings[] found = new Findings[checks.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = new Findings(path, settings::severity);
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < found.length; i = next.getAndIncrement()) {
                checks.get(i).check(file, found[i]);
            }
        };
        if (file.count() < TWO_THREADS_FROM_LINES || Runtime.getRuntime().availableProcessors() < 2) {
            work.run();
            return List.of(found);
        }
        file.hidden(1); // what every check asks first, worked out before the threads start
        ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "papers-lint-checks");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> other = helper.submit(work);
            work.run();
            other.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err; // out of memory, say: as if it had happened here
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting " + path, e);
        } finally {
            helper.shutdownNow();
        }
        return List.of(found);
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
