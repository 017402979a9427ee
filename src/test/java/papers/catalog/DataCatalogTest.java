package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import papers.catalog.config.CatalogLocator;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.PapersFormat;

/** The project's own catalog in data/: well formed, lossless to read and write back, and complete. */
class DataCatalogTest {
    static final Path DATA = Path.of("data");

    static Catalog data() {
        return new CatalogLocator(Map.of(), DATA).load("papers.yaml");
    }

    @Test
    void declaresItsFormatAndEveryEntryHasIt() {
        Catalog c = data();
        assertThat(c.config().format()).isEqualTo("papers");
        ParsedFile f = c.files().get(0);
        assertThat(f.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(EntryFormat.of(f, e)).as("%s:%d", e.file(), e.line()).isEqualTo(EntryFormat.PAPERS);
            assertThat(e.tags()).isNotEmpty();
        });
    }

    @Test
    void readingAndWritingBackIsLossless() {
        ParsedFile f = data().files().get(0);
        for (Entry e : f.entries()) {
            List<String> sectionTags = e.section().stream().map(Slugs::tag).toList();
            assertThat(PapersFormat.render(e, sectionTags))
                    .as("%s:%d", e.file(), e.line())
                    .isEqualTo(f.lines(e.line(), e.lastLine()));
        }
    }

    @Test
    void rendersWhatItReadsForHostileText() {
        Entry e = new Entry("A [tricky] *title* with `code` | pipes", null, List.of("Ann Lee", "Bo_Chen"), null,
                "https://example.com/a(b)", List.of(new Link("Code", "https://github.com/x/y", 0, 0)), "ICML 2024",
                EntryDate.of(2024, 5), null, List.of("topic", "extra-tag"), List.of("Topic"), Map.of(), "a note [x]",
                "t.md", 1, 1);
        List<String> lines = PapersFormat.render(e, List.of("topic"));
        String text = "## Topic\n\n" + String.join("\n", lines) + "\n";
        Entry back = new CatalogParser().parse(new SourceFile("t.md", text)).entries().get(0);
        assertThat(back.title()).isEqualTo(e.title());
        assertThat(back.authors()).isEqualTo(e.authors());
        assertThat(back.venue()).isEqualTo("ICML 2024");
        assertThat(back.date()).isEqualTo(e.date());
        assertThat(back.tags()).isEqualTo(e.tags());
        assertThat(back.notes()).isEqualTo(e.notes());
        assertThat(PapersFormat.render(back, List.of("topic"))).isEqualTo(lines);
    }

    @Test
    void holdsEverySeedPaperExactlyOnce() {
        Path seeds = Path.of("..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project: skipped");
        List<Entry> data = data().entries();
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Entry e : data) {
            if (e.arxiv() != null) {
                assertThat(ids.add(e.arxiv().id())).as("arXiv %s twice in data/", e.arxiv()).isTrue();
            }
            assertThat(titles.add(Slugs.foldTitle(e.title()))).as("title twice: %s", e.title()).isTrue();
        }
        CatalogParser parser = new CatalogParser();
        Set<String> missing = new HashSet<>();
        try (var files = Files.list(seeds)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".md")).toList()) {
                for (Entry s : parser.parse(CatalogReader.read(p, p.getFileName().toString())).entries()) {
                    boolean found = (s.arxiv() != null && ids.contains(s.arxiv().id()))
                            || titles.contains(Slugs.foldTitle(s.title()))
                            || data.stream().anyMatch(d -> Slugs.foldTitle(s.title()).endsWith(Slugs.foldTitle(d.title())));
                    if (!found) {
                        missing.add(p.getFileName() + ":" + s.line() + " " + s.title());
                    }
                }
            }
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        assertThat(missing).as("seed papers missing from data/").isEmpty();
    }

    @Test
    void carriesNoSeedNotes() {
        assertThat(data().entries().stream().map(Entry::notes).filter(n -> n != null).collect(Collectors.toList()))
                .isEmpty();
    }
}
