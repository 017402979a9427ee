package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papers.arxiv.FakeArxiv;
import papers.catalog.CatalogParser;
import papers.catalog.Entry;
import papers.catalog.SourceFile;
import papers.catalog.edit.TextLines;

/** papers add against a fake arXiv on 127.0.0.1: golden files per format, faults, and safety of the file. */
class AddCommandTest extends FakeArxivCase {
    static String resource(String path) throws IOException {
        try (InputStream in = AddCommandTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    CliRun.Result add(String catalog, String... args) {
        String[] all = Stream.concat(Stream.of("add", "--catalog", catalog), Stream.of(args)).toArray(String[]::new);
        return CliRun.run(dir, env, all);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "numbered-notes.md|two.xml|--arxiv 2408.03326",
        "venue-prefixed.md|qwen2vl.xml|--arxiv 2409.12191",
        "bold-title-blocks.md|qwen2vl.xml|--arxiv https://arxiv.org/pdf/2409.12191v2",
        "date-prefixed.md|hourvideo.xml|--arxiv arXiv:2411.04998 --section 最新动态",
        "field-blocks.md|qwen2vl.xml|--arxiv 2409.12191 --section language-backbones --note Native-resolution_vision-language_model.",
        "table.md|qwen2vl.xml|--arxiv 2409.12191",
        "papers-format.md|hourvideo.xml|--arxiv 2411.04998 --tag benchmark",
    })
    void writesTheEntryAsTheCatalogWouldAndRemovingItRestoresTheFile(String name, String feed, String args) throws IOException {
        Path file = fixture(name);
        String before = Files.readString(file);
        fake.then(FakeArxiv.feed(feed));
        String[] split = Arrays.stream(args.split(" ")).map(a -> a.replace('_', ' ')).toArray(String[]::new);
        CliRun.Result r = add(name, split);
        assertThat(r.code()).as(r.err()).isZero();
        String after = Files.readString(file);
        assertThat(after).isEqualTo(resource("/golden/" + name));
        assertThat(r.out()).startsWith("added ");
        // only lines were inserted, all in one place: taking them out gives back the original bytes
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        assertThat(deltas).hasSize(1).allMatch(d -> d.getType() == DeltaType.INSERT);
        TextLines lines = TextLines.of(after);
        AbstractDelta<String> d = deltas.get(0);
        lines.remove(d.getTarget().getPosition() + 1, d.getTarget().getPosition() + d.getTarget().size());
        assertThat(lines.toString()).isEqualTo(before);
        // and the new entry reads back with the paper's facts
        List<Entry> entries = new CatalogParser().parse(new SourceFile(name, after)).entries();
        assertThat(entries).anyMatch(e -> e.arxiv() != null && (e.arxiv().id().equals("2409.12191")
                || e.arxiv().id().equals("2408.03326") || e.arxiv().id().equals("2411.04998")));
    }

    @Test
    void severalIdsAreFetchedInOneRequestWithADescriptiveUserAgent() throws IOException {
        fixture("numbered-notes.md");
        fake.then(FakeArxiv.feed("two.xml"));
        CliRun.Result r = add("numbered-notes.md", "--arxiv", "2408.03326", "2305.10355v3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(fake.requests).hasSize(1);
        assertThat(fake.requests.get(0)).contains("id_list=2408.03326%2C2305.10355", "max_results=2");
        assertThat(fake.userAgents.get(0)).startsWith("papers/");
        String text = Files.readString(dir.resolve("numbered-notes.md"));
        assertThat(text).contains("4. [LLaVA-OneVision: Easy Visual Task Transfer](https://arxiv.org/abs/2408.03326)\n"
                + "5. [Evaluating Object Hallucination in Large Vision-Language Models](https://arxiv.org/abs/2305.10355)\n");
    }

    @Test
    void duplicatesAreRefusedWithTheirPlace() throws IOException {
        Path file = fixture("numbered-notes.md");
        String before = Files.readString(file);
        fake.then(FakeArxiv.feed("qwen2vl.xml"));
        CliRun.Result r = add("numbered-notes.md", "--arxiv", "2409.12191");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("already in the catalog at numbered-notes.md:14");
        assertThat(Files.readString(file)).isEqualTo(before);
        CliRun.Result byTitle = add("numbered-notes.md", "--title", "QWEN2-VL: enhancing vision-language model’s perception of "
                + "the world at any resolution", "--url", "https://example.org/q");
        assertThat(byTitle.code()).isEqualTo(1);
        CliRun.Result allowed = add("numbered-notes.md", "--arxiv", "2409.12191", "--allow-duplicate", "--section", "preference learning");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(Files.readString(file)).contains("3. [Qwen2-VL");
    }

    @Test
    void severalIdsAddWhatCanBeAddedAndReportEachRefusalOnItsOwnLine() throws IOException {
        Path file = fixture("numbered-notes.md");
        fake.then(FakeArxiv.feed("two.xml"));
        assertThat(add("numbered-notes.md", "--arxiv", "2408.03326").code()).isZero();
        fake.then(FakeArxiv.feed("two.xml"));
        CliRun.Result r = add("numbered-notes.md", "--arxiv", "2408.03326", "2305.10355", "2408.03326");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("added Evaluating Object Hallucination in Large Vision-Language Models at numbered-notes.md:");
        assertThat(r.err().lines().filter(l -> l.startsWith("papers: not added: LLaVA-OneVision")).count()).isEqualTo(2);
        assertThat(r.err()).contains("already in the catalog at numbered-notes.md:");
        assertThat(Files.readString(file)).containsOnlyOnce("2408.03326").contains("2305.10355");
    }

    @Test
    void secondAddOfAnIdAndOfflineUseTheCache() throws IOException {
        fixture("venue-prefixed.md");
        fixture("date-prefixed.md");
        fake.then(FakeArxiv.feed("qwen2vl.xml"));
        assertThat(add("venue-prefixed.md", "--arxiv", "2409.12191").code()).isZero();
        assertThat(add("date-prefixed.md", "--arxiv", "2409.12191", "--offline").code()).isZero();
        assertThat(fake.requests).hasSize(1);
        CliRun.Result notCached = add("date-prefixed.md", "--arxiv", "2408.03326", "--offline");
        assertThat(notCached.code()).isEqualTo(3);
        assertThat(notCached.err()).contains("not in the cache");
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void aPaperLikeNoSectionGoesUnderTheLastSectionWithEntriesAsImportPutsIt() throws IOException {
        String list = "# Routing list\n\n## Papers\n\n- [Switch Routing](https://arxiv.org/abs/2101.03961)\n"
                + "- [Base Layers](https://arxiv.org/abs/2103.16716)\n\n## License\n\nMIT, see LICENSE.\n";
        Files.writeString(dir.resolve("a.md"), list);
        Files.writeString(dir.resolve("b.md"), list);
        Files.writeString(dir.resolve("new.md"), "- [Quokka Zebra Xylophone](https://example.org/qzx)\n");
        CliRun.Result r = add("a.md", "--title", "Quokka Zebra Xylophone", "--url", "https://example.org/qzx");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("(Papers)");
        CliRun.Result imported = CliRun.run(dir, env, "import", "--catalog", "b.md", "new.md");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(Files.readString(dir.resolve("a.md"))).contains("- [Quokka Zebra Xylophone](https://example.org/qzx)\n\n## License")
                .isEqualTo(Files.readString(dir.resolve("b.md")));
    }

    @Test
    void dryRunPrintsADiffAndWritesNothing() throws IOException {
        Path file = fixture("numbered-notes.md");
        String before = Files.readString(file);
        fake.then(FakeArxiv.feed("two.xml"));
        CliRun.Result r = add("numbered-notes.md", "--arxiv", "2408.03326", "--dry-run");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--- a/numbered-notes.md", "+++ b/numbered-notes.md",
                "+4. [LLaVA-OneVision: Easy Visual Task Transfer](https://arxiv.org/abs/2408.03326)");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void yearHeadingsListsStartingAtZeroAndUnknownSections() throws IOException {
        Path file = fixture("venue-prefixed.md");
        CliRun.Result r = add("venue-prefixed.md", "--title", "A Fixture Paper of 2022", "--url", "https://example.org/p",
                "--date", "2022-05", "--venue", "CVPR 2022");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(file)).endsWith("0. NeurIPS [Mind the Gap: Understanding the Modality Gap in Multi-modal "
                + "Contrastive Representation Learning](https://arxiv.org/abs/2203.02053)\n"
                + "1. CVPR 2022 [A Fixture Paper of 2022](https://example.org/p)\n");
        CliRun.Result unknown = add("venue-prefixed.md", "--title", "X", "--url", "https://example.org/x", "--section", "Weekly Paper");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no heading 'Weekly Paper'", "'Weekly Papers'");
    }

    @Test
    void dateOrderedNumberedListsTakeTheEntryAtItsDateAndRenumber() throws IOException {
        Path file = Files.writeString(dir.resolve("news.md"), "# News\n\n## Latest\n\n"
                + "1. [Paper C](https://arxiv.org/abs/2410.00003) (Oct 3, 2024)\n"
                + "2. [Paper B](https://arxiv.org/abs/2409.00002) (Sep 2, 2024)\n"
                + "3. [Paper A](https://arxiv.org/abs/2408.00001) (Aug 1, 2024)\n");
        CliRun.Result r = add("news.md", "--title", "Paper Between", "--url", "https://example.org/between", "--date", "2024-09-20");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo("# News\n\n## Latest\n\n"
                + "1. [Paper C](https://arxiv.org/abs/2410.00003) (Oct 3, 2024)\n"
                + "2. [Paper Between](https://example.org/between)\n"
                + "3. [Paper B](https://arxiv.org/abs/2409.00002) (Sep 2, 2024)\n"
                + "4. [Paper A](https://arxiv.org/abs/2408.00001) (Aug 1, 2024)\n");
    }

    @Test
    void lineEndingsByteOrderMarkAndMissingFinalNewlineAreKept() throws IOException {
        Path file = dir.resolve("crlf.md");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "# L\r\n\r\n## Papers\r\n\r\n- [One](https://arxiv.org/abs/2401.00001)\r\n- [Two](https://arxiv.org/abs/2401.00002)";
        Files.write(file, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        CliRun.Result r = add("crlf.md", "--title", "Three", "--url", "https://example.org/3");
        assertThat(r.code()).as(r.err()).isZero();
        byte[] after = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(after, 3)).isEqualTo(bom);
        assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + text + "\r\n- [Three](https://example.org/3)");
    }

    @Test
    void textFromArxivCannotBreakTheList() throws IOException {
        Path file = fixture("table.md");
        CliRun.Result r = add("table.md", "--title", "Pipes | and ](brackets) `ticks` \u001b[31m\nnewline", "--url",
                "https://example.org/a b(c)", "--date", "2024-01");
        assertThat(r.code()).as(r.err()).isZero();
        List<Entry> entries = new CatalogParser().parse(new SourceFile("table.md", Files.readString(file))).entries();
        assertThat(entries).hasSize(4);
        Entry added = entries.stream().filter(e -> e.title().startsWith("Pipes")).findFirst().orElseThrow();
        assertThat(added.title()).isEqualTo("Pipes | and ](brackets) `ticks` [31m newline");
        assertThat(added.url()).isEqualTo("https://example.org/a%20b%28c%29");
        assertThat(Files.readString(file)).doesNotContain("\u001b");
    }

    @Test
    void concurrentAddsBothLand() throws Exception {
        Path file = fixture("numbered-notes.md");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<CliRun.Result>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            results.add(pool.submit(() -> add("numbered-notes.md", "--title", "Concurrent Paper " + n, "--url",
                    "https://example.org/c" + n, "--section", "Models")));
        }
        for (Future<CliRun.Result> f : results) {
            assertThat(f.get().code()).as(f.get().err()).isZero();
        }
        pool.shutdown();
        List<Entry> entries = new CatalogParser().parse(new SourceFile("n.md", Files.readString(file))).entries();
        assertThat(entries.stream().filter(e -> e.title().startsWith("Concurrent Paper"))).hasSize(8);
        assertThat(Files.readString(file)).contains("\n11. [Concurrent Paper");
    }

