package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import papers.arxiv.FakeArxiv;
import papers.catalog.CatalogParser;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.Venues;

/** papers update, move, remove and toc, on our fixtures, on copies of the seeds and of data/. */
class CurateCommandsTest extends FakeArxivCase {
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    CliRun.Result run(String catalog, String command, String... args) {
        String[] all = Stream.concat(Stream.of(command, "--catalog", catalog), Stream.of(args)).toArray(String[]::new);
        return CliRun.run(dir, env, all);
    }

    static ParsedFile parse(Path file) throws IOException {
        return new CatalogParser().parse(new SourceFile(file.getFileName().toString(), Files.readString(file)));
    }

    // --- remove

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "numbered-notes.md|two.xml|2408.03326|",
        "venue-prefixed.md|qwen2vl.xml|2409.12191|",
        "bold-title-blocks.md|qwen2vl.xml|2409.12191|",
        "date-prefixed.md|hourvideo.xml|2411.04998|最新动态",
        "field-blocks.md|qwen2vl.xml|2409.12191|language-backbones",
        "table.md|qwen2vl.xml|2409.12191|",
        "papers-format.md|hourvideo.xml|2411.04998|",
    })
    void removeUndoesAddAndAddingAgainGivesTheSameFile(String name, String feed, String id, String section) throws IOException {
        Path file = fixture(name);
        String original = Files.readString(file);
        fake.then(FakeArxiv.feed(feed));
        List<String> add = new ArrayList<>(List.of("--arxiv", id));
        if (section != null) {
            add.addAll(List.of("--section", section));
        }
        assertThat(run(name, "add", add.toArray(String[]::new)).code()).isZero();
        String added = Files.readString(file);
        CliRun.Result removed = run(name, "remove", add.get(1));
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).startsWith("removed ");
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(run(name, "add", add.toArray(String[]::new)).code()).isZero();
        assertThat(Files.readString(file)).isEqualTo(added);
    }

    @Test
    void removeRenumbersTheItemsAfterAndTouchesNothingElse() throws IOException {
        Path file = Files.writeString(dir.resolve("l.md"), "# L\n\n## A\n\n1. [One](https://arxiv.org/abs/2401.00001) (note)\n"
                + "2. [Two](https://arxiv.org/abs/2401.00002)\n3. [Three](https://arxiv.org/abs/2401.00003)\n\n## B\n\n"
                + "1. [Four](https://arxiv.org/abs/2401.00004)\n2. [Five](https://arxiv.org/abs/2401.00005)\n");
        CliRun.Result dry = run("l.md", "remove", "2401.00001", "--dry-run");
        assertThat(dry.out()).contains("-1. [One](https://arxiv.org/abs/2401.00001) (note)", "+1. [Two]");
        assertThat(Files.readString(file)).contains("[One]");
        assertThat(run("l.md", "remove", "one").code()).isZero();
        assertThat(Files.readString(file)).isEqualTo("# L\n\n## A\n\n1. [Two](https://arxiv.org/abs/2401.00002)\n"
                + "2. [Three](https://arxiv.org/abs/2401.00003)\n\n## B\n\n"
                + "1. [Four](https://arxiv.org/abs/2401.00004)\n2. [Five](https://arxiv.org/abs/2401.00005)\n");
        CliRun.Result missing = run("l.md", "remove", "2401.09999");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("papers: no entry matches '2401.09999' (papers search finds it by words)\n");
    }

    @Test
    void aDryRunMoveShowsTheEntryTakenOutAndPutInAndNothingElse() throws IOException {
        Path file = Files.writeString(dir.resolve("l.md"), "# L\n\n## A\n\n- [One](https://arxiv.org/abs/2401.00001)\n"
                + "- [Two](https://arxiv.org/abs/2401.00002)\n- [Three](https://arxiv.org/abs/2401.00003)\n"
                + "- [Four](https://arxiv.org/abs/2401.00004)\n\n## B\n\n- [Five](https://arxiv.org/abs/2401.00005)\n");
        String before = Files.readString(file);
        CliRun.Result dry = run("l.md", "move", "2401.00001", "--section", "B", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        List<String> changed = dry.out().lines().filter(l -> (l.startsWith("-") || l.startsWith("+")) && !l.startsWith("---")
                && !l.startsWith("+++")).toList();
        assertThat(changed).containsExactly("-- [One](https://arxiv.org/abs/2401.00001)", "+- [One](https://arxiv.org/abs/2401.00001)");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anIdMatchingSeveralEntriesIsRefusedUnlessAll() throws IOException {
        String text = "# L\n\n## A\n\n- [Same Paper](https://arxiv.org/abs/2401.00001)\n- [Other](https://arxiv.org/abs/2401.00002)\n"
                + "\n## B\n\n- [Same Paper](https://arxiv.org/abs/2401.00001)\n";
        Path file = Files.writeString(dir.resolve("l.md"), text);
        for (String command : List.of("remove", "move")) {
            List<String> args = new ArrayList<>(List.of("2401.00001"));
            if (command.equals("move")) {
                args.addAll(List.of("--section", "A"));
            }
            CliRun.Result r = run("l.md", command, args.toArray(String[]::new));
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("matches 2 entries", "l.md:5 Same Paper", "l.md:10 Same Paper", "--all");
            assertThat(Files.readString(file)).isEqualTo(text);
        }
        assertThat(run("l.md", "remove", "2401.00001", "--all").code()).isZero();
        assertThat(Files.readString(file)).isEqualTo("# L\n\n## A\n\n- [Other](https://arxiv.org/abs/2401.00002)\n\n## B\n");
    }

    @Test
    void theBundledCatalogCannotBeChanged() {
        CliRun.Result r = CliRun.run(dir, env, "remove", "2409.12191");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the bundled catalog is read-only");
    }

    // --- move

    @Test
    void moveTakesTheTargetsOrderAndNumberingAndKeepsTheEntrysOwnLines() throws IOException {
        Path file = Files.writeString(dir.resolve("l.md"), "# L\n\n## Models\n\n"
                + "1. [Model C](https://arxiv.org/abs/2410.00003) (a note, **kept**) [[Code](https://github.com/o/c)]\n"
                + "2. [Model B](https://arxiv.org/abs/2409.00002)\n\n## Benchmarks\n\n"
                + "1. [Bench Z](https://arxiv.org/abs/2411.00009)\n2. [Bench X](https://arxiv.org/abs/2408.00007)\n");
        CliRun.Result r = run("l.md", "move", "2410.00003", "--section", "benchmarks");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("moved Model C from l.md:5 (Models) to l.md:10 (Benchmarks)\n");
        // newest first there: between Z (2024-11) and X (2024-08), numbered in turn
        assertThat(Files.readString(file)).isEqualTo("# L\n\n## Models\n\n"
                + "1. [Model B](https://arxiv.org/abs/2409.00002)\n\n## Benchmarks\n\n"
                + "1. [Bench Z](https://arxiv.org/abs/2411.00009)\n"
                + "2. [Model C](https://arxiv.org/abs/2410.00003) (a note, **kept**) [[Code](https://github.com/o/c)]\n"
                + "3. [Bench X](https://arxiv.org/abs/2408.00007)\n");
        CliRun.Result again = run("l.md", "move", "2410.00003", "--section", "Benchmarks");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("is under Benchmarks already");
        CliRun.Result nowhere = run("l.md", "move", "2410.00003", "--section", "Benchmark Suites");
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.err()).contains("no heading 'Benchmark Suites'", "'Benchmarks'");
    }

    @Test
    void moveIntoASectionOfAnotherFormatWritesTheEntryInThatFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("l.md"), "# L\n\n## Reading\n\n"
                + "- [Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution]"
                + "(https://arxiv.org/abs/2409.12191) [Code](https://github.com/QwenLM/Qwen2-VL)\n"
                + "- [Other](https://example.org/other)\n\n## Table\n\n| Title | Date | Code |\n|---|---|---|\n"
                + "| [Old](https://arxiv.org/abs/2301.00001) | 2023-01 | |\n");
        CliRun.Result r = run("l.md", "move", "qwen2-vl", "--section", "table");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo("# L\n\n## Reading\n\n- [Other](https://example.org/other)\n\n## Table\n\n"
                + "| Title | Date | Code |\n|---|---|---|\n| [Old](https://arxiv.org/abs/2301.00001) | 2023-01 | |\n"
                + "| [Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution]"
                + "(https://arxiv.org/abs/2409.12191) | 2024-09 | [Code](https://github.com/QwenLM/Qwen2-VL) |\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"numbered-notes.md", "venue-prefixed.md", "bold-title-blocks.md", "date-prefixed.md",
        "field-blocks.md", "papers-format.md", "seed:numbered-notes.md", "seed:venue-prefixed.md",
        "seed:bold-title-blocks.md", "seed:date-prefixed.md", "seed:field-blocks.md", "data:README.md"})
    void moveAndRemoveWorkInEveryFormatChangingOnlyTheirLines(String source) throws IOException {
        Path file = copy(source);
        String name = file.getFileName().toString();
        ParsedFile before = parse(file);
        Entry e = before.entries().stream().filter(x -> x.arxiv() != null && x.sectionPath() != null)
                .filter(x -> before.entries().stream().filter(y -> x.arxiv().equals(y.arxiv())).count() == 1)
                .findFirst().orElseThrow();
        String target = before.entries().stream().map(Entry::sectionPath)
                .filter(s -> s != null && !s.equals(e.sectionPath())).reduce((a, b) -> b).orElseThrow();
        String heading = target.substring(target.lastIndexOf(" / ") < 0 ? 0 : target.lastIndexOf(" / ") + 3);

        CliRun.Result moved = run(name, "move", e.arxiv().id(), "--section", heading);
        assertThat(moved.code()).as(moved.err()).isZero();
        ParsedFile after = parse(file);
        assertThat(after.entries()).hasSameSizeAs(before.entries());
        List<Entry> now = after.entries().stream().filter(x -> e.arxiv().equals(x.arxiv())).toList();
        assertThat(now).hasSize(1);
        assertThat(now.get(0).sectionPath()).endsWith(heading);
        assertThat(now.get(0).title()).isEqualTo(e.title());
        // every other line is still there, list numbers aside; only the entry's lines moved
        List<String> entryLines = before.lines(e.line(), e.lastLine());
        assertThat(withoutNumbers(lines(after), entryLines)).isEqualTo(withoutNumbers(lines(before), entryLines));

        CliRun.Result removed = run(name, "remove", e.arxiv().id());
        assertThat(removed.code()).as(removed.err()).isZero();
        ParsedFile gone = parse(file);
        assertThat(gone.entries()).hasSize(before.entries().size() - 1).noneMatch(x -> e.arxiv().equals(x.arxiv()));
        assertThat(withoutNumbers(lines(gone), List.of())).isEqualTo(withoutNumbers(lines(before), entryLines));
    }

    private Path copy(String source) throws IOException {
        if (source.startsWith("seed:")) {
            Path seed = SEEDS.resolve(source.substring(5));
            assumeTrue(Files.isRegularFile(seed), "../shared/seeds is not beside the project: seed test skipped");
            return Files.write(dir.resolve(seed.getFileName()), Files.readAllBytes(seed));
        }
        if (source.startsWith("data:")) {
            return Files.copy(Path.of("data", source.substring(5)), dir.resolve("data-copy.md"));
        }
        return fixture(source);
    }

    private static List<String> lines(ParsedFile f) {
        return Arrays.asList(f.source().text().split("\n", -1));
    }

    /** The non-blank lines that are not the entry's, list numbers taken off, sorted: what must survive a move untouched. */
    private static List<String> withoutNumbers(List<String> lines, List<String> entry) {
        List<String> own = entry.stream().map(l -> l.replaceFirst("^(\\s*)\\d+([.)])", "$1#$2")).toList();
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String n = l.replaceFirst("^(\\s*)\\d+([.)])", "$1#$2");
            if (!n.isBlank()) {
                out.add(n);
            }
        }
        for (String o : own) {
            out.remove(o);
        }
        out.sort(null);
        return out;
    }

    @Test
    void moveBetweenTwoFilesOfACatalogWritesTheTargetsFormat() throws IOException {
        Files.writeString(dir.resolve("papers.yaml"), "files: [a.md, b.md]\n");
        Path a = Files.writeString(dir.resolve("a.md"), "# A\n\n## Reading\n\n"
                + "- [Some Paper](https://arxiv.org/abs/2401.00001) · 2024-01 · ICLR 2024\n  *A. One, B. Two*\n"
                + "- [Other Paper](https://arxiv.org/abs/2401.00002) · 2024-01\n");
        Path b = Files.writeString(dir.resolve("b.md"), "# B\n\n## Done\n\n1. ICML [Read Paper](https://arxiv.org/abs/2301.00003)\n");
        CliRun.Result r = CliRun.run(dir, env, "move", "some-paper", "--section", "Done");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("moved Some Paper from a.md:5 (Reading) to b.md:6 (Done)\n");
        assertThat(Files.readString(b)).isEqualTo("# B\n\n## Done\n\n1. ICML [Read Paper](https://arxiv.org/abs/2301.00003)\n"
                + "2. ICLR 2024 [Some Paper](https://arxiv.org/abs/2401.00001)\n");
        assertThat(Files.readString(a)).isEqualTo("# A\n\n## Reading\n\n- [Other Paper](https://arxiv.org/abs/2401.00002) · 2024-01\n");
    }

    // --- update

    @Test
    void anArxivThatFailsChangesNothingAndSaysSoInOneLine() throws IOException {
        Path file = fixture("venue-prefixed.md");
        String before = Files.readString(file);
        fake.then(FakeArxiv.status(503, "down"));
        CliRun.Result r = run("venue-prefixed.md", "update", "--all");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("papers: ").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void updateFillsVenueVersionAndAuthorsInTheFormatsThatCarryThem() throws IOException {
        Path venue = Files.writeString(dir.resolve("v.md"), "# V\n\n## Daily\n\n"
                + "1. Arxiv [Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution]"
                + "(https://arxiv.org/abs/2409.12191v1) (native resolution)\n"
                + "2. ICML [Some Published Paper](https://arxiv.org/abs/2401.00001)\n"
                + "3. Arxiv [A Page Without An Id](https://example.org/page)\n");
        String feed = FakeArxiv.feedOf(
                FakeArxiv.entry("2409.12191", 3, "Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution",
                        "NeurIPS 2024", "Peng Wang", "Shuai Bai"),
                FakeArxiv.entry("2401.00001", 1, "Some Published Paper", "ICML 2024", "A. Author"));
        fake.then(FakeArxiv.atom(feed));
        CliRun.Result dry = run("v.md", "update", "--all", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("+1. NeurIPS [Qwen2-VL", "(https://arxiv.org/abs/2409.12191v3)",
                "would update 1 of 3 entries; 1 up to date; 1 without an arXiv id left alone");
        assertThat(Files.readString(venue)).contains("Arxiv [Qwen2-VL");
        assertThat(fake.requests).hasSize(1);
        assertThat(fake.requests.get(0)).contains("id_list=2409.12191%2C2401.00001");

        fake.then(FakeArxiv.atom(feed));
        CliRun.Result r = run("v.md", "update", "--all");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("v.md:5: Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution: "
                + "version \"v1\" -> \"v3\"; venue \"Arxiv\" -> \"NeurIPS\"");
        // the list writes venues without their year, so the update does too
        assertThat(Files.readString(venue)).isEqualTo("# V\n\n## Daily\n\n"
                + "1. NeurIPS [Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution]"
                + "(https://arxiv.org/abs/2409.12191v3) (native resolution)\n"
                + "2. ICML [Some Published Paper](https://arxiv.org/abs/2401.00001)\n"
                + "3. Arxiv [A Page Without An Id](https://example.org/page)\n");
        assertThat(r.err()).contains("no place for: authors (2 entries)");
    }

    @Test
    void updateOfTheTitleReplacesTheLinkTextNotAVenueThatReadsLikeIt() throws IOException {
        Path venue = Files.writeString(dir.resolve("q.md"), "# Q\n\n## Models\n\n1. Qwen [Qwen](https://arxiv.org/abs/2309.16609)\n"
                + "2. ICML [Some Published Paper](https://arxiv.org/abs/2401.00001)\n");
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(FakeArxiv.entry("2309.16609", 1, "Qwen Technical Report", null, "Jinze Bai"))));
        CliRun.Result r = run("q.md", "update", "2309.16609", "--field", "title");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(venue)).isEqualTo("# Q\n\n## Models\n\n1. Qwen [Qwen Technical Report](https://arxiv.org/abs/2309.16609)\n"
                + "2. ICML [Some Published Paper](https://arxiv.org/abs/2401.00001)\n");
    }

    @Test
    void updateWritesAuthorsAndVenueInThePapersAndBoldTitleFormatsAndFieldLimitsIt() throws IOException {
        Path papers = fixture("papers-format.md");
        String before = Files.readString(papers);
        String feed = FakeArxiv.feedOf(FakeArxiv.entry("2410.02713", 2, "Video Instruction Tuning with Synthetic Data",
                "CVPR 2025", "Yuanhan Zhang", "Jinming Wu"));
        fake.then(FakeArxiv.atom(feed));
        CliRun.Result onlyAuthors = run("papers-format.md", "update", "2410.02713", "--field", "authors");
        assertThat(onlyAuthors.code()).as(onlyAuthors.err()).isZero();
        assertThat(Files.readString(papers)).isEqualTo(before.replace(
                "- [Video Instruction Tuning with Synthetic Data](https://arxiv.org/abs/2410.02713) · 2024-10\n",
                "- [Video Instruction Tuning with Synthetic Data](https://arxiv.org/abs/2410.02713) · 2024-10\n"
                        + "  *Yuanhan Zhang, Jinming Wu*\n"));
        fake.then(FakeArxiv.atom(feed));
        assertThat(run("papers-format.md", "update", "2410.02713").code()).isZero();
        assertThat(Files.readString(papers)).contains("(https://arxiv.org/abs/2410.02713) · 2024-10 · CVPR 2025\n"
                + "  *Yuanhan Zhang, Jinming Wu*\n");
        List<Entry> read = parse(papers).entries().stream().filter(e -> "2410.02713".equals(e.arxiv().id())).toList();
        assertThat(read.get(0).venue()).isEqualTo("CVPR 2025");
        assertThat(read.get(0).authors()).containsExactly("Yuanhan Zhang", "Jinming Wu");

        Path bold = Files.writeString(dir.resolve("b.md"), "# B\n\n## 2024\n\n- **Some Paper**. arXiv:2401.00001.\n\n"
                + "  [[Paper](https://arxiv.org/abs/2401.00001)] [Code]\n");
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(FakeArxiv.entry("2401.00001", 1, "Some Paper", "ICLR 2024", "A. One", "B. Two"))));
        assertThat(run("b.md", "update", "--all").code()).isZero();
        assertThat(Files.readString(bold)).isEqualTo("# B\n\n## 2024\n\n- **Some Paper**. arXiv:2401.00001. ICLR 2024.\n\n"
                + "  *A. One, B. Two.* [[Paper](https://arxiv.org/abs/2401.00001)] [Code]\n");
        CliRun.Result badField = run("b.md", "update", "--all", "--field", "colour");
        assertThat(badField.code()).isEqualTo(2);
        assertThat(badField.err()).contains("--field: 'colour' is not one of title, authors, version, venue");
    }

    @Test
    void updateFillsTheVenueCellOfATableRowAndKeepsItsPadding() throws IOException {
        Path file = fixture("table.md");
        String before = Files.readString(file);
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(
                FakeArxiv.entry("2304.10592", 2, "MiniGPT-4: Enhancing Vision-Language Understanding with Advanced Large Language Models",
                        "ICLR 2024", "Deyao Zhu"),
                FakeArxiv.entry("2304.08485", 2, "Visual Instruction Tuning", "NeurIPS 2023"),
                FakeArxiv.entry("2304.02643", 1, "Segment Anything", "ICCV 2023"))));
        CliRun.Result r = run("table.md", "update", "--all");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo(before.replace("Large Language Models](https://arxiv.org/abs/2304.10592) | arXiv |",
                "Large Language Models](https://arxiv.org/abs/2304.10592) | ICLR 2024 |"));
        assertThat(r.out()).contains("venue \"arXiv\" -> \"ICLR 2024\"", "updated 1 of 3 entries; 2 up to date");
    }

    @Test
    void removeAndUpdateKeepCrlfAByteOrderMarkAndAMissingFinalNewline() throws IOException {
        Path file = dir.resolve("crlf.md");
        String text = "\uFEFF# L\r\n\r\n## A\r\n\r\n- [One](https://arxiv.org/abs/2401.00001v1) · 2024-01\r\n"
                + "- [Two](https://arxiv.org/abs/2401.00002) · 2024-01\r\n- [Three](https://arxiv.org/abs/2401.00003) · 2024-01";
        Files.writeString(file, text);
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(FakeArxiv.entry("2401.00001", 2, "One", "ICML 2024", "A. Author"))));
        assertThat(run("crlf.md", "update", "2401.00001").code()).isZero();
        assertThat(Files.readString(file)).isEqualTo(text.replace("- [One](https://arxiv.org/abs/2401.00001v1) · 2024-01\r\n",
                "- [One](https://arxiv.org/abs/2401.00001v2) · 2024-01 · ICML 2024\r\n  *A. Author*\r\n"));
        assertThat(run("crlf.md", "remove", "2401.00003").code()).isZero();
        assertThat(Files.readString(file)).endsWith("- [Two](https://arxiv.org/abs/2401.00002) · 2024-01");
        assertThat(run("crlf.md", "remove", "2401.00001").code()).isZero();
        assertThat(Files.readString(file)).isEqualTo("\uFEFF# L\r\n\r\n## A\r\n\r\n- [Two](https://arxiv.org/abs/2401.00002) · 2024-01");
    }

    @Test
    void aTitleIsCorrectedOnlyWhenCloseUnlessAskedFor() throws IOException {
        Path file = Files.writeString(dir.resolve("t.md"), "# T\n\n## A\n\n- [Visual Instruction Tunning](https://arxiv.org/abs/2304.08485)\n"
                + "- [LLaVA](https://arxiv.org/abs/2310.03744)\n");
        String feed = FakeArxiv.feedOf(FakeArxiv.entry("2304.08485", 2, "Visual Instruction Tuning", null),
                FakeArxiv.entry("2310.03744", 2, "Improved Baselines with Visual Instruction Tuning", null));
        fake.then(FakeArxiv.atom(feed));
        CliRun.Result r = run("t.md", "update", "--all");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(file)).contains("- [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485)\n",
                "- [LLaVA](https://arxiv.org/abs/2310.03744)\n");
        assertThat(r.err()).contains("t.md:6: title left: arXiv calls it \"Improved Baselines with Visual Instruction Tuning\"");
        fake.then(FakeArxiv.atom(feed));
        assertThat(run("t.md", "update", "llava", "--field", "title").code()).isZero();
        assertThat(Files.readString(file)).contains("- [Improved Baselines with Visual Instruction Tuning](https://arxiv.org/abs/2310.03744)\n");
    }

    @Test
    void updateAsksArxivForAHundredIdsAtATime() throws IOException {
        StringBuilder list = new StringBuilder("# Many\n\n## All\n\n");
        for (int i = 1; i <= 250; i++) {
            list.append(String.format("- [Paper %d](https://arxiv.org/abs/2401.%05d)%n", i, i));
        }
        Files.writeString(dir.resolve("many.md"), list.toString());
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf()));
        CliRun.Result r = run("many.md", "update", "--all");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(fake.requests).hasSize(3);
        assertThat(fake.requests.get(0)).contains("max_results=100");
        assertThat(fake.requests.get(2)).contains("max_results=50", "2401.00250");
        assertThat(r.out()).contains("updated 0 of 250 entries; 0 up to date; 250 not found on arXiv");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed:numbered-notes.md", "seed:venue-prefixed.md", "seed:bold-title-blocks.md",
        "seed:date-prefixed.md", "seed:field-blocks.md", "data:README.md"})
    void updateOfEveryListChangesOnlyTheLinesOfEntriesWithAnArxivId(String source) throws IOException {
        Path file = copy(source);
        String name = file.getFileName().toString();
        ParsedFile before = parse(file);
        Map<String, String> titles = new HashMap<>();
        before.entries().stream().filter(e -> e.arxiv() != null).forEach(e -> titles.putIfAbsent(e.arxiv().id(), e.title()));
        // arXiv knows every paper: version 9, published at ICLR 2025, by two authors
        fake.then(FakeArxiv.byIds(ids -> FakeArxiv.feedOf(ids.stream().filter(titles::containsKey)
                .map(id -> FakeArxiv.entry(id, 9, titles.get(id).replace("&", "&amp;").replace("<", "&lt;"), "ICLR 2025",
                        "Ada Author", "Bo Author"))
                .toArray(String[]::new))));
        CliRun.Result r = run(name, "update", "--all");
        assertThat(r.code()).as(r.err()).isZero();
        ParsedFile after = parse(file);
        assertThat(after.entries()).hasSameSizeAs(before.entries());
        // lines outside entries with an arXiv id are untouched; the entries are the same papers
        List<String> a = lines(before);
        List<String> b = lines(after);
        Set<Integer> owned = new HashSet<>();
        int shift = 0;
        for (int i = 0; i < before.entries().size(); i++) {
            Entry was = before.entries().get(i);
            Entry now = after.entries().get(i);
            assertThat(now.arxiv()).isEqualTo(was.arxiv());
            assertThat(now.line()).isEqualTo(was.line() + shift);
            if (was.arxiv() == null) {
                assertThat(after.lines(now.line(), now.lastLine())).isEqualTo(before.lines(was.line(), was.lastLine()));
            } else {
                for (int l = was.line(); l <= was.lastLine(); l++) {
                    owned.add(l);
                }
                if (now.venue() != null && !Venues.isPreprint(now.venue())
                        && (was.venue() == null || Venues.isPreprint(was.venue()))) {
                    assertThat(now.venue()).startsWith("ICLR");
                }
            }
            shift += (now.lastLine() - now.line()) - (was.lastLine() - was.line());
        }
        int j = 0;
        for (int i = 0; i < a.size(); i++) {
            Entry next = null;
            if (!owned.contains(i + 1)) {
                assertThat(b.get(j)).as(name + ":" + (i + 1)).isEqualTo(a.get(i));
                j++;
                continue;
            }
            // an entry's lines: skip to the line after it in both texts
            for (Entry e : before.entries()) {
                if (e.line() == i + 1) {
                    next = e;
                }
            }
            if (next != null) {
                Entry now = after.entries().get(before.entries().indexOf(next));
                j = now.lastLine();
                i = next.lastLine() - 1;
            }
        }
        assertThat(j).isEqualTo(b.size());
        String changed = r.out();
        switch (source) {
            case "seed:date-prefixed.md" -> assertThat(changed).contains("version \"v1\" -> \"v9\"");
            case "seed:venue-prefixed.md" -> assertThat(changed).contains("venue \"Arxiv\" -> \"ICLR\"");
            case "seed:bold-title-blocks.md" -> assertThat(changed).contains("venue \"ICLR 2025\"");
            case "data:README.md" -> assertThat(changed).contains("venue \"ICLR 2025\"", "authors \"Ada Author, Bo Author\"");
            default -> assertThat(r.err()).contains("no place for");
        }
    }

    @Test
    void updateNeedsToBeToldWhichEntries() throws IOException {
        fixture("papers-format.md");
        CliRun.Result r = run("papers-format.md", "update");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("update needs IDs, --all, or a filter");
        assertThat(fake.requests).isEmpty();
    }

    @Test
    void updateOfTheDateSeedFillsAVersionAndOfDataFillsAuthors() throws IOException {
        Path seed = SEEDS.resolve("date-prefixed.md");
        assumeTrue(Files.isRegularFile(seed), "../shared/seeds is not beside the project: seed test skipped");
        Path file = Files.write(dir.resolve("date-prefixed.md"), Files.readAllBytes(seed));
        ParsedFile before = parse(file);
        Entry versioned = before.entries().stream().filter(e -> e.url() != null && e.url().matches(".*arxiv\\.org/(abs|pdf)/.*v\\d+"))
                .findFirst().orElseThrow();
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(FakeArxiv.entry(versioned.arxiv().id(), 9, versioned.title(), "CVPR 2025"))));
        CliRun.Result r = run("date-prefixed.md", "update", versioned.arxiv().id());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(file);
        assertThat(text).contains(versioned.arxiv().id() + "v9");
        assertThat(onlyChangedLines(Files.readString(seed), text)).containsExactly(versioned.line());
        assertThat(r.err()).contains("no place for: venue (1 entry)");

        Path data = Files.write(dir.resolve("data.md"), Files.readAllBytes(Path.of("data", "README.md")));
        Entry bare = parse(data).entries().stream().filter(e -> e.arxiv() != null && e.authors().isEmpty() && e.venue() == null).findFirst().orElseThrow();
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(FakeArxiv.entry(bare.arxiv().id(), 2, bare.title(), "ECCV 2024", "X. Author", "Y. Author"))));
        assertThat(run("data.md", "update", bare.arxiv().id()).code()).isZero();
        Entry now = parse(data).entries().stream().filter(e -> bare.arxiv().equals(e.arxiv())).findFirst().orElseThrow();
        assertThat(now.authors()).containsExactly("X. Author", "Y. Author");
        assertThat(now.venue()).isEqualTo("ECCV 2024");
        assertThat(onlyChangedLines(Files.readString(Path.of("data", "README.md")), Files.readString(data)))
                .containsExactly(bare.line());
    }

    /** The lines of {@code before} that differ in {@code after}, where after only changed and inserted lines. */
    private static List<Integer> onlyChangedLines(String before, String after) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = new ArrayList<>(Arrays.asList(after.split("\n", -1)));
        List<Integer> changed = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < a.size(); i++, j++) {
            if (!a.get(i).equals(b.get(j))) {
                changed.add(i + 1);
                // lines inserted after a changed line belong to that entry
                while (j + 1 < b.size() && i + 1 < a.size() && !a.get(i + 1).equals(b.get(j + 1))) {
                    j++;
                }
            }
        }
        assertThat(j).isEqualTo(b.size());
        return changed;
    }

    // --- the search index after a change

    @Test
    void removeMoveAndUpdateKeepTheSearchIndexInStepWithoutARebuild() throws IOException {
        Path file = Files.write(dir.resolve("data.md"), Files.readAllBytes(Path.of("data", "README.md")));
        List<String> queries = List.of("hallucination", "video", "alignment preference", "qwen", "benchmark", "dpo", "diffusion",
                "survey", "instruction tuning", "2023");
        search(queries);
        String generation = generation();
        ParsedFile parsed = parse(file);
        List<Entry> withIds = parsed.entries().stream().filter(e -> e.arxiv() != null).toList();
        Entry first = withIds.get(3);
        Entry second = withIds.get(40);
        Entry third = withIds.stream().filter(e -> e.authors().isEmpty() && e.venue() == null).reduce((a, b) -> b).orElseThrow();
        assertThat(run("data.md", "remove", first.arxiv().id()).code()).isZero();
        assertThat(search(queries)).isEqualTo(searchRebuilt(queries));
        assertThat(run("data.md", "move", second.arxiv().id(), "--section", "Hallucination").code()).isZero();
        assertThat(search(queries)).isEqualTo(searchRebuilt(queries));
        // down the file: lines taken out above the place lines go in
        assertThat(run("data.md", "move", withIds.get(1).arxiv().id(), "--section", "Multimodal LLMs").code()).isZero();
        assertThat(search(queries)).isEqualTo(searchRebuilt(queries));
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(FakeArxiv.entry(third.arxiv().id(), 4, third.title(), "CVPR 2024",
                "Ada Author", "Bo Author"))));
        CliRun.Result updated = run("data.md", "update", third.arxiv().id());
        assertThat(updated.out()).contains("updated 1 of 1 entry");
        String afterAll = search(queries);
        assertThat(afterAll).isEqualTo(searchRebuilt(queries)).doesNotContain(first.title());
        assertThat(run("data.md", "search", "author:\"Ada Author\"").out()).contains(third.title());
        // all three were recorded in the index as it was: no rebuild
        assertThat(generation()).isEqualTo(generation);
    }

    @Test
    void aChangeTheIndexWasNotToldOfLeavesItToBeRebuiltEvenWhenALaterOneIsRecorded() throws IOException {
        Path file = Files.writeString(dir.resolve("news.md"), "# News\n\n## Contents\n\n- [2024 August](#2024-august)\n"
                + "- [2023 June](#2023-june)\n\n## 2024 August\n\n- [Paper A](https://example.org/a) · 2024-08\n\n"
                + "## 2023 June\n\n- [Paper B](https://example.org/b) · 2023-06\n");
        assertThat(run("news.md", "search", "paper").out()).contains("Paper A", "Paper B");
        // the first makes a month heading (and so changes the table of contents too); the second is a plain insert
        fake.then(FakeArxiv.feed("two.xml"));
        CliRun.Result added = run("news.md", "add", "--arxiv", "2305.10355", "2408.03326");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(Files.readString(file)).contains("- [2023 May](#2023-may)\n");
        String found = run("news.md", "search", "object hallucination").out();
        int line = Files.readString(file).lines().toList().indexOf(Files.readString(file).lines()
                .filter(l -> l.contains("Evaluating Object Hallucination")).findFirst().orElseThrow()) + 1;
        assertThat(found).contains("Evaluating Object Hallucination", "news.md:" + line);
    }

    /**
     * What each query finds, each hit as printed without its rank, sorted: an index updated in place finds the same
     * entries at the same lines as a rebuilt one, but its scores count the documents it deleted until Lucene merges
     * them away, so two hits scored nearly alike may swap ranks.
     */
    private String search(List<String> queries) {
        StringBuilder sb = new StringBuilder();
        for (String q : queries) {
            List<String> hits = new ArrayList<>();
            for (String hit : run("data.md", "search", q, "--limit", "1000").out().split("\n\\s*\n")) {
                hits.add(hit.strip().replaceFirst("^\\d+\\. ", ""));
            }
            Collections.sort(hits);
            sb.append(q).append(":\n").append(String.join("\n", hits)).append("\n");
        }
        return sb.toString();
    }

    private String searchRebuilt(List<String> queries) {
        Map<String, String> saved = env;
        env = new HashMap<>(env);
        env.put("PAPERS_CACHE_DIR", dir.resolve("cache-" + System.nanoTime()).toString());
        try {
            return search(queries);
        } finally {
            env = saved;
        }
    }

    private String generation() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("cache").resolve("index"))) {
            Path current = s.filter(p -> p.getFileName().toString().equals("current")).findFirst().orElseThrow();
            return Files.readString(current);
        }
    }

    // --- table of contents

    @Test
    void theTableOfContentsOfTheNumberedSeedSurvivesARenamedHeadingWithOneFix() throws IOException {
        Path seed = SEEDS.resolve("numbered-notes.md");
        assumeTrue(Files.isRegularFile(seed), "../shared/seeds is not beside the project: seed test skipped");
        Path file = dir.resolve("numbered-notes.md");
        Files.writeString(file, Files.readString(seed).replace("\n# MLLM Alignment\n", "\n# Aligning MLLMs\n"));
        CliRun.Result lint = run("numbered-notes.md", "lint");
        assertThat(lint.out()).contains("error anchor: #mllm-alignment matches no heading (closest: #aligning-mllms)",
                "warning toc: table of contents does not match the headings");
        String before = Files.readString(file);
        // the seed has other errors (a paper twice in a section): exit 1 for those, but nothing about the table
        assertThat(run("numbered-notes.md", "lint", "--fix").out()).doesNotContain("anchor", "toc:");
        String after = Files.readString(file);
        CliRun.Result again = run("numbered-notes.md", "lint");
        assertThat(again.out()).doesNotContain("anchor", "toc:");
        assertThat(after).contains("* [Aligning MLLMs](#aligning-mllms)\n").doesNotContain("(#mllm-alignment)");
        // the same table papers toc prints, and a second fix changes nothing
        String toc = run("numbered-notes.md", "toc").out();
        assertThat(after).contains(toc);
        assertThat(toc.lines()).allMatch(l -> l.startsWith("* ["));
        run("numbered-notes.md", "lint", "--fix");
        assertThat(Files.readString(file)).isEqualTo(after);
        // outside the table, only what the other safe fixes name (arXiv link forms) changed
        List<String> a = before.lines().filter(l -> !l.startsWith("* [")).map(l -> l.replace("arxiv.org/pdf/", "arxiv.org/abs/")
                .replace("www.arxiv.org", "arxiv.org")).toList();
        List<String> b = after.lines().filter(l -> !l.startsWith("* [")).toList();
        assertThat(b).isEqualTo(a);
    }

    @Test
    void aMonthHeadingThatAddMakesOrRemoveEmptiesIsKeptInTheTableOfContents() throws IOException {
        String text = "# News\n\n## Contents\n\n- [2024 October](#2024-october)\n- [2024 August](#2024-august)\n\n"
                + "## 2024 October\n\n- [Paper C](https://example.org/c) · 2024-10\n\n"
                + "## 2024 August\n\n- [Paper A](https://example.org/a) · 2024-08\n";
        Path file = Files.writeString(dir.resolve("news.md"), text);
        CliRun.Result added = run("news.md", "add", "--title", "Paper B", "--url", "https://example.org/b", "--date", "2024-09");
        assertThat(added.code()).as(added.err()).isZero();
        String after = Files.readString(file);
        assertThat(after).isEqualTo("# News\n\n## Contents\n\n- [2024 October](#2024-october)\n"
                + "- [2024 September](#2024-september)\n- [2024 August](#2024-august)\n\n"
                + "## 2024 October\n\n- [Paper C](https://example.org/c) · 2024-10\n\n"
                + "## 2024 September\n\n- [Paper B](https://example.org/b) · 2024-09\n\n"
                + "## 2024 August\n\n- [Paper A](https://example.org/a) · 2024-08\n");
        assertThat(run("news.md", "search", "paper b").out()).contains("news.md:15");
        CliRun.Result removed = run("news.md", "remove", "paper-b");
        assertThat(removed.out()).contains("and its heading, now empty");
        assertThat(Files.readString(file)).isEqualTo(text);
        // a table already out of step is lint's to report, not add's to rewrite
        String stale = text.replace("- [2024 August](#2024-august)\n", "");
        Files.writeString(file, stale);
        assertThat(run("news.md", "add", "--title", "Paper B", "--url", "https://example.org/b", "--date", "2024-09").code()).isZero();
        assertThat(Files.readString(file)).startsWith("# News\n\n## Contents\n\n- [2024 October](#2024-october)\n\n## 2024 October");
    }

    @Test
    void headingsAboveTheTableThatItNamesStayAndHeadingsAboutTheListAreNotForcedIn() throws IOException {
        Files.writeString(dir.resolve("t.md"), "# T\n\n## About\n\ntext\n\n## Contents\n\n- [About](#about)\n- [Models](#models)\n\n"
                + "## Models\n\n- [A](https://example.org/a)\n\n## Data\n\n- [B](https://example.org/b)\n\n"
                + "## Contributing\n\nPull requests welcome.\n\n## License\n\nMIT\n");
        assertThat(run("t.md", "toc").out()).isEqualTo("- [About](#about)\n- [Models](#models)\n- [Data](#data)\n");
        assertThat(run("t.md", "lint").out()).contains("t.md:9:1: warning toc: table of contents does not match the headings: "
                + "missing 'Data'\n");
        Files.writeString(dir.resolve("t.md"), Files.readString(dir.resolve("t.md")).replace("- [Models](#models)\n",
                "- [Models](#models)\n- [Data](#data)\n- [License](#license)\n"));
        CliRun.Result listed = run("t.md", "lint");
        assertThat(listed.out()).isEqualTo("no problems in 1 file\n");
    }

    @Test
    void aNestedNumberedTableIsWrittenInItsOwnStyle() throws IOException {
        Path file = Files.writeString(dir.resolve("n.md"), "# Title\n\n## Contents\n\n1. [Models](#models)\n"
                + "    1. [Vision](#vision)\n2. [Old Name](#old-name)\n\n## Models\n\n### Vision\n\n- [A](https://example.org/a)\n\n"
                + "### Language\n\n- [B](https://example.org/b)\n\n## Data Sets\n\n### Vision\n\n- [C](https://example.org/c)\n");
        CliRun.Result toc = run("n.md", "toc");
        assertThat(toc.code()).isZero();
        assertThat(toc.out()).isEqualTo("1. [Models](#models)\n    1. [Vision](#vision)\n    2. [Language](#language)\n"
                + "2. [Data Sets](#data-sets)\n    1. [Vision](#vision-1)\n");
        assertThat(run("n.md", "lint", "--fix").code()).isZero();
        assertThat(Files.readString(file)).startsWith("# Title\n\n## Contents\n\n" + toc.out() + "\n## Models\n");
        Files.writeString(dir.resolve("none.md"), "# L\n\n- [A](https://example.org/a)\n");
        CliRun.Result none = run("none.md", "toc");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no table of contents in");
    }
}
