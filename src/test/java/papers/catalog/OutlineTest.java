package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quick heading scan and section parse that add uses agree with a full parse. */
class OutlineTest {
    static Stream<Path> files() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/fixtures"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(all::add);
        }
        Path seeds = Path.of("..", "shared", "seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> s = Files.list(seeds)) {
                s.filter(p -> p.toString().endsWith(".md")).forEach(all::add);
            }
        }
        all.add(Path.of("data/README.md"));
        return all.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("files")
    void outlineMatchesTheParsedHeadingsAndSectionsParseAlike(Path path) {
        SourceFile file = CatalogReader.read(path, path.getFileName().toString());
        CatalogParser parser = new CatalogParser();
        ParsedFile full = parser.parse(file);
        List<ParsedFile.Heading> outline = CatalogParser.outline(file);
        assertThat(outline).isEqualTo(full.headings());
        List<ParsedFile.Heading> targets = new ArrayList<>(outline);
        targets.add(0, null);
        for (ParsedFile.Heading h : targets) {
            int from = h == null ? 0 : h.line();
            int to = outline.stream().filter(x -> x.line() > from).mapToInt(ParsedFile.Heading::line).findFirst().orElse(Integer.MAX_VALUE);
            List<Entry> expected = full.entries().stream().filter(e -> e.line() > from && e.line() < to).toList();
            ParsedFile section = parser.parseSection(file, outline, h);
            assertThat(section.entries()).as("%s under %s", path, h == null ? "(top)" : h.text()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void theByteScanCutsAtEveryHeadingTheParseFinds(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ParsedFile full = new CatalogParser().parse(CatalogReader.decode(bytes, path.getFileName().toString()));
        List<Sections.Section> cut = Sections.cut(bytes);
        if (!cut.get(0).whole()) {
            assertThat(cut.stream().map(Sections.Section::heading).filter(h -> h != null).toList()).isEqualTo(full.headings());
        }
    }
}