    @Test
    void addUpdatesTheSearchIndexInPlace() throws IOException {
        fixture("numbered-notes.md");
        assertThat(CliRun.run(dir, env, "index", "--catalog", "numbered-notes.md").out()).startsWith("indexed 5 entries");
        CliRun.Result r = add("numbered-notes.md", "--title", "A Brand New Grounding Paper", "--url", "https://example.org/g",
                "--section", "Models");
        assertThat(r.code()).as(r.err()).isZero();
        // no rebuild: the new entry went into the index, and the entries below it moved down a line
        assertThat(CliRun.run(dir, env, "index", "--catalog", "numbered-notes.md").out()).startsWith("index is up to date: 6");
        assertThat(CliRun.run(dir, env, "search", "--catalog", "numbered-notes.md", "brand new grounding").out())
                .contains("numbered-notes.md:17");
        assertThat(CliRun.run(dir, env, "search", "--catalog", "numbered-notes.md", "Step-DPO").out())
                .contains("numbered-notes.md:22");
        assertThat(CliRun.run(dir, env, "search", "--catalog", "numbered-notes.md", "Qwen2-VL").out())
                .contains("numbered-notes.md:14");
    }

    @Test
    void theBundledCatalogIsReadOnly() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("elsewhere/.git"));
        CliRun.Result r = CliRun.run(empty.getParent(), env, "add", "--title", "X", "--url", "https://example.org/x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bundled catalog is read-only", "--catalog");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
