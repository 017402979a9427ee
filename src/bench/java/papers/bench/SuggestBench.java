package papers.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import papers.arxiv.ArxivCache;
import papers.arxiv.ArxivClient;
import papers.arxiv.FakeArxiv;
import papers.arxiv.FakeArxiv.Submission;
import papers.catalog.Catalog;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.Slugs;
import papers.catalog.config.CatalogLocator;
import papers.curate.SuggestPapers;
import papers.index.CatalogIndex;
import papers.index.SectionProfiles;

/**
 * How well {@code papers suggest} finds a catalog's own papers among a month of arXiv submissions: papers are
 * held out of each section (a fifth of it, at least 10 where it has 50 or more) and removed from the catalog,
 * then served by a stand-in arXiv on 127.0.0.1 among at least 5,000 submissions: the papers of the corpus lists
 * that share almost nothing with the catalog (other topics), and made-up titles of other fields. Titles only:
 * no abstracts. Prints precision@10 and recall@20 for each section (ranked as {@code --section} ranks) and for
 * the whole list, and the requests per 500 submissions read.
 *
 * <p>Run: {@code src/bench/run suggest [--ranks] [--truth DIR] [CATALOG...]} (defaults: ../shared/corpus/truth, and the
 * seeds of ../shared/seeds with data/).
 */
public final class SuggestBench {
    private SuggestBench() {}

