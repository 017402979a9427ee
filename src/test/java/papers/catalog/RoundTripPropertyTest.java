package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import papers.catalog.edit.TextLines;
import papers.catalog.format.PapersFormat;

/** Random catalogs (fixed seed): read and written back untouched they are byte-identical, and entries render back to themselves. */
class RoundTripPropertyTest {
    static final String CHARS = "abcXYZ 0123 -_*[]()`|<>&#:!?.,;'\"\\/é幻觉ü·";

    static String word(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return sb.toString().strip().isEmpty() ? "x" : sb.toString().strip();
    }

    /**
     * A note with no brackets, parentheses or middle dots, whose every word has a letter or digit: empty
     * {@code []} or {@code ()} and words of lone punctuation are taken for the debris of removed links and
     * dropped on reading (a known limit of notes).
     */
    static String note(Random r) {
        StringBuilder sb = new StringBuilder("N");
        for (String w : word(r, 20).replaceAll("[\\[\\]()·]", "x").split(" ")) {
            if (!w.isEmpty()) {
                sb.append(' ').append(w.codePoints().anyMatch(Character::isLetterOrDigit) ? w : "w" + w);
            }
        }
        return sb.toString();
    }

    @Test
    void untouchedTextIsByteIdentical() {
        Random r = new Random(42);
        String[] endings = {"\n", "\r\n", "\r"};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "\uFEFF" : "");
            String nl = endings[r.nextInt(endings.length)];
            int lines = r.nextInt(30);
            for (int i = 0; i < lines; i++) {
                sb.append(word(r, 40)).append(r.nextInt(10) == 0 ? endings[r.nextInt(3)] : nl);
            }
            if (r.nextBoolean()) {
                sb.append(word(r, 10));
            }
            String text = sb.toString();
            assertThat(TextLines.of(text).toString()).isEqualTo(text);
        }
    }

    @Test
    void randomEntriesRenderReadAndRenderAlike() {
        Random r = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> authors = new ArrayList<>();
            for (int i = 0; i < r.nextInt(4); i++) {
                authors.add(word(r, 6).replaceAll("[,;&]", "").replace(" and ", " ").strip() + " " + "Name" + i);
            }
            List<Link> links = new ArrayList<>();
            String url = "https://example.org/" + round;
            String title = "T" + word(r, 30);
            links.add(new Link(title, url, 0, 0));
            if (r.nextBoolean()) {
                links.add(new Link("Code", "https://github.com/o/r" + round, 0, 0));
            }
            List<String> tags = new ArrayList<>(List.of("topic"));
            if (r.nextBoolean()) {
                tags.add("extra-" + round);
            }
            Entry e = new Entry(title, null, authors, null, url, links, r.nextBoolean() ? "ICML 2024" : null,
                    r.nextBoolean() ? EntryDate.of(2020 + r.nextInt(5), 1 + r.nextInt(12)) : null, null, tags, List.of("Topic"),
                    Map.of(), r.nextBoolean() ? note(r) : null, "t.md", 1, 1);
            List<String> lines = PapersFormat.render(e, List.of("topic"));
            String text = "## Topic\n\n" + String.join("\n", lines) + "\n";
            List<Entry> back = new CatalogParser().parse(new SourceFile("t.md", text)).entries();
            assertThat(back).as(text).hasSize(1);
            assertThat(PapersFormat.render(back.get(0), List.of("topic"))).as(text).isEqualTo(lines);
        }
    }
}
