package papers.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogSource;
import papers.catalog.EntryDate;
import papers.catalog.PapersConfig;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.config.CatalogLocator;
import papers.catalog.format.NewEntry;
import papers.index.CatalogIndex;

/** Where a new paper goes: a named heading, the date heading of a dated list, else the last section with entries. */
class PlacementTest {
    private static final String TOPICS = """
            # Papers

            ## Vision

            - [Alpha Vision Model](https://arxiv.org/abs/2401.00001)

            ## Language

            - [Gamma Language Model](https://arxiv.org/abs/2401.00003)

            ## License

            MIT
            """;

    private static final String MONTHS = """
            # Papers

            ## 2024 May

            - [A](https://arxiv.org/abs/2405.00001)

            ## 2024 April

            - [B](https://arxiv.org/abs/2404.00002)
            """;

    private static Catalog catalog(String text, boolean headingsOnly) {
        SourceFile source = new SourceFile("README.md", text);
        ParsedFile f = headingsOnly ? new ParsedFile(source, List.of(), CatalogParser.outline(source), List.of())
                : new CatalogParser().parse(source);
        return new Catalog("test", Path.of("."), false, PapersConfig.defaults(), List.of(f));
    }

    private static NewEntry paper(String title, EntryDate date) {
        return new NewEntry(title, List.of(), null, "https://example.org/p.pdf", null, null, date, null, null, null, List.of());
    }

    /** Placement whose index is never wanted: opening it fails the test. */
    private static Placement noIndex(List<String> said) {
        return new Placement(() -> {
            throw new AssertionError("the index was opened");
        }, said::add);
    }

    @Test
    void namedHeadingByTextOrSlugInAnyCase() {
        Catalog c = catalog(TOPICS, false);
        assertThat(Placement.byName(c, "language").heading().text()).isEqualTo("Language");
        assertThat(Placement.byName(c, "VISION").heading().line()).isEqualTo(3);
    }

    @Test
    void unknownHeadingIsInvalidAndNamesTheClosest() {
        assertThatThrownBy(() -> Placement.byName(catalog(TOPICS, false), "Visoin"))
                .isInstanceOfSatisfying(CurateException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CurateException.Reason.INVALID);
                    assertThat(e.getMessage()).contains("no heading 'Visoin'", "closest: 'Vision'");
                });
    }

    @Test
    void datedListTakesTheMonthHeadingOrOneToCreate() {
        Placement p = noIndex(new ArrayList<>());
        Catalog c = catalog(MONTHS, true);
        assertThat(p.target(c, paper("X", EntryDate.of(2024, 4)), null, true).heading().text()).isEqualTo("2024 April");
        Placement.Target fresh = p.target(c, paper("Y", EntryDate.of(2024, 6)), null, true);
        assertThat(fresh.heading()).isNull();
        assertThat(fresh.newHeading()).isEqualTo(EntryDate.of(2024, 6));
    }

    @Test
    void withNoLikeSectionTheLastSectionWithEntriesNotTheLicense(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), TOPICS);
        CatalogSource source = new CatalogLocator(Map.of(), dir).locate(dir.resolve("README.md").toString());
        List<String> said = new ArrayList<>();
        // an index in memory, of the catalog itself: no section is like a paper that shares none of its words
        try (Placement p = new Placement(() -> CatalogIndex.open(null, source, () -> catalog(TOPICS, false), n -> { }, false),
                said::add)) {
            for (boolean headingsOnly : new boolean[] {false, true}) {
                Placement.Target t = p.target(catalog(TOPICS, headingsOnly), paper("Unrelated Words", null), null, true);
                assertThat(t.heading().text()).as("headings only: %s", headingsOnly).isEqualTo("Language");
            }
        }
        assertThat(said).isEmpty();
    }
}
