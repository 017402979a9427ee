package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry the parser reads from the project's fixtures, data/ and (when present) the five seeds, pinned
 * as JSON: the net under any change to reading. A change that means to alter what is read regenerates the
 * goldens ({@code mvn test -Dtest=ParseGoldenTest -Dgolden.update=true}) and the diff of
 * src/test/resources/golden/entries shows, entry by entry, what it changed. Notes and long field values of the seeds
 * are pinned by a digest only, so that no sentence of theirs is copied into the project.
 */
class ParseGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "entries");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Source(String name, Path path, boolean foreign) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "fixtures"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted()
                    .forEach(p -> out.add(new Source("fixture-" + p.getFileName(), p, false)));
        }
        out.add(new Source("data-README.md", Path.of("data", "README.md"), false));
        for (String seed : List.of("numbered-notes.md", "venue-prefixed.md", "bold-title-blocks.md", "date-prefixed.md",
                "field-blocks.md")) {
            out.add(new Source("seed-" + seed, Path.of("..", "shared", "seeds", seed), true));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("sources")
    void everyEntryReadsAsPinned(Source source) throws IOException {
        assumeTrue(Files.exists(source.path()), source.path() + " is not there: skipped");
        String name = source.path().getFileName().toString();
        List<Entry> entries = new CatalogParser().parse(CatalogReader.read(source.path(), name)).entries();
        List<Map<String, Object>> json = new ArrayList<>();
        for (Entry e : entries) {
            json.add(describe(e, source.foreign()));
        }
        String actual = JSON.writeValueAsString(json) + "\n";
        Path golden = GOLDEN.resolve(source.name().replaceAll("\\.md$", "") + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("no golden for %s: run with -Dgolden.update=true and review it", source).exists();
        assertThat(actual).as("entries of %s differ from %s", source, golden).isEqualTo(Files.readString(golden));
    }

    static Map<String, Object> describe(Entry e, boolean foreign) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", e.line());
        m.put("lastLine", e.lastLine());
        m.put("title", e.title());
        m.put("alias", e.alias());
        m.put("authors", e.authors());
        m.put("arxiv", e.arxiv() == null ? null : e.arxiv().id());
        m.put("url", e.url());
        List<String> links = new ArrayList<>();
        for (Link l : e.links()) {
            links.add(l.label() + " " + l.url() + " @" + l.line() + ":" + l.column());
        }
        m.put("links", links);
        m.put("venue", e.venue());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("doi", e.doi());
        m.put("tags", e.tags());
        m.put("section", e.section());
        Map<String, String> fields = new LinkedHashMap<>();
        // a field's value may be a sentence of the seed's (an abstract): pinned by digest
        e.fields().forEach((k, v) -> fields.put(k, foreign && v != null && v.length() > 40 ? digest(v) : v));
        m.put("fields", fields);
        m.put("notes", foreign && e.notes() != null ? digest(e.notes()) : e.notes());
        return m;
    }

    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d, 0, 8) + " (" + text.length() + " chars)";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
