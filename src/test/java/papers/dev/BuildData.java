package papers.dev;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import papers.catalog.ArxivId;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.Link;
import papers.catalog.Slugs;
import papers.catalog.Venues;
import papers.catalog.format.PapersFormat;

/**
 * Builds {@code data/README.md}, the project's own catalog, from the facts of the seed catalogs:
 * titles, authors, links, venues and dates, deduplicated by arXiv id and then by folded title, sorted
 * into this project's topic sections. No note or abstract of a seed is carried over.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(deps) papers.dev.BuildData ../shared/seeds data/README.md}
 */
public final class BuildData {
    /** Seeds in the order their titles are trusted. */
    static final List<String> SEEDS = List.of("field-blocks.md", "bold-title-blocks.md", "numbered-notes.md",
            "date-prefixed.md", "venue-prefixed.md");

    /** This catalog's sections, in order, each with the rule that sends a paper there (first match wins). */
    static final List<String> SECTIONS = List.of(
            "Surveys and Articles",
            "Hallucination",
            "Alignment and Preference Optimization",
            "Benchmarks and Datasets",
            "Modality Alignment",
            "Unified Understanding and Generation",
            "Image Generation",
            "Video and Audio",
            "Language Model Backbones",
            "Vision Backbones",
            "Multimodal LLMs");

    static final Map<String, Pattern> EXTRA_TAGS = new LinkedHashMap<>();

