package papers.catalog.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import papers.catalog.ArxivId;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.Column;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.Link;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.HouseStyle;
import papers.catalog.format.NewEntry;

/**
 * Every format writes what it reads: a new entry added to a list of each format (the project's fixtures, one
 * per format, with the rendering pinned in golden/render; then the seeds and the corpus lists when ../shared is
 * there) reads back with every field the format can carry.
 */
class AddReadsBackTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "render");
    static final NewEntry PAPER = new NewEntry("Routing Tokens Through Sparse Experts", List.of("Ada Lovelace", "Alan Turing"),
            new ArxivId("2409.12191"), null, "https://github.com/example/routing", "NeurIPS 2024", EntryDate.of(2024, 9), null,
            "a note on routing", null, List.of());

    record Case(String name, Path path, EntryFormat format) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> fixtures() {
        Path dir = Path.of("src", "test", "resources", "fixtures");
        return Stream.of(new Case("papers", dir.resolve("papers-format.md"), EntryFormat.PAPERS),
                new Case("table-row", dir.resolve("table.md"), EntryFormat.TABLE_ROW),
                new Case("field-block", dir.resolve("field-blocks.md"), EntryFormat.FIELD_BLOCK),
                new Case("bold-title-block", dir.resolve("bold-title-blocks.md"), EntryFormat.BOLD_TITLE_BLOCK),
                new Case("date-link", dir.resolve("date-prefixed.md"), EntryFormat.DATE_LINK),
                new Case("venue-link", dir.resolve("venue-prefixed.md"), EntryFormat.VENUE_LINK),
                new Case("numbered-link", dir.resolve("numbered-notes.md"), EntryFormat.NUMBERED_LINK),
                new Case("link-bullet", dir.resolve("link-bullets.md"), EntryFormat.LINK_BULLET));
    }

    static Stream<Case> realLists() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "shared", "seeds"), Path.of("..", "shared", "corpus", "lists"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".md")).sorted()
                            .forEach(p -> out.add(new Case(p.getFileName().toString(), p, null)));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new Case("../shared is not beside the project", null, null));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void eachFormatWritesANewEntryThatReadsBack(Case c) throws IOException {
        Added added = add(c.path());
        assertThat(added.format()).as("the fixture's format").isEqualTo(c.format());
        String rendered = String.join("\n", added.lines()) + "\n";
        Path golden = GOLDEN.resolve(c.name() + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("no golden for %s: run with -Dgolden.update=true and review it", c).exists();
        assertThat(rendered).as("the new entry as %s writes it", c.format().id())
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertCarried(added);
    }

    @ParameterizedTest
    @MethodSource("realLists")
    void aNewEntryInARealListReadsBackWithWhatItsFormatCarries(Case c) throws IOException {
        assumeTrue(c.path() != null, "../shared is not beside the project: skipped");
        assertCarried(add(c.path()));
    }

    record Added(EntryFormat format, List<String> columns, List<String> lines, Entry entry) {}

    /** Adds {@link #PAPER} to the section of the list's first entry and reads the file again. */
    static Added add(Path path) throws IOException {
        String name = path.getFileName().toString();
        ParsedFile parsed = new CatalogParser().parse(CatalogReader.read(path, name));
        assertThat(parsed.entries()).as("entries of %s", name).isNotEmpty();
        Entry first = parsed.entries().get(0);
        ParsedFile.Heading heading = null;
        for (ParsedFile.Heading h : parsed.headings()) {
            if (h.line() < first.line()) {
                heading = h;
            }
        }
        ParsedFile.Heading under = heading;
        List<Entry> section = parsed.entries().stream()
                .filter(e -> e.line() > (under == null ? 0 : under.line()) && e.sectionPath() != null
                        && e.sectionPath().equals(first.sectionPath())).toList();
        EntryFormat format = EntryFormat.dominant(parsed, section.isEmpty() ? List.of(first) : section);
        EntryPlacer.Plan plan = EntryPlacer.place(parsed, heading, PAPER, HouseStyle.NONE);
        List<String> columns = format == EntryFormat.TABLE_ROW
                ? EntryPlacer.tableHeader(TextLines.of(plan.text()), plan.line()) : List.of();
        ParsedFile again = new CatalogParser().parse(new SourceFile(name, plan.text()));
        Entry added = again.entries().stream().filter(e -> e.line() == plan.line()).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no entry read at line " + plan.line() + ", where "
                        + plan.firstLines() + " was written"));
        return new Added(format, columns, plan.firstLines(), added);
    }

    /** The fields {@code added.format()} has a place for came back as they went in. */
    static void assertCarried(Added added) {
        EntryFormat f = added.format();
        Set<Column> columns = Set.copyOf(added.columns().stream().map(Column::of).toList());
        boolean table = f == EntryFormat.TABLE_ROW;
        Entry e = added.entry();
        String as = f.id() + " " + added.lines();
        assertThat(e.title()).as(as).isEqualTo(PAPER.title());
        assertThat(e.arxiv()).as(as).isEqualTo(PAPER.arxiv());
        if (Set.of(EntryFormat.PAPERS, EntryFormat.BOLD_TITLE_BLOCK, EntryFormat.FIELD_BLOCK).contains(f)
                || table && columns.contains(Column.AUTHORS)) {
            assertThat(e.authors()).as(as).isEqualTo(PAPER.authors());
        }
        if (Set.of(EntryFormat.PAPERS, EntryFormat.VENUE_LINK, EntryFormat.BOLD_TITLE_BLOCK).contains(f)
                || table && columns.contains(Column.VENUE)) {
            assertThat(e.venue()).as(as).isEqualTo(PAPER.venue());
        }
        if (Set.of(EntryFormat.PAPERS, EntryFormat.DATE_LINK).contains(f) || table && columns.contains(Column.DATE)) {
            assertThat(e.date()).as(as).isEqualTo(PAPER.date());
        }
        if (Set.of(EntryFormat.PAPERS, EntryFormat.VENUE_LINK, EntryFormat.LINK_BULLET, EntryFormat.BOLD_TITLE_BLOCK,
                EntryFormat.FIELD_BLOCK).contains(f) || table && columns.contains(Column.CODE)) {
            assertThat(e.links()).as(as).extracting(Link::url).contains(PAPER.code());
        }
    }
}
