package papers.curate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import papers.arxiv.ArxivCache;
import papers.arxiv.ArxivClient;
import papers.arxiv.ArxivException;
import papers.arxiv.ArxivPaper;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.ParsedFile;
import papers.catalog.PapersConfig;
import papers.catalog.Slugs;
import papers.index.CatalogIndex;
import papers.index.SectionProfiles;

/**
 * The new arXiv papers that belong in a catalog: the submissions of a period in the catalog's categories, each
 * with the section it is most like, those already in the catalog and those below the section's bar left out.
 *
 * <pre>{@code
 * SuggestPapers.Result r = new SuggestPapers(catalog, index, client, cache).suggest(options, (read, of) -> { });
 * }</pre>
 */
public final class SuggestPapers {
    /** The longest period read when none is asked for. */
    public static final int DEFAULT_DAYS = 30;
    /** The most categories taken from the catalog's own papers. */
    private static final int MOST_CATEGORIES = 5;
    /** Categories are taken, most common first, until they hold this share of the catalog's cached papers. */
    private static final double CATEGORY_SHARE = 0.9;

    private final Catalog catalog;
    private final CatalogIndex index;
    private final ArxivClient client;
    private final ArxivCache cache;
    private final Function<Entry, String> keys;

    public SuggestPapers(Catalog catalog, CatalogIndex index, ArxivClient client, ArxivCache cache) {
        this.catalog = Objects.requireNonNull(catalog);
        this.index = Objects.requireNonNull(index);
        this.client = Objects.requireNonNull(client);
        this.cache = Objects.requireNonNull(cache);
        this.keys = sectionKeys(catalog);
    }

    /** What to read and show: the categories, the period (whole days), the section (or null for all), how many. */
    public record Options(List<String> categories, LocalDate from, LocalDate to, String section, int limit) {
        public Options {
            categories = List.copyOf(categories);
        }
    }

    /** A new paper and the section it fits, with the papers and words that made it fit. */
    public record Suggestion(ArxivPaper paper, SectionProfiles.Fit fit) {}

    /**
     * What a run found: the suggestions, best first, and how many submissions arXiv listed, were read, were in
     * the catalog already, fitted no section, or fell below its bar; the requests it took.
     */
    public record Result(List<Suggestion> suggestions, int listed, int read, int inCatalog, int unlike, int belowBar,
            int requests, int profiled) {}

    /** Where the categories came from: papers.yaml or the command line, or the catalog's own papers. */
    public record Categories(List<String> names, String from) {}

    /**
     * The categories to read: {@code given} (the command line), else papers.yaml's {@code suggest.categories},
     * else the primary categories of the catalog's papers in the arXiv cache, the most common first until they
     * hold nine in ten of them (at most five). None known is a {@link CurateException} (INVALID).
     */
    public static Categories categories(List<String> given, PapersConfig config, Catalog catalog, ArxivCache cache) {
        for (String c : given) {
            if (!PapersConfig.Suggest.isCategory(c)) {
                throw new CurateException(CurateException.Reason.INVALID, "--category: '" + c + "' is not an arXiv category (cs.CV, hep-th, ...)");
            }
        }
        if (!given.isEmpty()) {
            return new Categories(List.copyOf(given), "--category");
        }
        if (!config.suggest().categories().isEmpty()) {
            return new Categories(config.suggest().categories(), "papers.yaml");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int papers = 0;
        for (Entry e : catalog.entries()) {
            if (e.arxiv() == null) {
                continue;
            }
            Optional<ArxivPaper> p = cache.get(e.arxiv());
            if (p.isPresent() && p.get().primaryCategory() != null) {
                counts.merge(p.get().primaryCategory(), 1, Integer::sum);
                papers++;
            }
        }
        if (counts.isEmpty()) {
            throw new CurateException(CurateException.Reason.INVALID, "no arXiv categories known for " + catalog.name()
                    + ": set suggest.categories in papers.yaml (e.g. [cs.CV, cs.CL]) or give --category");
        }
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> names = new ArrayList<>();
        int held = 0;
        for (var c : byCount) {
            if (names.size() == MOST_CATEGORIES || held >= CATEGORY_SHARE * papers) {
                break;
            }
            names.add(c.getKey());
            held += c.getValue();
        }
        return new Categories(names, "the catalog's papers (" + held + " of " + papers + " cached)");
    }

    /**
     * The day of the catalog's newest dated entry (the first of its month or year when that is all it says);
     * empty when no entry is dated.
     */
    public static Optional<LocalDate> newestDate(Catalog catalog) {
        EntryDate newest = null;
        for (Entry e : catalog.entries()) {
            if (e.date() != null && (newest == null || e.date().compareTo(newest) > 0)) {
                newest = e.date();
            }
        }
        if (newest == null) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(newest.year(), Math.max(1, newest.month()), Math.max(1, newest.day())));
    }

