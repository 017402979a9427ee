package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An added entry looks like its neighbours: after {@code add} into any list, {@code lint} finds nothing it did
 * not find before (numbering, date order, format, arXiv link form, empty cells), and a paper typed in without a
 * link is refused where the list's entries are links.
 */
class AddLikeNeighboursTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] PAPER = {"--title", "Routing Tokens Through Sparse Experts", "--url", "https://arxiv.org/abs/2611.99991",
        "--authors", "Ada Lovelace, Alan Turing", "--date", "2026-11", "--venue", "NeurIPS 2026",
        "--code", "https://github.com/example/routing", "--offline"};

    @TempDir
    Path dir;

    Map<String, String> env() {
        return Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
    }

    static Stream<Path> realLists() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path d : List.of(Path.of("..", "shared", "seeds"), Path.of("..", "shared", "corpus", "lists"))) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
                }
            }
        }
        return out.isEmpty() ? Stream.of(Path.of("../shared is not beside the project")) : out.stream();
    }

    /** How many findings of each rule lint reports on {@code file}. */
    Map<String, Integer> findings(Path file) throws IOException {
        CliRun.Result r = CliRun.run(dir, env(), "lint", "--catalog", file.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isLessThan(2);
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode f : JSON.readTree(r.out())) {
            out.merge(f.get("rule").asText(), 1, Integer::sum);
        }
        return out;
    }

    static Map<String, Integer> grown(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> out = new TreeMap<>();
        after.forEach((rule, n) -> {
            if (n > before.getOrDefault(rule, 0)) {
                out.put(rule, n - before.getOrDefault(rule, 0));
            }
        });
        return out;
    }

    Path copy(Path list) throws IOException {
        Path d = Files.createDirectories(dir.resolve("list"));
        return Files.write(d.resolve("README.md"), Files.readAllBytes(list));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realLists")
    void addingToARealListAddsNoFinding(Path list) throws IOException {
        assumeTrue(Files.isRegularFile(list), "../shared is not beside the project: skipped");
        Path file = copy(list);
        Map<String, Integer> before = findings(file);
        String[] args = Stream.concat(Stream.of("add", "--catalog", file.toString()), Stream.of(PAPER)).toArray(String[]::new);
        CliRun.Result r = CliRun.run(dir, env(), args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(grown(before, findings(file))).as("new findings after %s", r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realLists")
    void aTitleWithoutALinkIsRefusedOrAddsNoFinding(Path list) throws IOException {
        assumeTrue(Files.isRegularFile(list), "../shared is not beside the project: skipped");
        Path file = copy(list);
        String was = Files.readString(file);
        Map<String, Integer> before = findings(file);
        CliRun.Result r = CliRun.run(dir, env(), "add", "--catalog", file.toString(), "--title", "Routing Tokens Through Sparse Experts");
        if (r.code() == 2) {
            assertThat(r.err()).contains("--url: entries of README.md").doesNotContain("Exception");
            assertThat(Files.readString(file)).isEqualTo(was);
        } else {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(grown(before, findings(file))).isEmpty();
        }
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    List<String> added(Path file, String... args) throws IOException {
        return added(file, file, args);
    }

    /** The lines {@code add} with {@code args} on {@code catalog} wrote into {@code file}, blank ones left out. */
    List<String> added(Path catalog, Path file, String... args) throws IOException {
        String before = Files.readString(file);
        String[] all = Stream.concat(Stream.of("add", "--catalog", catalog.toString()), Stream.of(args)).toArray(String[]::new);
        CliRun.Result r = CliRun.run(dir, env(), all);
        assertThat(r.code()).as(r.err()).isZero();
        List<String> now = new ArrayList<>(Files.readString(file).lines().filter(x -> !x.isBlank()).toList());
        for (String line : before.lines().toList()) {
            now.remove(line);
        }
        return now;
    }

    @Test
    void aNewYearSectionIsNumberedFromWhereItsSiblingsStart() throws IOException {
        Path f = write("y.md", "# L\n\n## 2024\n\n0. [A](https://arxiv.org/abs/2401.00001)\n1. [B](https://arxiv.org/abs/2402.00001)\n\n"
                + "## 2023\n\n0. [C](https://arxiv.org/abs/2301.00001)\n");
        assertThat(added(f, "--title", "New", "--url", "https://arxiv.org/abs/2501.00001", "--date", "2025-01"))
                .contains("## 2025", "0. [New](https://arxiv.org/abs/2501.00001)");
        assertThat(findings(f)).isEmpty();
    }

    @Test
    void anOldestFirstSectionWithOneStrayEntryGetsTheNewOneInDateOrder() throws IOException {
        Path f = write("o.md", "# L\n\n## A\n\n- 2023.01 [A](https://arxiv.org/abs/2301.00001)\n- 2023.05 [B](https://arxiv.org/abs/2305.00001)\n"
                + "- 2022.02 [Stray](https://arxiv.org/abs/2202.00001)\n- 2024.02 [C](https://arxiv.org/abs/2402.00001)\n"
                + "- 2024.07 [D](https://arxiv.org/abs/2407.00001)\n- 2024.09 [E](https://arxiv.org/abs/2409.00001)\n");
        Map<String, Integer> before = findings(f);
        added(f, "--title", "New", "--url", "https://arxiv.org/abs/2403.00001", "--date", "2024-03");
        List<String> lines = Files.readString(f).lines().toList();
        assertThat(lines.indexOf("- 2024.03 [New](https://arxiv.org/abs/2403.00001)")).isEqualTo(lines.indexOf(
                "- 2024.02 [C](https://arxiv.org/abs/2402.00001)") + 1);
        assertThat(grown(before, findings(f))).isEmpty();
    }

    @Test
    void aTableRowFillsItsCellsAsTheRowsAroundItDo() throws IOException {
        // the second row does not start with a pipe, which GFM allows: the header is still the table's
        Path f = write("t.md", "# L\n\n## A\n\n| Title | Venue | Date | Code | Demo |\n|:--|:--:|:--:|:--:|:--:|\n"
                + "| [**Old One**](https://arxiv.org/abs/2301.00001) | arXiv | 2023-01-05 | - | - |\n"
                + "[**Old Two**](https://arxiv.org/abs/2212.00001) | ICLR 2023 | 2022-12-01 | [Github](https://github.com/a/b) | - |\n"
                + "| [**Old Three**](https://arxiv.org/abs/2211.00001) | arXiv | 2022-11-20 | - | - |\n"
                + "| [**Old Four**](https://arxiv.org/abs/2210.00001) | NeurIPS 2022 | 2022-10-02 | - | - |\n");
        Map<String, Integer> before = findings(f);
        assertThat(added(f, "--title", "New", "--url", "https://arxiv.org/abs/2402.00001", "--date", "2024-02"))
                .containsExactly("| [**New**](https://arxiv.org/abs/2402.00001) | arXiv | 2024-02 | - | - |");
        List<String> lines = Files.readString(f).lines().toList();
        assertThat(lines.get(6)).as("newest first: at the top").startsWith("| [**New**]");
        assertThat(grown(before, findings(f))).isEmpty();
    }

    @Test
    void anArxivLinkIsWrittenInTheFormTheFileMostlyUsesOrThatPapersYamlSays() throws IOException {
        Path d = Files.createDirectories(dir.resolve("cat"));
        Path f = Files.writeString(d.resolve("README.md"), "# L\n\n## A\n\n- [A](https://arxiv.org/pdf/2301.00001)\n"
                + "- [B](https://arxiv.org/pdf/2302.00001)\n- [C](https://arxiv.org/abs/2303.00001)\n");
        assertThat(added(f, "--title", "New", "--url", "https://arxiv.org/abs/2402.00001")).containsExactly("- [New](https://arxiv.org/pdf/2402.00001)");
        Files.writeString(d.resolve("papers.yaml"), "lint:\n  arxiv-form: abs\n");
        assertThat(added(d, f, "--title", "Newer", "--url", "https://arxiv.org/pdf/2403.00001")).containsExactly("- [Newer](https://arxiv.org/abs/2403.00001)");
    }

    @Test
    void inASectionOfNoKnownFormatTheEntryIsWrittenAfterItsNeighbour() throws IOException {
        String block = "**%s**\\\n_%s_\\\n%s, [[Paper](https://arxiv.org/abs/%s)] [[Codes](https://github.com/x/%s)] [[Webpage](https://%s.io/)]\\\n%s\n";
        Path f = write("b.md", "# L\n\n## Fusion\n\n" + String.format(block, "Older Model One", "Ann Bee, Cee Dee", "arXiv", "2405.00001", "one", "one", "9 May 2024")
                + "\n" + String.format(block, "Older Model Two", "Eff Gee", "ICML 2024", "2403.00002", "two", "two", "2 Mar 2024")
                + "\n" + String.format(block, "Older Model Three", "Aitch Eye, Jay Kay", "arXiv", "2402.00003", "three", "three", "1 Feb 2024"));
        List<String> lines = added(f, PAPER);
        assertThat(lines).containsExactly("**Routing Tokens Through Sparse Experts**\\", "_Ada Lovelace, Alan Turing_\\",
                "NeurIPS 2026, [[Paper](https://arxiv.org/abs/2611.99991)] [[Codes](https://github.com/example/routing)]\\", "Nov 2026");
        CliRun.Result show = CliRun.run(dir, env(), "--catalog", f.toString(), "show", "2611.99991", "--json");
        JsonNode e = JSON.readTree(show.out()).get(0);
        assertThat(e.get("authors").toString()).isEqualTo("[\"Ada Lovelace\",\"Alan Turing\"]");
        assertThat(e.get("venue").asText()).isEqualTo("NeurIPS 2026");
        assertThat(e.get("date").asText()).isEqualTo("2026-11");
        assertThat(findings(f)).isEmpty();
    }

    @Test
    void aNeighbourWhoseOwnFactsWouldStayIsNotCopied() throws IOException {
        // each entry names its lab, which the new entry has no value for: copying would say the lab made it
        String line = "* \"%s\", ICML, %s (*%s*). [[Paper](https://arxiv.org/abs/%s)]\n";
        Path f = write("c.md", "# L\n\n## Survey\n\n" + String.format(line, "Survey One", "2024", "Lab North", "2401.00001")
                + String.format(line, "Survey Two", "2023", "Lab South", "2301.00002")
                + String.format(line, "Survey Three", "2022", "Team East", "2201.00003"));
        List<String> lines = added(f, PAPER);
        assertThat(String.join("\n", lines)).contains("Routing Tokens Through Sparse Experts").doesNotContain("Lab", "Team", "2024");
    }

    @Test
    void aTitleWithoutALinkInAListOfLinksIsExitTwoAndWritesNothing() throws IOException {
        Path f = write("n.md", "# L\n\n## A\n\n1. [A](https://arxiv.org/abs/2301.00001)(first)\n2. [B](https://arxiv.org/abs/2302.00001)(second)\n");
        String was = Files.readString(f);
        CliRun.Result r = CliRun.run(dir, env(), "add", "--catalog", f.toString(), "--title", "No Link");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("papers: --url: entries of n.md under \"A\" are written as numbered-link");
        assertThat(Files.readString(f)).isEqualTo(was);
    }

    @Test
    void aSectionThatEndsInADetailsSummaryGetsTheEntryUnderItsHeading() throws IOException {
        Path f = write("d.md", "# L\n\n## Intro\n\nSome words.\n\n## Milestones\n\n<details>\n\n<summary> milestone papers </summary>\n\n"
                + "| Date | Paper |\n|:-:|:-:|\n| 2017-06 | [Attention Is All You Need](https://arxiv.org/pdf/1706.03762) |\n"
                + "| 2018-10 | [BERT](https://arxiv.org/pdf/1810.04805) |\n| 2020-05 | [Language Models Are Few-Shot Learners](https://arxiv.org/pdf/2005.14165) |\n\n"
                + "</details>\n");
        added(f, "--title", "Attention Sinks", "--url", "https://arxiv.org/abs/2309.17453", "--date", "2023-09");
        List<String> lines = Files.readString(f).lines().toList();
        assertThat(lines.indexOf("| 2023-09 | [Attention Sinks](https://arxiv.org/pdf/2309.17453) |"))
                .isEqualTo(lines.indexOf("| 2020-05 | [Language Models Are Few-Shot Learners](https://arxiv.org/pdf/2005.14165) |") + 1);
    }
}
