package papers.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.config.CatalogLocator;

/**
 * The net under edits that read only the sections their ids can be in: on our fixtures, data/, and the seeds and
 * corpus lists when {@code ../shared} is there, removing and moving entries named by arXiv id and by FILE:LINE
 * gives the same file, the same results and the same refusals as the same edit over the catalog read whole.
 */
class ScopedEditsTest {
    private static final String[] FIXTURES = {"bold-title-blocks.md", "date-prefixed.md", "field-blocks.md", "link-bullets.md",
        "mixed.md", "numbered-notes.md", "papers-format.md", "table.md", "venue-prefixed.md", "zh-notes.md"};
    private static final int PICKS = 6;

    @TempDir
    Path dir;

    static Stream<Path> catalogs() throws IOException {
        List<Path> out = new ArrayList<>();
        Path fixtures = Files.createTempDirectory("scoped-fixtures");
        for (String name : FIXTURES) {
            try (InputStream in = ScopedEditsTest.class.getResourceAsStream("/fixtures/" + name)) {
                out.add(Files.write(fixtures.resolve(name), in.readAllBytes()));
            }
        }
        out.add(Path.of("data", "README.md"));
        for (Path shared : List.of(Path.of("..", "shared", "seeds"), Path.of("..", "shared", "corpus", "lists"))) {
            if (Files.isDirectory(shared)) {
                try (Stream<Path> s = Files.list(shared)) {
                    s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void removingByIdOrLineReadsOnlyWhereTheEntryCanBeAndChangesWhatAWholeReadChanges(Path catalog) throws IOException {
        for (List<String> ids : ids(catalog)) {
            boolean all = ids.size() % 2 == 0;
            assertThat(outcome(catalog, ids, true, scope -> describe(new RemovePapers(scope).remove(ids, all))))
                    .as("remove %s from %s", ids, catalog)
                    .isEqualTo(outcome(catalog, ids, false, scope -> describe(new RemovePapers(scope).remove(ids, all))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void movingByIdOrLineGivesWhatAWholeReadGives(Path catalog) throws IOException {
        ParsedFile whole = parse(catalog);
        List<ParsedFile.Heading> targets = whole.headings().stream().filter(h -> !whole.entriesUnder(h).isEmpty()).toList();
        if (targets.isEmpty()) {
            return;
        }
        int n = 0;
        for (List<String> ids : ids(catalog)) {
            String section = targets.get(n++ * 7 % targets.size()).text();
            assertThat(outcome(catalog, ids, true, scope -> describe(new MovePapers(scope).move(ids, true, section))))
                    .as("move %s to %s in %s", ids, section, catalog)
                    .isEqualTo(outcome(catalog, ids, false, scope -> describe(new MovePapers(scope).move(ids, true, section))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void aDryRunThroughTheSectionsReadShowsTheWholeTextsAWholeReadShows(Path catalog) throws IOException {
        ParsedFile whole = parse(catalog);
        List<ParsedFile.Heading> targets = whole.headings().stream().filter(h -> !whole.entriesUnder(h).isEmpty()).toList();
        int n = 0;
        for (List<String> ids : ids(catalog)) {
            assertThat(outcome(catalog, ids, true, true, scope -> texts(new RemovePapers(scope).remove(ids, true).edits())))
                    .as("remove --dry-run %s from %s", ids, catalog)
                    .isEqualTo(outcome(catalog, ids, false, true, scope -> texts(new RemovePapers(scope).remove(ids, true).edits())));
            if (!targets.isEmpty()) {
                String section = targets.get(n++ * 5 % targets.size()).text();
                assertThat(outcome(catalog, ids, true, true, scope -> texts(new MovePapers(scope).move(ids, true, section).edits())))
                        .as("move --dry-run %s to %s in %s", ids, section, catalog)
                        .isEqualTo(outcome(catalog, ids, false, true,
                                scope -> texts(new MovePapers(scope).move(ids, true, section).edits())));
            }
        }
    }

    /** Each edit's file, and its texts before and after, as a dry run prints them as a diff. */
    private static String texts(List<papers.catalog.edit.Edit> edits) {
        StringBuilder sb = new StringBuilder();
        for (papers.catalog.edit.Edit e : edits) {
            sb.append(e.file()).append("\n").append(e.before()).append("\n=>\n").append(e.after()).append("\n");
        }
        return sb.toString();
    }

    private interface Edit {
        String apply(EditScope scope) throws IOException;
    }

    /** What {@code edit} of {@code ids} printed or refused, and the file after it, on a fresh copy of {@code catalog}. */
    private String outcome(Path catalog, List<String> ids, boolean scoped, Edit edit) throws IOException {
        return outcome(catalog, ids, scoped, false, edit);
    }

    /** As {@link #outcome(Path, List, boolean, Edit)}, on a dry run when {@code dryRun}. */
    private String outcome(Path catalog, List<String> ids, boolean scoped, boolean dryRun, Edit edit) throws IOException {
        Path root = Files.createTempDirectory(dir, scoped ? "scoped" : "whole");
        Path file = Files.write(root.resolve("list.md"), Files.readAllBytes(catalog));
        CatalogLocator locator = new CatalogLocator(Map.of(), root);
        CatalogSource source = locator.locate("list.md");
        Function<CatalogSource, Catalog> load = scoped
                ? s -> locator.load(s, Selection.sections(ids).orElseThrow())
                : locator::load;
        EditScope scope = new EditScope(source, load.apply(source), root.resolve("cache"), false, dryRun);
        String said;
        try {
            said = edit.apply(scope);
        } catch (CurateException e) {
            said = e.reason() + ": " + e.getMessage();
        }
        return said + "\n---\n" + Files.readString(file);
    }

    private static String describe(RemovePapers.Result r) {
        return r.removed().stream().map(x -> x.entry().title() + "@" + x.entry().line() + (x.headingToo() ? "+heading" : ""))
                .toList() + " " + r.edits().size();
    }

    private static String describe(MovePapers.Result r) {
        return r.moved().stream().map(m -> m.entry().title() + "@" + m.entry().line() + "->" + m.line()).toList()
                + " already " + r.already().stream().map(e -> e.title() + "@" + e.line()).toList() + " " + r.edits().size();
    }

    /** Ids to edit: arXiv ids as written, FILE:LINE of an entry's first, last or a non-entry line, and pairs. */
    private static List<List<String>> ids(Path catalog) throws IOException {
        ParsedFile whole = parse(catalog);
        List<Entry> entries = whole.entries();
        List<List<String>> out = new ArrayList<>();
        List<Entry> withId = entries.stream().filter(e -> e.arxiv() != null).toList();
        for (int i = 0; i < PICKS && i < withId.size(); i++) {
            out.add(List.of(withId.get(i * withId.size() / PICKS).arxiv().toString()));
        }
        for (int i = 0; i < PICKS && i < entries.size(); i++) {
            Entry e = entries.get(i * entries.size() / PICKS);
            out.add(List.of("list.md:" + (i % 2 == 0 ? e.line() : e.lastLine())));
        }
        if (!whole.headings().isEmpty()) {
            out.add(List.of("list.md:" + whole.headings().get(whole.headings().size() - 1).line()));
        }
        if (withId.size() > 1 && entries.size() > 1) {
            out.add(List.of(withId.get(withId.size() - 1).arxiv().toString(), "list.md:" + entries.get(0).line()));
        }
        return out.stream().filter(Objects::nonNull).toList();
    }

    private static ParsedFile parse(Path file) throws IOException {
        return new CatalogParser().parse(new SourceFile("list.md", Files.readString(file)));
    }
}
