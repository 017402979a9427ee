package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated Markdown, from a fixed seed: the parser never throws anything but
 * CatalogException, gives the same entries twice, and stays about linear on adversarial input.
 */
class ParserFuzzTest {
    static final String[] PIECES = {"- ", "1. ", "* ", "+ ", "  ", "\t", "\n", "\n\n", "[", "]", "(", ")", "](", "**", "*", "_",
        "`", "```", "~~~", "<!--", "-->", "<details>", "</details>", "#", "## ", "|", "|---|", "\\", "!", "[![b](i)](",
        "https://arxiv.org/abs/2409.12191", "arXiv:2301.00001", "2024.09 ", "(Aug 29, 2024)", "NeurIPS ", "`Tag`",
        "**Paper**: ", "*A, B.*", "&amp;", "<br>", "幻觉", "\u0000", "\r", "\r\n", "\uFEFF", "\u001b[31m", ":", " · "};

    static String fixture(String name) throws IOException {
        try (InputStream in = ParserFuzzTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Entry> parse(String text) {
        try {
            return new CatalogParser().parse(new SourceFile("fuzz.md", text)).entries();
        } catch (CatalogException e) {
            return List.of();
        }
    }

    @Test
    void randomMarkdownNeverBreaksTheParserAndParsesTheSameTwice() {
        Random random = new Random(20261122);
        for (int round = 0; round < 400; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(5) == 0 ? Character.toString(random.nextInt(0x3000)) : PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<Entry> first = parse(text);
            assertThat(parse(text)).as("round %d", round).isEqualTo(first);
            for (Entry e : first) {
                assertThat(e.line()).isPositive();
                assertThat(e.lastLine()).isGreaterThanOrEqualTo(e.line());
            }
        }
    }

    @Test
    void mutatedFixturesOfEveryFormatNeverBreakTheParser() throws IOException {
        Random random = new Random(7);
        List<String> sources = new ArrayList<>();
        for (String f : List.of("numbered-notes.md", "venue-prefixed.md", "bold-title-blocks.md", "date-prefixed.md",
                "field-blocks.md", "table.md", "mixed.md", "papers-format.md")) {
            sources.add(fixture(f));
        }
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder(sources.get(round % sources.size()));
            for (int m = 0; m < 1 + random.nextInt(20); m++) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, PIECES[random.nextInt(PIECES.length)]);
                    case 1 -> text.delete(at, Math.min(text.length(), at + random.nextInt(20)));
                    default -> {
                        int from = random.nextInt(text.length());
                        text.insert(at, text.substring(from, Math.min(text.length(), from + 40)));
                    }
                }
            }
            String t = text.toString();
            assertThat(parse(t)).isEqualTo(parse(t));
        }
    }

    @Test
    void aMegabyteOfAdversarialInputParsesInBoundedTime() {
        String[] attacks = {"[".repeat(1 << 20), "*a".repeat(1 << 19), "`".repeat(1 << 20), "- [".repeat(1 << 18),
            "<!--".repeat(1 << 18), "> ".repeat(1 << 19) + "x", "|".repeat(1 << 20), ("- [t](u) " + "(".repeat(40) + "\n").repeat(20_000),
            ("1. **a**: " + "_*".repeat(50) + "\n").repeat(8_000)};
        for (String a : attacks) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(a));
        }
    }
}
