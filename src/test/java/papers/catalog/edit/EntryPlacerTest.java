package papers.catalog.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import papers.catalog.ArxivId;
import papers.catalog.CatalogParser;
import papers.catalog.EntryDate;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.format.HouseStyle;
import papers.catalog.format.NewEntry;

/** Where the placer puts a new entry in a section, and what else it changes: numbering, date order, nothing more. */
class EntryPlacerTest {
    private static ParsedFile parse(String text) {
        return new CatalogParser().parse(new SourceFile("list.md", text));
    }

    private static NewEntry paper(String title, String id, EntryDate date) {
        return new NewEntry(title, List.of("A. Author"), ArxivId.parse(id).orElseThrow(), null, null, null, date, null, null,
                null, List.of());
    }

    private static ParsedFile.Heading heading(ParsedFile f, String text) {
        return f.headings().stream().filter(h -> h.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void numberedListTakesTheNextNumberAtItsEnd() {
        ParsedFile f = parse("""
                ## Vision

                1. [Alpha](https://arxiv.org/abs/2401.00001)
                2. [Beta](https://arxiv.org/abs/2401.00002)

                ## Language
                """);
        EntryPlacer.Plan plan = EntryPlacer.place(f, heading(f, "Vision"), paper("Gamma", "2401.00003", null), HouseStyle.NONE);
        List<String> lines = List.of(plan.text().split("\n"));
        assertThat(plan.line()).isEqualTo(5);
        assertThat(lines.get(4)).startsWith("3. [Gamma](https://arxiv.org/abs/2401.00003)");
        assertThat(lines.subList(0, 4)).containsExactly("## Vision", "", "1. [Alpha](https://arxiv.org/abs/2401.00001)",
                "2. [Beta](https://arxiv.org/abs/2401.00002)");
        assertThat(lines.get(6)).isEqualTo("## Language");
    }

    @Test
    void newestFirstSectionTakesThePaperByItsDateAndRenumbersBelow() {
        ParsedFile f = parse("""
                ## Vision

                1. [2024-06] [F](https://arxiv.org/abs/2406.00006)
                2. [2024-04] [D](https://arxiv.org/abs/2404.00004)
                3. [2024-02] [B](https://arxiv.org/abs/2402.00002)
                """);
        EntryPlacer.Plan plan = EntryPlacer.place(f, heading(f, "Vision"), paper("E", "2405.00005", EntryDate.of(2024, 5)), HouseStyle.NONE);
        List<String> lines = List.of(plan.text().split("\n"));
        assertThat(plan.line()).isEqualTo(4);
        assertThat(lines.get(3)).startsWith("2. ").contains("[E](https://arxiv.org/abs/2405.00005)");
        assertThat(lines.get(4)).isEqualTo("3. [2024-04] [D](https://arxiv.org/abs/2404.00004)");
        assertThat(lines.get(5)).isEqualTo("4. [2024-02] [B](https://arxiv.org/abs/2402.00002)");
    }

    @Test
    void oldestFirstSectionTakesThePaperByItsDate() {
        ParsedFile f = parse("""
                ## Vision

                - [2024-02] [B](https://arxiv.org/abs/2402.00002)
                - [2024-04] [D](https://arxiv.org/abs/2404.00004)
                - [2024-06] [F](https://arxiv.org/abs/2406.00006)
                """);
        EntryPlacer.Plan plan = EntryPlacer.place(f, heading(f, "Vision"), paper("C", "2403.00003", EntryDate.of(2024, 3)), HouseStyle.NONE);
        assertThat(plan.line()).isEqualTo(4);
        assertThat(plan.text().split("\n")[3]).contains("[C](https://arxiv.org/abs/2403.00003)");
    }

    @Test
    void everyOtherLineStaysByteForByte() {
        String text = "## Vision\r\n\r\n- [A](https://arxiv.org/abs/2401.00001)  \r\n- [Z](https://arxiv.org/abs/2401.00009)\r\n"
                + "\r\nClosing words.\r\n";
        ParsedFile f = parse(text);
        EntryPlacer.Plan plan = EntryPlacer.place(f, heading(f, "Vision"), paper("B", "2401.00002", null), HouseStyle.NONE);
        assertThat(plan.text()).startsWith("## Vision\r\n\r\n- [A](https://arxiv.org/abs/2401.00001)  \r\n"
                + "- [Z](https://arxiv.org/abs/2401.00009)\r\n- [B]").endsWith("\r\n\r\nClosing words.\r\n");
        assertThat(plan.text().replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void linkLinesThatWriteTheirDateGetTheNewOnesDateToo() {
        ParsedFile f = parse("""
                ## Vision

                - [Alpha Captions](https://arxiv.org/abs/2401.00001) (2024-01)
                - [Beta Grounding](https://arxiv.org/abs/2402.00002) (2024-02)
                """);
        EntryPlacer.Plan plan = EntryPlacer.place(f, heading(f, "Vision"), paper("Gamma Decoding", "2403.00003",
                EntryDate.of(2024, 3)), HouseStyle.NONE);
        assertThat(plan.text().split("\n")[4]).isEqualTo("- [Gamma Decoding](https://arxiv.org/abs/2403.00003) (2024-03)");
    }
}
