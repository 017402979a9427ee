package papers.lint.links;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import papers.arxiv.ArxivClient;
import papers.arxiv.ArxivException;
import papers.catalog.ArxivId;
import papers.lint.checks.Finding;
import papers.lint.LintSettings;
import papers.lint.checks.Rule;
import papers.lint.checks.Severity;

/**
 * Checks the links of the files linted: arXiv links through the arXiv API in batches of many ids per
 * request, every other unique URL with the {@link LinkChecker}; turns the outcomes into findings.
 */
public final class OnlineLinter {
    /** One place a URL is written. */
    public record Occurrence(String file, int line, int column, String url) {}

    /** Thrown when no host at all could be looked up: the network is down, not the links. */
    public static final class NetworkDown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NetworkDown(String message) {
            super(message);
        }
    }

    static final int ARXIV_BATCH = ArxivClient.BATCH;

    private final LinkChecker checker;
    private final ArxivClient arxiv;
    private final LinkCache cache;
    private final LintSettings settings;

    public OnlineLinter(LinkChecker checker, ArxivClient arxiv, LinkCache cache, LintSettings settings) {
        this.checker = checker;
        this.arxiv = arxiv;
        this.cache = cache;
        this.settings = settings;
    }

    /**
     * What a check came to: the findings, how many unique links ended in each outcome ({@code CACHED}: answered
     * well within the cache's time, or moved for good), how many of them moved for good, and how many were
     * not checked for pointing at a private address.
     */
    public record Report(List<Finding> findings, Map<LinkStatus, Integer> outcomes, int moved, int privateExcluded) {
        /** {@code 12 links: 9 ok, 1 dead, 2 from the cache (1 moved); 1 private address not checked}. */
        public String summary() {
            int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            List<String> parts = new ArrayList<>();
            outcomes.forEach((status, n) -> parts.add(n + " " + (status == LinkStatus.CACHED ? "from the cache"
                    : status.name().toLowerCase(Locale.ROOT))));
            return total + (total == 1 ? " link" : " links") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))
                    + (moved == 0 ? "" : "; " + moved + " moved for good") + (privateExcluded == 0 ? ""
                    : "; " + privateExcluded + " private address" + (privateExcluded == 1 ? "" : "es") + " not checked");
        }
    }

    /** Findings for every link that is not fine, and the totals; {@code progress} hears (done, total). */
    public Report check(List<Occurrence> occurrences, BiConsumer<Integer, Integer> progress) {
        long now = System.currentTimeMillis();
        Set<String> urls = new LinkedHashSet<>();
        occurrences.forEach(o -> urls.add(o.url()));
        Map<String, LinkResult> results = new LinkedHashMap<>();
        Map<ArxivId, List<String>> byId = new LinkedHashMap<>();
        List<String> web = new ArrayList<>();
        for (String u : urls) {
            Optional<LinkResult> cached = cache.cached(u, now);
            if (settings.ignored(u)) {
                results.put(u, new LinkResult(u, LinkStatus.EXCLUDED, 0, "excluded", null));
            } else if (cached.isPresent()) {
                results.put(u, cached.get());
            } else if (u.matches("(?i)https?://(www\\.|export\\.)?arxiv\\.org/(abs|pdf|html)/.*") && ArxivId.parse(u).isPresent()) {
                byId.computeIfAbsent(ArxivId.parse(u).get(), k -> new ArrayList<>()).add(u);
            } else {
                web.add(u);
            }
        }
        int total = byId.size() + web.size();
        checkArxiv(byId, results, done -> progress.accept(done, total));
        int arxivDone = byId.size();
        IntConsumer webProgress = n -> progress.accept(arxivDone + n, total);
        results.putAll(checker.check(web, webProgress));
        if (!web.isEmpty() && checker.noHostResolved()) {
            throw new NetworkDown("no host could be looked up: is the network down? (" + web.size() + " links not checked)");
        }
        cache.save(results, now);
        Map<LinkStatus, Integer> outcomes = new EnumMap<>(LinkStatus.class);
        results.values().forEach(r -> outcomes.merge(r.status(), 1, Integer::sum));
        int moved = (int) results.values().stream().filter(r -> r.movedTo() != null).count();
        int privates = (int) results.values().stream()
                .filter(r -> r.status() == LinkStatus.EXCLUDED && r.detail().startsWith("private address")).count();
        return new Report(findings(occurrences, results), outcomes, moved, privates);
    }

    /** The arXiv links, through the arXiv API in batches: a paper it has is OK, one it does not is dead. */
    private void checkArxiv(Map<ArxivId, List<String>> byId, Map<String, LinkResult> results, IntConsumer progress) {
        List<ArxivId> ids = new ArrayList<>(byId.keySet());
        for (int i = 0; i < ids.size(); i += ARXIV_BATCH) {
            List<ArxivId> batch = ids.subList(i, Math.min(ids.size(), i + ARXIV_BATCH));
            try {
                var found = arxiv.fetch(batch);
                for (ArxivId id : batch) {
                    for (String u : byId.get(id)) {
                        results.put(u, found.containsKey(id) ? new LinkResult(u, LinkStatus.OK, 200, "on arXiv", null)
                                : new LinkResult(u, LinkStatus.DEAD, 0, id.id() + " is not on arXiv", null));
                    }
                }
            } catch (ArxivException e) {
                for (ArxivId id : batch) {
                    for (String u : byId.get(id)) {
                        results.put(u, new LinkResult(u, e.kind() == ArxivException.Kind.INVALID_ID ? LinkStatus.DEAD
                                : LinkStatus.TRANSIENT, 0, e.getMessage(), null));
                    }
                }
            }
            progress.accept(Math.min(i + ARXIV_BATCH, ids.size()));
        }
    }

    /** A finding at each occurrence of a link that is dead, transient, blocked, or moved for good. */
    private List<Finding> findings(List<Occurrence> occurrences, Map<String, LinkResult> results) {
        List<Finding> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            LinkResult r = results.get(o.url());
            if (r == null) {
                continue;
            }
            Rule rule = switch (r.status()) {
                case DEAD -> Rule.LINK_DEAD;
                case TRANSIENT -> Rule.LINK_TRANSIENT;
                case BLOCKED -> Rule.LINK_BLOCKED;
                default -> null;
            };
            if (rule != null) {
                add(out, o, rule, o.url() + ": " + r.detail());
            }
            if (r.movedTo() != null && (r.status() == LinkStatus.OK || r.status() == LinkStatus.BLOCKED
                    || r.status() == LinkStatus.CACHED)) {
                add(out, o, Rule.LINK_MOVED, o.url() + " moved for good to " + r.movedTo());
            }
        }
        return out;
    }

    private void add(List<Finding> out, Occurrence o, Rule rule, String message) {
        Severity s = settings.severity(rule);
        if (s != Severity.OFF) {
            out.add(new Finding(o.file(), o.line(), o.column(), s, rule, message, o.url(), null));
        }
    }
}
