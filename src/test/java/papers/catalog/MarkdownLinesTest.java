package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import papers.catalog.MarkdownLines.Kind;

/** The one line model: what each line is, and lines broken where commonmark breaks them. */
class MarkdownLinesTest {

    private static List<Kind> kinds(MarkdownLines lines) {
        List<Kind> out = new ArrayList<>();
        for (int n = 1; n <= lines.count(); n++) {
            out.add(lines.kind(n));
        }
        return out;
    }

    @Test
    void fencesCommentsHtmlAndHeadingsAreToldApart() {
        String text = "# Title\n\n- [A](https://a.org)\n```\n# not a heading\n```\n<!-- hidden\n- [B](https://b.org)\n-->\n"
                + "<details>\n## inside html\n\n~~~md\n- [C](https://c.org)\n~~~\n## Real\n";
        MarkdownLines lines = MarkdownLines.of(text);
        assertThat(kinds(lines)).containsExactly(Kind.HEADING, Kind.BLANK, Kind.TEXT, Kind.FENCED, Kind.FENCED, Kind.FENCED,
                Kind.COMMENT, Kind.COMMENT, Kind.COMMENT, Kind.HTML, Kind.HTML, Kind.BLANK, Kind.FENCED, Kind.FENCED,
                Kind.FENCED, Kind.HEADING, Kind.BLANK);
        assertThat(lines.isHidden(8)).isTrue();
        assertThat(lines.isHidden(3)).isFalse();
        assertThat(lines.line(8)).isEqualTo("- [B](https://b.org)");
    }

    @Test
    void referenceDefinitionsAreFoundAsThePatternFindsThemInLinearTime() {
        Pattern pattern = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]++]:");
        Random random = new Random(7);
        String[] pieces = {"[", "]", ":", "]:", " ", "    ", "a", "\n", "\r\n", "[x]: ", "x"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(MarkdownLines.hasReferenceDefinition(text)).as("%s", text.replace("\n", "\\n").replace("\r", "\\r"))
                    .isEqualTo(pattern.matcher(text).find());
        }
        assertThat(MarkdownLines.hasReferenceDefinition("text\n  [paper]: https://arxiv.org/abs/2401.00001\n")).isTrue();
        assertThat(MarkdownLines.hasReferenceDefinition("- [paper](https://a.org) [b]: no\n")).isFalse();
        // one long line of "]:" is looked at once, not once per "]:"
        assertThat(MarkdownLines.hasReferenceDefinition("x" + "]:".repeat(2_000_000))).isFalse();
    }

    @Test
    void linesBreakAtLfCrLfAndALoneCrAsCommonmarkDoes() {
        String text = "# A\r\n- x\r- y\n## B";
        MarkdownLines lines = MarkdownLines.of(text);
        assertThat(lines.list()).containsExactly("# A", "- x", "- y", "## B");
        assertThat(lines.count()).isEqualTo(MarkdownLines.lineStarts(text).length);
        assertThat(kinds(lines)).containsExactly(Kind.HEADING, Kind.TEXT, Kind.TEXT, Kind.HEADING);
        assertThat(lines.start(4)).isEqualTo(text.indexOf("## B"));
    }

    @Test
    void aCommentLeftOpenHidesEverythingAfterIt() {
        MarkdownLines lines = MarkdownLines.of("- [A](https://a.org)\n<!-- open\n- [B](https://b.org)\n");
        assertThat(kinds(lines)).containsExactly(Kind.TEXT, Kind.COMMENT, Kind.COMMENT, Kind.COMMENT);
    }

    @Test
    void aCommentClosedOnItsLineHidesNothing() {
        MarkdownLines lines = MarkdownLines.of("<!-- papers-lint disable-next-line dead-link -->\n- [A](https://a.org)");
        assertThat(lines.isHidden(1)).isFalse();
        assertThat(lines.isHidden(2)).isFalse();
    }

    /** Line starts as the rule says them, one char at a time: after \n, after \r\n, after a lone \r. */
    private static int[] startsByHand(String text) {
        List<Integer> out = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                out.add(i + 1);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> scanned(String text, byte[] latin1) {
        List<String> out = new ArrayList<>();
        MarkdownLines.scan(text, latin1, MarkdownLines.lineStarts(text), (offset, index, kind, line) -> out.add(offset + " " + index + " " + kind + " " + line));
        return out;
    }

    @Test
    void theFileBytesAreReadAsTheirTextIsEightBytesAtATime() {
        Random random = new Random(11);
        String[] pieces = {"\n", "\r\n", "\r", "a", " ", "]", "]:", "[x]: ", "<", "<!--", "-->", "#", "# H\n", "```", "~~~",
            "  `t` `u`", "``x", "\t", "\u8bc4", "\u00e9", "\ud83d\udd25", "x".repeat(9)};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String latin1 = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            String shown = latin1.replace("\n", "\\n").replace("\r", "\\r");
            int[] expected = startsByHand(latin1);
            assertThat(MarkdownLines.lineStarts(bytes)).as(shown).containsExactly(expected);
            assertThat(MarkdownLines.lineStarts(latin1)).as(shown).containsExactly(expected);
            assertThat(MarkdownLines.lineStarts(sb.toString())).as(shown).containsExactly(startsByHand(sb.toString()));
            assertThat(MarkdownLines.hasReferenceDefinition(bytes, latin1)).as(shown).isEqualTo(MarkdownLines.hasReferenceDefinition(latin1));
            for (byte b : new byte[] {'<', ']', '\n', (byte) 0xE8}) {
                int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                assertThat(MarkdownLines.indexOf(bytes, b, from)).as(shown).isEqualTo(latin1.indexOf(b & 0xff, from));
            }
            // what each line is, from the bytes as from the text
            assertThat(scanned(latin1, bytes)).as(shown).isEqualTo(scanned(latin1, null));
        }
    }
}