    static {
        EXTRA_TAGS.put("dpo", Pattern.compile("\\bDPO\\b|Direct Preference", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("rlhf", Pattern.compile("RLHF|Human Feedback|Reward", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("hallucination", Pattern.compile("hallucinat", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("video", Pattern.compile("video", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("mixture-of-experts", Pattern.compile("\\bMoE\\b|Mixture[- ]of[- ]Experts|Mixture of Modality", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("high-resolution", Pattern.compile("high[- ]resolution|any resolution|aspect ratio", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("instruction-tuning", Pattern.compile("instruction", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("diffusion", Pattern.compile("diffusion|diffuse", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("benchmark", Pattern.compile("benchmark|evaluat", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("ocr", Pattern.compile("\\bOCR\\b|text-rich", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("embodied", Pattern.compile("embodied|robot|manipulation", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("technical-report", Pattern.compile("technical report", Pattern.CASE_INSENSITIVE));
        EXTRA_TAGS.put("chinese", Pattern.compile("chinese", Pattern.CASE_INSENSITIVE));
    }

    private BuildData() {}

    /** One paper, merged from every seed that lists it. */
    static final class Paper {
        String title;
        int titleTrust = Integer.MAX_VALUE;
        ArxivId arxiv;
        String url;
        List<String> authors = List.of();
        String venue;
        EntryDate date;
        final Map<String, String> links = new LinkedHashMap<>();
        final Set<String> seedSections = new LinkedHashSet<>();
        final Set<String> seedTags = new LinkedHashSet<>();
    }

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Paper> papers = merge(seeds);
        Files.writeString(out, render(papers), StandardCharsets.UTF_8);
        System.out.println("wrote " + out + ": " + papers.size() + " papers");
    }

    static List<Paper> merge(Path seeds) {
        List<Paper> papers = new ArrayList<>();
        Map<String, Paper> byArxiv = new HashMap<>();
        Map<String, Paper> byTitle = new HashMap<>();
        CatalogParser parser = new CatalogParser();
        for (int trust = 0; trust < SEEDS.size(); trust++) {
            String name = SEEDS.get(trust);
            for (Entry e : parser.parse(CatalogReader.read(seeds.resolve(name), name)).entries()) {
                String title = tidyTitle(name, e.title());
                String folded = Slugs.foldTitle(title);
                Paper p = e.arxiv() != null ? byArxiv.get(e.arxiv().id()) : null;
                if (p == null) {
                    p = byTitle.get(folded);
                }
                if (p == null) {
                    p = new Paper();
                    papers.add(p);
                }
                absorb(p, e, title, trust, name);
                if (p.arxiv != null) {
                    byArxiv.put(p.arxiv.id(), p);
                }
                byTitle.put(folded, p);
            }
        }
        return papers;
    }

    /** Drops the short name some lists put before a title ("AlignGPT: AlignGPT: ..." to "AlignGPT: ..."). */
    static String tidyTitle(String seed, String title) {
        String t = title.replace('’', '\'').replace('：', ':').replaceAll("\\s+", " ").strip();
        t = t.replaceAll("(?<=\\S):(?=\\S)", ": ");
        if (seed.equals("venue-prefixed.md")) {
            int colon = t.indexOf(": ");
            if (colon > 0) {
                String prefix = t.substring(0, colon);
                String rest = t.substring(colon + 2);
                if (rest.contains(":") || rest.toLowerCase(Locale.ROOT).contains(prefix.toLowerCase(Locale.ROOT))) {
                    t = rest;
                }
            }
        }
        return t.replaceAll("\\s+:", ":");
    }

    static void absorb(Paper p, Entry e, String title, int trust, String seed) {
        if (trust < p.titleTrust) {
            p.title = title;
            p.titleTrust = trust;
        }
        if (p.arxiv == null && e.arxiv() != null) {
            p.arxiv = e.arxiv();
        }
        if (p.url == null && e.url() != null && e.url().startsWith("http")) {
            p.url = e.url();
        }
        if (p.authors.isEmpty() && !e.authors().isEmpty()) {
            p.authors = e.authors();
        }
        if (e.venue() != null && !Venues.isPreprint(e.venue()) && p.venue == null) {
            p.venue = tidyVenue(e.venue());
        }
        EntryDate d = e.date();
        if (d != null && (p.date == null || precision(d) > precision(p.date))) {
            p.date = d;
        }
        for (Link l : e.links()) {
            String label = l.label().toLowerCase(Locale.ROOT);
            if ((label.equals("code") || label.equals("github")) && l.url().startsWith("http")) {
                p.links.putIfAbsent("Code", l.url());
            } else if (label.equals("project") && l.url().startsWith("http")) {
                p.links.putIfAbsent("Project", l.url());
            }
        }
        if (e.sectionPath() != null) {
            p.seedSections.add(seed + ":" + e.sectionPath());
        }
        p.seedTags.addAll(e.tags());
    }

    static int precision(EntryDate d) {
        return d.day() != 0 ? 3 : d.month() != 0 ? 2 : 1;
    }

    static String tidyVenue(String v) {
        String s = v.replace("ICRL", "ICLR");
        return s.replaceAll("^([A-Za-z]+)((?:19|20)\\d{2})$", "$1 $2");
    }

    static String section(Paper p) {
        String t = p.title;
        String sections = String.join(" | ", p.seedSections).toLowerCase(Locale.ROOT);
        if (sections.contains("survey and outlook")) {
            return "Surveys and Articles";
        }
        if (t.matches("(?i).*hallucinat.*")) {
            return "Hallucination";
        }
        if (sections.contains("alignment with human preference") || sections.contains("mllm alignment")
                || t.matches("(?i).*(\\bDPO\\b|preference|RLHF|human feedback|reward).*")) {
            return "Alignment and Preference Optimization";
        }
        if (sections.contains("benchmark and dataset") || p.seedTags.contains("evaluation")
                || t.matches("(?i).*(benchmark|dataset|evaluat).*")) {
            return "Benchmarks and Datasets";
        }
        if (sections.contains("awesome modality alignment")) {
            return "Modality Alignment";
        }
        if (sections.contains("unify multimodal") || sections.contains("vision llm for generation")
                || t.matches("(?i).*unif.*generation.*")) {
            return "Unified Understanding and Generation";
        }
        if (sections.contains("image generation") || t.matches("(?i).*(diffusion|image generation|illustration).*")) {
            return "Image Generation";
        }
        if (t.matches("(?i).*(video|audio|speech|omni).*")) {
            return "Video and Audio";
        }
        if (sections.contains("textual large language model backbone")) {
            return "Language Model Backbones";
        }
        if (sections.contains("vision model backbone")) {
            return "Vision Backbones";
        }
        return "Multimodal LLMs";
    }

    static String render(List<Paper> papers) {
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        SECTIONS.forEach(s -> bySection.put(s, new ArrayList<>()));
        for (Paper p : papers) {
            String section = section(p);
            String sectionTag = Slugs.tag(section);
            List<String> tags = new ArrayList<>(List.of(sectionTag));
            for (Map.Entry<String, Pattern> t : EXTRA_TAGS.entrySet()) {
                if (t.getValue().matcher(p.title).find() && !sectionTag.contains(t.getKey())) {
                    tags.add(t.getKey());
                }
            }
            EntryDate date = p.date;
            if (p.arxiv != null && (date == null || precision(date) < 3 || !date.within(p.arxiv.month()))) {
                if (date == null || precision(date) < 3) {
                    date = p.arxiv.month();
                }
            }
            String url = p.arxiv != null ? p.arxiv.absUrl() : p.url;
            List<Link> links = new ArrayList<>();
            p.links.forEach((label, u) -> links.add(new Link(label, u, 0, 0)));
            if (url != null) {
                links.add(0, new Link(p.title, url, 0, 0));
            }
            bySection.get(section).add(new Entry(p.title, null, p.authors, p.arxiv, url, links, p.venue, date, null, tags,
                    List.of(section), Map.of(), null, "README.md", 0, 0));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Awesome Multimodal LLM Papers\n\n");
        sb.append("The catalog of the `papers` project, and the one `papers` uses when no other is named: ")
                .append(papers.size()).append(" papers on multimodal large language models, gathered from\n")
                .append("several community lists, each listed once, with its authors, links, venue and date where known.\n")
                .append("Entries follow the format described under \"Contributing\" in the project's README;\n")
                .append("run `papers lint` before sending a change.\n\n");
        sb.append("## Contents\n\n");
        for (String s : SECTIONS) {
            sb.append("- [").append(s).append("](#").append(Slugs.anchor(s)).append(")\n");
        }
        for (Map.Entry<String, List<Entry>> s : bySection.entrySet()) {
            sb.append("\n## ").append(s.getKey()).append("\n\n");
            List<Entry> entries = s.getValue();
            entries.sort(Comparator.comparing((Entry e) -> e.date() == null ? EntryDate.of(1000) : e.date())
                    .reversed().thenComparing(Entry::title));
            for (Entry e : entries) {
                for (String line : PapersFormat.render(e, List.of(Slugs.tag(s.getKey())))) {
                    sb.append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
