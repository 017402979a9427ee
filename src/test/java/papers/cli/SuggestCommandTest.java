package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import papers.arxiv.ArxivCache;
import papers.arxiv.ArxivPaper;
import papers.arxiv.FakeArxiv;
import papers.arxiv.FakeArxiv.Submission;
import papers.catalog.ArxivId;

/** papers suggest against a stand-in arXiv listing on 127.0.0.1. */
class SuggestCommandTest extends FakeArxivCase {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** A catalog of two topics and a section of tools, its newest entry ten days old. */
    static String catalog() {
        LocalDate newest = TODAY.minusDays(10);
        return "# Awesome Test Papers\n\n"
                + "## Hallucination\n\n"
                + "- [Counting Hallucinated Objects in Vision-Language Captions](https://arxiv.org/abs/2401.00001) (2024-01)\n"
                + "- [Preference Optimization Reduces Hallucination in Multimodal Models](https://arxiv.org/abs/2401.00002) (2024-01)\n"
                + "- [Grounded Decoding Against Object Hallucination](https://arxiv.org/abs/2401.00003) (2024-02)\n"
                + "- [A Benchmark of Hallucination in Large Vision-Language Models](https://arxiv.org/abs/2401.00004) (2024-03)\n"
                + "- [Visual Contrastive Decoding Mitigates Hallucination](https://arxiv.org/abs/2401.00005) (2024-04)\n"
                + "- [Hallucination Detection with Vision-Language Feedback](https://arxiv.org/abs/2401.00006) ("
                + newest + ")\n\n"
                + "## Video Understanding\n\n"
                + "- [Long Video Question Answering with Memory Tokens](https://arxiv.org/abs/2402.00001) (2024-02)\n"
                + "- [Temporal Grounding of Actions in Long Videos](https://arxiv.org/abs/2402.00002) (2024-02)\n"
                + "- [Streaming Video Language Models for Egocentric Video](https://arxiv.org/abs/2402.00003) (2024-03)\n"
                + "- [Video Captioning with Dense Temporal Events](https://arxiv.org/abs/2402.00004) (2024-03)\n"
                + "- [Benchmarking Video Understanding over Hour-Long Videos](https://arxiv.org/abs/2402.00005) (2024-05)\n\n"
                + "## Tools\n\n"
                + "- [quantum-toolkit](https://github.com/example/quantum-toolkit) - error correction code for qubits\n"
                + "- [graph-kit](https://github.com/example/graph-kit) - molecules and graph neural networks\n";
    }

    static final String[] FILLER = {"Quantum Error Correction with Surface Codes", "Graph Neural Networks for Molecule Property Prediction",
        "Reinforcement Learning for Robot Locomotion", "Speech Recognition with Streaming Transducers",
        "Federated Optimization under Client Drift", "Protein Structure Prediction with Diffusion",
        "Sparse Matrix Factorization on GPUs", "Causal Inference from Observational Time Series"};

