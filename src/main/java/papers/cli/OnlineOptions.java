package papers.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import papers.arxiv.ArxivClient;
import papers.catalog.CatalogSource;
import papers.lint.LintSettings;
import papers.lint.checks.Finding;
import papers.lint.links.LinkCache;
import papers.lint.links.LinkChecker;
import papers.lint.links.OnlineLinter;
import papers.lint.links.Resolver;
import picocli.CommandLine.Option;

/** The options of {@code lint --online}, and the online check they set up. */
final class OnlineOptions {
    @Option(names = "--online", description = "Also check that every link answers (arXiv links through the arXiv API, in batches).")
    boolean online;

    @Option(names = "--allow-private", description = "With --online: check addresses that are not public too (private, loopback, link-local, shared, benchmarking, documentation, reserved, and IPv6 forms of them such as NAT64); refused by default, redirects included.")
    boolean allowPrivate;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "64", description = "With --online: requests in flight at most (default 64).")
    int concurrency;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "8", description = "With --online: requests to one host at most (default 8).")
    int perHost;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", description = "With --online: the deadline of one URL, its retries and redirects included (default 20); a request to the arXiv API for a batch of arXiv links may take as long, tried up to 4 times within 4 x SECONDS.")
    int timeout;

    @Option(names = "--cache-hours", paramLabel = "H", defaultValue = "24",
            description = "With --online: trust a link that answered well for this long (default 24; 0: always check).")
    int cacheHours;

    @Option(names = "--exclude", paramLabel = "PATTERN", description = "With --online: URLs not to check (regex, or glob with *; repeatable).")
    List<String> exclude = new ArrayList<>();

    /**
     * The findings of checking {@code links} online (arXiv links through the arXiv API), with a count on a
     * terminal; bad options are a usage error, a network that is down a failure.
     */
    List<Finding> check(Context ctx, CatalogSource source, LintSettings settings, List<OnlineLinter.Occurrence> links,
            PrintWriter err, boolean verbose) {
        if (concurrency < 1 || perHost < 1 || timeout < 1 || cacheHours < 0) {
            throw new UserException(ExitCode.USAGE, "--concurrency, --per-host and --timeout must be at least 1, --cache-hours at least 0");
        }
        List<Pattern> excludes;
        try {
            excludes = exclude.stream().map(LintSettings::pattern).toList();
        } catch (PatternSyntaxException e) {
            throw new UserException(ExitCode.USAGE, "--exclude: not a pattern: " + e.getDescription() + " in '" + e.getPattern() + "'");
        }
        LinkChecker checker = new LinkChecker(new LinkChecker.Settings(
                concurrency, perHost, Duration.ofSeconds(timeout), 3, Duration.ofMillis(
                        Long.parseLong(ctx.env().getOrDefault("PAPERS_LINK_BACKOFF_MS", "1000"))), allowPrivate,
                u -> excludes.stream().anyMatch(p -> p.matcher(u).find()),
                "papers/" + PapersCommand.version() + " (link check)"), Resolver.system(), ctx.env());
        ArxivClient arxiv = new ArxivClient(ArxivSettings.of(source.config(), ctx.env(), timeout), ctx.env());
        LinkCache cache = new LinkCache(ctx.cacheDir(), Duration.ofHours(cacheHours));
        boolean bar = ctx.tty();
        long t0 = System.nanoTime();
        try {
            OnlineLinter.Report report = new OnlineLinter(checker, arxiv, cache, settings).check(links, (done, total) -> {
                if (bar) {
                    err.print("\rchecking links: " + done + "/" + total + "   ");
                    err.flush();
                }
            });
            if (bar) {
                err.println();
            }
            err.println("papers: checked " + report.summary());
            if (verbose) {
                err.printf("papers: checked %d links in %d ms%n", links.size(), (System.nanoTime() - t0) / 1_000_000);
            }
            return report.findings();
        } catch (OnlineLinter.NetworkDown e) {
            throw new UserException(ExitCode.FAILURE, e.getMessage());
        }
    }
}