    /** The period the stand-in serves. */
    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);
    /** The categories asked for, and one that is not (its submissions must not be read). */
    static final List<String> ASKED = List.of("cs.CV", "cs.CL", "cs.LG", "cs.AI");
    static final String OTHER = "q-bio.BM";
    /** The least number of submissions read in the period. */
    static final int LEAST = 5_000;
    /** A corpus list sharing less than this share of its papers with the catalogs is on another topic. */
    static final double OTHER_TOPIC = 0.02;
    /** Sections with fewer papers are not scored (their papers still shape the catalog). */
    static final int SMALLEST = 10;
    /** Whether to print the whole list's ranking: its first 15 and every held-out paper in its first 400. */
    static boolean ranks;

    public static void main(String[] args) throws Exception {
        Path truth = Path.of("..", "shared", "corpus", "truth");
        List<Path> catalogs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--ranks")) {
                ranks = true;
            } else if (args[i].equals("--truth") && i + 1 < args.length) {
                truth = Path.of(args[++i]);
            } else {
                catalogs.add(Path.of(args[i]));
            }
        }
        if (!Files.isDirectory(truth)) {
            System.err.println("suggest bench: no corpus truth at " + truth + " (give --truth DIR)");
            System.exit(2);
        }
        if (catalogs.isEmpty()) {
            try (Stream<Path> s = Files.list(Path.of("..", "shared", "seeds"))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(catalogs::add);
            }
            catalogs.add(Path.of("data"));
        }
        Map<String, List<JsonNode>> lists = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(truth)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                List<JsonNode> papers = new ArrayList<>();
                new ObjectMapper().readTree(p.toFile()).forEach(n -> {
                    if ("paper".equals(n.path("kind").asText()) && n.hasNonNull("title")) {
                        papers.add(n);
                    }
                });
                lists.put(p.getFileName().toString().replace(".json", ""), papers);
            }
        }
        // the lists on other topics than the catalogs': those sharing almost none of their papers with any of them
        Set<String> known = new HashSet<>();
        for (Path c : catalogs) {
            known.addAll(known(load(c)));
        }
        // the lists on the catalogs' topic widen what is on it: a section of another list holding one of their papers is too
        Set<String> onTopic = new HashSet<>(known);
        for (List<JsonNode> papers : lists.values()) {
            if (papers.stream().filter(n -> isKnown(n, known)).count() >= OTHER_TOPIC * papers.size()) {
                papers.forEach(n -> onTopic.addAll(keys(n)));
            }
        }
        lists.values().removeIf(papers -> papers.stream().filter(n -> isKnown(n, known)).count() >= OTHER_TOPIC * papers.size());
        int before = lists.values().stream().mapToInt(List::size).sum();
        for (List<JsonNode> papers : lists.values()) {
            Set<String> near = new HashSet<>();
            papers.stream().filter(n -> isKnown(n, onTopic)).forEach(n -> near.add(n.path("heading_path").toString()));
            papers.removeIf(n -> near.contains(n.path("heading_path").toString()));
        }
        System.out.printf("negatives: the corpus lists on other topics (sharing under %d%% of their papers with the catalogs): "
                + "%s; %d of their %d papers, in the sections that share none with the catalogs or the lists on their topic%n",
                Math.round(100 * OTHER_TOPIC), String.join(", ", lists.keySet()),
                lists.values().stream().mapToInt(List::size).sum(), before);
        if (lists.values().stream().allMatch(List::isEmpty)) {
            System.err.println("suggest bench: every corpus list shares papers with these catalogs: no negatives on other topics");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("papers-suggest-bench");
        Totals all = new Totals();
        for (Path catalog : catalogs) {
            all.add(run(catalog, lists, work.resolve("run-" + catalogs.indexOf(catalog))));
        }
        System.out.printf("%nall catalogs: precision@10 %.2f (sections, mean) / %.2f (whole lists, mean); recall@20 %.2f; "
                + "%.2f requests per 500 submissions (targets: >= 0.7, >= 0.8, <= 1)%n",
                all.sectionPrecision / Math.max(1, all.sections), all.listPrecision / Math.max(1, all.lists),
                (double) all.found / Math.max(1, all.heldOut), 500.0 * all.requests / Math.max(1, all.read));
    }

    /** What one catalog's run adds to the figures of all of them. */
    static final class Totals {
        double sectionPrecision;
        int sections;
        double listPrecision;
        int lists;
        int found;
        int heldOut;
        int requests;
        int read;

        void add(Totals t) {
            sectionPrecision += t.sectionPrecision;
            sections += t.sections;
            listPrecision += t.listPrecision;
            lists += t.lists;
            found += t.found;
            heldOut += t.heldOut;
            requests += t.requests;
            read += t.read;
        }
    }

    static Totals run(Path original, Map<String, List<JsonNode>> lists, Path work) throws Exception {
        Files.createDirectories(work);
        Catalog before = load(original);
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        var keys = SuggestPapers.sectionKeys(before);
        for (Entry e : before.entries()) {
            if (SectionProfiles.isPaper(e)) {
                bySection.computeIfAbsent(keys.apply(e), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<Entry>> heldOut = new LinkedHashMap<>();
        for (var s : bySection.entrySet()) {
            int n = s.getValue().size();
            if (n < SMALLEST) {
                continue;
            }
            int k = n >= 50 ? Math.max(10, n / 5) : (n + 4) / 5;
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                out.add(s.getValue().get(i * n / k));
            }
            heldOut.put(s.getKey(), out);
        }
        Path copy = removeHeldOut(original, work, heldOut.values().stream().flatMap(List::stream).toList());
        CatalogLocator locator = new CatalogLocator(Map.of(), work);
        CatalogSource source = locator.locate(copy.toString());
        Catalog after = locator.load(source);
        Set<String> still = new HashSet<>();
        for (Entry e : after.entries()) {
            still.add(Slugs.foldTitle(e.title()));
        }
        int twice = 0;
        for (List<Entry> out : heldOut.values()) {
            int was = out.size();
            // a paper listed twice is still in the catalog: papers suggest rightly leaves it out
            out.removeIf(e -> still.contains(Slugs.foldTitle(e.title())));
            twice += was - out.size();
        }
        heldOut.values().removeIf(List::isEmpty);

        Set<String> known = known(before);
        List<Submission> submissions = new ArrayList<>();
        Map<String, String> positiveSection = new HashMap<>();
        int serial = 0;
        Set<String> served = new HashSet<>();
        for (var s : heldOut.entrySet()) {
            // one submission per paper: a paper held out of two sections (or under two titles) is one of the first
            s.getValue().removeIf(e -> !served.add(Slugs.foldTitle(e.title()))
                    || e.arxiv() != null && !served.add(e.arxiv().id()));
            for (Entry e : s.getValue()) {
                String id = e.arxiv() != null ? e.arxiv().id() : String.format("2611.%05d", 90_000 + serial);
                submissions.add(submission(id, e.title(), serial++));
                positiveSection.put(id, s.getKey());
            }
        }
        heldOut.values().removeIf(List::isEmpty);
        List<String> others = new ArrayList<>();
        Set<String> taken = new HashSet<>(known);
        for (var list : lists.entrySet()) {
            others.add(list.getKey());
            for (JsonNode n : list.getValue()) {
                if (taken.add(Slugs.foldTitle(n.get("title").asText()))) {
                    submissions.add(submission(String.format("2611.%05d", serial), n.get("title").asText(), serial++));
                }
            }
        }
        int fromLists = submissions.size() - positiveSection.size();
        Filler filler = new Filler(lists.values().stream().flatMap(List::stream).map(n -> n.get("title").asText()).toList());
        while (submissions.size() < LEAST) {
            submissions.add(submission(String.format("2611.%05d", serial), filler.title(), serial++));
        }
        for (int i = 0; i < 500; i++) {
            submissions.add(new Submission(String.format("2611.%05d", serial), filler.title(), "", OTHER,
                    FROM.plusDays(serial++ % 30)));
        }

        System.out.printf("%n%s: %d entries, %d held out of %d sections; %d submissions (%d held out, %d from %d lists "
                + "on other topics, the rest made up)%s%n", original, before.entries().size(), positiveSection.size(),
                heldOut.size(), submissions.size() - 500, positiveSection.size(), fromLists, others.size(), twice == 0 ? "" : "; " + twice + " held-out papers listed twice in the catalog not counted");
        Totals t = new Totals();
        try (FakeArxiv fake = new FakeArxiv().then(FakeArxiv.listing(submissions));
                CatalogIndex index = CatalogIndex.open(work.resolve("cache"), source, () -> after, p -> {}, true)) {
            ArxivClient client = new ArxivClient(ArxivClient.Settings.defaults().withApi(URI.create(fake.url()))
                    .withInterval(Duration.ZERO), Map.of());
            SuggestPapers suggest = new SuggestPapers(after, index, client, new ArxivCache(work.resolve("cache")));
            ArxivClient.Listing listing = suggest.read(new SuggestPapers.Options(ASKED, FROM, TO, null, 1), (r, l) -> {});
            t.requests = listing.requests();
            t.read = listing.papers().size();
            for (var s : heldOut.entrySet()) {
                List<String> ranked = ids(suggest.rank(listing, List.of(s.getKey()), 20));
                int k = s.getValue().size();
                long top10 = ranked.stream().limit(10).filter(id -> s.getKey().equals(positiveSection.get(id))).count();
                long top20 = ranked.stream().filter(id -> s.getKey().equals(positiveSection.get(id))).count();
                double p = (double) top10 / Math.min(10, k);
                if (ranks) {
                    SuggestPapers.Result r = suggest.rank(listing, List.of(s.getKey()), 10);
                    for (var x : r.suggestions()) {
                        String from = positiveSection.get(x.paper().id().id());
                        System.out.printf("      %s %.2f %s%n", from == null ? " " : from.equals(s.getKey()) ? "+" : "*",
                                x.fit().score(), x.paper().title());
                    }
                }
                System.out.printf("  %-52s held out %3d  precision@10 %.2f  recall@20 %.2f%n", last(s.getKey()), k, p,
                        (double) top20 / k);
                t.sectionPrecision += p;
                t.sections++;
                t.found += (int) top20;
                t.heldOut += k;
            }
            if (!positiveSection.isEmpty()) {
                SuggestPapers.Result whole = suggest.rank(listing, null, 10);
                if (ranks) {
                    SuggestPapers.Result many = suggest.rank(listing, null, 400);
                    int rank = 0;
                    for (var x : many.suggestions()) {
                        rank++;
                        boolean pos = positiveSection.containsKey(x.paper().id().id());
                        if (rank <= 15 || pos) {
                            System.out.printf("    %3d %s %.3f %s | %s%n", rank, pos ? "+" : " ", x.fit().score(),
                                    x.paper().title(), x.fit().section());
                        }
                    }
                    System.out.printf("    %d fit, %d below the bar, %d like no section%n", many.suggestions().size(),
                            many.belowBar(), many.unlike());
                }
                List<String> top = ids(whole);
                long held = top.stream().filter(positiveSection::containsKey).count();
                long placed = whole.suggestions().stream().filter(x -> (x.fit().file() + "\u0000" + x.fit().section())
                        .equals(positiveSection.get(x.paper().id().id()))).count();
                double p = (double) held / Math.min(10, positiveSection.size());
                System.out.printf("  %-52s precision@10 %.2f  (%d of them in the section they came from)%n",
                        "whole list (no --section)", p, placed);
                t.listPrecision = p;
                t.lists = 1;
            }
            System.out.printf("  %d submissions read in %d requests (%.2f per 500); %d of another category not read%n",
                    t.read, t.requests, 500.0 * t.requests / t.read, 500);
        }
        return t;
    }

    private static Submission submission(String id, String title, int serial) {
        return new Submission(id, title.replaceAll("\\p{Cntrl}", " "), "", ASKED.get(serial % ASKED.size()),
                FROM.plusDays(serial % 30));
    }

    /** The folded titles and arXiv ids of {@code catalog}'s entries. */
    private static Set<String> known(Catalog catalog) {
        Set<String> known = new HashSet<>();
        for (Entry e : catalog.entries()) {
            known.add(Slugs.foldTitle(e.title()));
            if (e.arxiv() != null) {
                known.add(e.arxiv().id());
            }
        }
        return known;
    }

    private static boolean isKnown(JsonNode paper, Set<String> known) {
        return keys(paper).stream().anyMatch(known::contains);
    }

    /** A corpus paper's folded title and arXiv ids. */
    private static List<String> keys(JsonNode paper) {
        List<String> keys = new ArrayList<>(List.of(Slugs.foldTitle(paper.get("title").asText())));
        paper.path("arxiv").forEach(id -> keys.add(id.asText()));
        return keys;
    }

    private static List<String> ids(SuggestPapers.Result r) {
        return r.suggestions().stream().map(s -> s.paper().id().id()).toList();
    }

    private static String last(String key) {
        String path = key.substring(key.indexOf('\u0000') + 1);
        if (path.isEmpty()) {
            return "(by date)";
        }
        return path.substring(path.lastIndexOf(" / ") < 0 ? 0 : path.lastIndexOf(" / ") + 3);
    }

    private static Catalog load(Path original) {
        CatalogLocator locator = new CatalogLocator(Map.of(), Path.of("."));
        return locator.load(locator.locate(original.toString()));
    }

    /** A copy of the catalog (a file, or a directory with its papers.yaml) without the lines of {@code out}. */
    private static Path removeHeldOut(Path original, Path work, List<Entry> out) throws IOException {
        Path dir = Files.createDirectories(work.resolve("catalog"));
        Map<String, Set<Integer>> gone = new HashMap<>();
        for (Entry e : out) {
            for (int l = e.line(); l <= e.lastLine(); l++) {
                gone.computeIfAbsent(Path.of(e.file()).getFileName().toString(), f -> new HashSet<>()).add(l);
            }
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(original)) {
            try (Stream<Path> s = Files.list(original)) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        } else {
            files.add(original);
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder();
            Set<Integer> drop = gone.getOrDefault(f.getFileName().toString(), Set.of());
            for (int i = 0; i < lines.size(); i++) {
                if (!drop.contains(i + 1)) {
                    sb.append(lines.get(i)).append('\n');
                }
            }
            Files.writeString(dir.resolve(f.getFileName()), sb, StandardCharsets.UTF_8);
        }
        return Files.isDirectory(original) ? dir : dir.resolve(original.getFileName());
    }

    /**
     * Made-up titles with the words of other topics' titles, as often as those titles use them, so that the
     * period's submissions hold the common words of the field ("efficient", "model", "transformer") as arXiv's do.
     */
    static final class Filler {
        private final List<String> words = new ArrayList<>();
        private final java.util.Random random = new java.util.Random(17);

        Filler(List<String> titles) {
            for (String t : titles) {
                for (String w : t.split("[^\\p{L}\\p{N}-]+")) {
                    if (w.length() > 1) {
                        words.add(w);
                    }
                }
            }
        }

        String title() {
            StringBuilder sb = new StringBuilder();
            int n = 5 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            return sb.toString();
        }
    }
}