    /** {@code n} submissions of other topics over the last month, and the few that belong in the catalog. */
    static List<Submission> submissions(int n) {
        List<Submission> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String topic = FILLER[i % FILLER.length];
            all.add(new Submission(String.format("2611.%05d", 10_000 + i), topic + " at Scale " + i,
                    "We study " + topic.toLowerCase() + " and report results.", i % 2 == 0 ? "cs.LG" : "cs.CV",
                    TODAY.minusDays(i % 25)));
        }
        all.add(new Submission("2611.00001", "Mitigating Object Hallucination in Vision-Language Models by Preference Optimization",
                "We reduce hallucinated objects in captions of vision-language models.", "cs.CV", TODAY.minusDays(2)));
        all.add(new Submission("2611.00002", "Hour-Long Video Question Answering with Temporal Memory",
                "Answering questions about long videos with memory.", "cs.CV", TODAY.minusDays(3)));
        // in the catalog already, under another version of its id
        all.add(new Submission("2401.00002", "Preference Optimization Reduces Hallucination in Multimodal Models",
                "Already listed.", "cs.CV", TODAY.minusDays(4)));
        // older than the newest entry: outside the default period
        all.add(new Submission("2611.00003", "Hallucination of Objects in Vision-Language Captions Revisited",
                "Counting hallucinated objects again.", "cs.CV", TODAY.minusDays(20)));
        return all;
    }

    Path list;

    @BeforeEach
    void writeCatalog() throws Exception {
        list = dir.resolve("README.md");
        Files.writeString(list, catalog());
        Files.writeString(dir.resolve("papers.yaml"), "suggest:\n  categories: [cs.CV, cs.CL]\n");
    }

    CliRun.Result suggest(String... args) {
        return CliRun.run(dir, env, Stream.concat(Stream.of("suggest"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void suggestsTheNewPapersOfEachTopicInTheirSectionsWithWhy() throws Exception {
        fake.then(FakeArxiv.listing(submissions(1_600)));
        CliRun.Result r = suggest();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Mitigating Object Hallucination", "2611.00001", "Hallucination (README.md)",
                "Hour-Long Video Question Answering", "Video Understanding (README.md)", "because: like \"");
        assertThat(r.out()).doesNotContain("Quantum", "2401.00002", "Revisited");
        assertThat(r.out().indexOf("Mitigating")).isLessThan(r.out().indexOf("2611.00001"));
        assertThat(r.err()).contains("cs.CV, cs.CL (from papers.yaml)", "since the newest dated entry",
                "in the catalog already");
        // 803 of the 1,604 are in cs.CV or cs.CL: one page
        assertThat(fake.requests).hasSize(1);
        assertThat(fake.requests.get(0)).contains("submittedDate", "max_results=1000", "sortBy=submittedDate");
        assertThat(Files.readString(list)).isEqualTo(catalog());
    }

    @Test
    void readsAPeriodInPagesOfAThousand() {
        fake.then(FakeArxiv.listing(submissions(2_400)));
        CliRun.Result r = suggest("--since", TODAY.minusDays(30).toString(), "--until", TODAY.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(fake.requests).hasSize(2);
        assertThat(fake.requests.get(1)).contains("start=1000");
        assertThat(r.err()).contains("1204 submissions read in 2 requests");
        // an older paper inside the period asked for
        assertThat(r.out()).contains("Revisited");
    }

    @Test
    void idsOfOneSectionFeedAddWithoutAnotherRequest() throws Exception {
        fake.then(FakeArxiv.listing(submissions(400)));
        CliRun.Result r = suggest("--ids", "--section", "hallucination");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("2611.00001");
        CliRun.Result add = CliRun.run(dir, env, "add", "--offline", "--section", "Hallucination", "--arxiv", "2611.00001");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(Files.readString(list)).contains("[Mitigating Object Hallucination in Vision-Language Models by Preference "
                + "Optimization](https://arxiv.org/abs/2611.00001)");
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void jsonGivesEachPaperWithItsSectionScoreAndReasons() throws Exception {
        fake.then(FakeArxiv.listing(submissions(100)));
        CliRun.Result r = suggest("--json", "--limit", "1");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a).hasSize(1);
        assertThat(a.get(0).get("arxiv").asText()).isEqualTo("2611.00001");
        assertThat(a.get(0).get("section").asText()).isEqualTo("Hallucination");
        assertThat(a.get(0).get("score").asDouble()).isPositive();
        assertThat(a.get(0).get("words").toString()).contains("hallucination");
        assertThat(a.get(0).get("like")).isNotEmpty();
    }

    @Test
    void noCategoriesKnownIsAUsageErrorBeforeAnyRequest() throws Exception {
        Files.delete(dir.resolve("papers.yaml"));
        CliRun.Result r = suggest();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("no arXiv categories known", "suggest.categories", "--category");
        assertThat(fake.requests).isEmpty();
    }

    @Test
    void categoriesComeFromTheCachedMetadataOfTheCatalogsPapers() throws Exception {
        Files.delete(dir.resolve("papers.yaml"));
        ArxivCache cache = new ArxivCache(dir.resolve("cache"));
        for (String id : List.of("2401.00001", "2401.00002", "2402.00001")) {
            cache.put(new ArxivPaper(ArxivId.parse(id).orElseThrow(), 1, "t", "s", List.of(), "2024-01-01", "2024-01-01",
                    id.startsWith("2402") ? "cs.CL" : "cs.CV", null, null, null));
        }
        fake.then(FakeArxiv.listing(submissions(100)));
        CliRun.Result r = suggest();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("arXiv cs.CV, cs.CL (from the catalog's papers (3 of 3 cached))");
        assertThat(fake.requests.get(0)).contains("cat%3Acs.CV+OR+cat%3Acs.CL");
    }

    @Test
    void aBadCategoryOrDayIsRefusedByName() {
        assertThat(suggest("--category", "not a category").err()).contains("--category: 'not a category'");
        CliRun.Result r = suggest("--since", "2024-13-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--since: '2024-13-01' is not a day");
        assertThat(fake.requests).isEmpty();
    }

    @Test
    void arxivDownIsOneLineExitThreeAndNothingWritten() throws Exception {
        fake.then(FakeArxiv.status(503, "down"));
        CliRun.Result r = suggest();
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines().filter(l -> !l.startsWith("papers: arXiv cs.CV"))).hasSize(1);
        assertThat(r.err()).contains("503").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(list)).isEqualTo(catalog());
    }

    @Test
    void pickNeedsATerminal() {
        CliRun.Result r = suggest("--pick");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--pick needs a terminal");
    }

    @Test
    void pickAddsTheAcceptedPapersToTheSectionEachFits() throws Exception {
        fake.then(FakeArxiv.listing(submissions(100)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> e = new HashMap<>(env);
        e.put("HOME", dir.toString());
        // skip the first paper (the hallucination one), accept the second (video)
        int code = Main.run(new Context(new PrintWriter(out, true), new PrintWriter(err, true), e, dir, true, 100,
                new ByteArrayInputStream("ny".getBytes(StandardCharsets.UTF_8))), new String[] {"suggest", "--pick"});
        assertThat(code).as(err.toString()).isZero();
        // no terminal to put in character mode: the keys come as lines, which a terminal would have shown
        assertThat(out.toString()).contains("add to \"Hallucination\"? [y]es, [n]o, [q]uit: ",
                "add to \"Video Understanding\"? [y]es, [n]o, [q]uit: ", "added Hour-Long Video Question Answering");
        assertOnlyTheVideoPaperAdded(list);
    }

    @Test
    void aCatalogKeptByMonthSuggestsByDateAndPickAddsUnderThePapersMonth() throws Exception {
        LocalDate newest = TODAY.minusDays(10);
        StringBuilder sb = new StringBuilder("# Hallucination Papers by Month\n\n## " + newest.getYear() + " "
                + newest.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + "\n\n");
        String[] titles = {"Counting Hallucinated Objects in Vision-Language Captions",
            "Preference Optimization Reduces Hallucination in Multimodal Models", "Grounded Decoding Against Object Hallucination",
            "A Benchmark of Hallucination in Large Vision-Language Models", "Visual Contrastive Decoding Mitigates Hallucination"};
        for (int i = 0; i < titles.length; i++) {
            sb.append("- [").append(titles[i]).append("](https://arxiv.org/abs/2401.0000").append(i + 1).append(") (")
                    .append(newest).append(")\n");
        }
        Files.writeString(list, sb.toString());
        fake.then(FakeArxiv.listing(submissions(100)));
        CliRun.Result r = suggest("--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode first = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(first.get("title").asText()).startsWith("Mitigating Object Hallucination");
        // a month heading is where a paper's date puts it, not a topic it fits
        assertThat(first.get("section").isNull()).isTrue();
        assertThat(suggest().out()).contains("by date (README.md)");
    }

    /** The catalog holds the video paper, in its section, and not the hallucination one. */
    static void assertOnlyTheVideoPaperAdded(Path list) throws IOException {
        String text = Files.readString(list);
        assertThat(text).contains("Hour-Long Video Question Answering").doesNotContain("Mitigating");
        assertThat(text.indexOf("Hour-Long Video Question")).isGreaterThan(text.indexOf("## Video Understanding"))
                .isLessThan(text.indexOf("## Tools"));
    }
}