    /** Reads the period from arXiv and ranks what it lists; {@code progress} hears (read, listed) per page. */
    public Result suggest(Options options, BiConsumer<Integer, Integer> progress) {
        ArxivClient.Listing listing = read(options, progress);
        return rank(listing, options.section() == null ? null : sectionPaths(options.section()), options.limit());
    }

    /** The submissions of the period in the categories of {@code options}, as arXiv lists them. */
    public ArxivClient.Listing read(Options options, BiConsumer<Integer, Integer> progress) {
        try {
            return client.submitted(options.categories(), options.from(), options.to(), progress);
        } catch (ArxivException e) {
            throw new CurateException(CurateException.Reason.FAILED, e.getMessage());
        }
    }

    /**
     * The best {@code limit} papers of {@code listing} not in the catalog, each with the section it fits best among
     * {@code within} (keys made by {@link #sectionKeys}; null for every section), at or above that section's bar.
     * The listing's own titles and abstracts are what the sections are told apart from.
     */
    public Result rank(ArxivClient.Listing listing, Collection<String> within, int limit) {
        SectionProfiles sections = index.sectionProfiles(keys);
        SectionProfiles.Model profiles = sections.against(listing.papers().stream()
                .map(p -> p.title() + "\n" + Objects.requireNonNullElse(p.summary(), "")).toList());
        Set<String> wanted = within == null ? null : Set.copyOf(within);
        List<Suggestion> fitting = new ArrayList<>();
        int inCatalog = 0;
        int unlike = 0;
        int below = 0;
        for (ArxivPaper p : listing.papers()) {
            if (index.findDuplicate(p.id(), p.doi(), p.title()).isPresent()) {
                inCatalog++;
                continue;
            }
            Optional<SectionProfiles.Fit> fit = profiles.fits(p.title(), p.summary()).stream()
                    .filter(f -> wanted == null || wanted.contains(f.file() + "\u0000" + f.section())).findFirst();
            if (fit.isEmpty()) {
                unlike++;
            } else if (fit.get().score() < profiles.bar(fit.get().file(), fit.get().section())) {
                below++;
            } else {
                fitting.add(new Suggestion(p, fit.get()));
            }
        }
        fitting.sort(Comparator.comparingDouble((Suggestion s) -> s.fit().score()).reversed()
                .thenComparing(s -> s.paper().id().id()));
        List<Suggestion> shown = new ArrayList<>();
        for (Suggestion s : fitting.subList(0, Math.min(limit, fitting.size()))) {
            cache.put(s.paper());
            shown.add(new Suggestion(s.paper(), profiles.explained(s.paper().title(), s.paper().summary(), s.fit())));
        }
        return new Result(List.copyOf(shown), listing.total(), listing.papers().size(), inCatalog, unlike, below,
                listing.requests(), sections.paperCount());
    }

    /**
     * The section of each entry of {@code catalog} as {@link #rank} takes them: its file and heading path, date
     * headings ({@code 2023 May}) left out, for a new paper goes under the topic and {@code add} finds its date's
     * place. An entry under dates alone is in its file's section {@code ""} (by date).
     */
    public static Function<Entry, String> sectionKeys(Catalog catalog) {
        Map<String, Set<String>> dates = new HashMap<>();
        for (ParsedFile f : catalog.files()) {
            Set<String> texts = new HashSet<>();
            f.headings().stream().filter(ParsedFile.Heading::isDate).forEach(h -> texts.add(h.text()));
            dates.put(f.source().path(), texts);
        }
        return e -> {
            List<String> path = new ArrayList<>(e.section());
            Set<String> dated = dates.getOrDefault(e.file(), Set.of());
            while (!path.isEmpty() && dated.contains(path.get(path.size() - 1))) {
                path.remove(path.size() - 1);
            }
            return e.file() + "\u0000" + String.join(" / ", path);
        };
    }

    /** The sections (file and heading path) under the heading {@code name}, itself included. */
    private List<String> sectionPaths(String name) {
        Placement.Target target = Placement.byName(catalog, name);
        ParsedFile.Heading heading = target.heading();
        List<String> out = new ArrayList<>();
        String want = Slugs.tag(heading.text());
        for (Entry e : catalog.entries()) {
            if (e.file().equals(target.file()) && e.section().stream().anyMatch(s -> Slugs.tag(s).equals(want))) {
                out.add(keys.apply(e));
            }
        }
        return out;
    }
}
