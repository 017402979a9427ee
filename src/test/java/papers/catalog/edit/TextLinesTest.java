package papers.catalog.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splicing lines keeps every other byte: each line's own ending, a byte-order mark, a missing final newline. */
class TextLinesTest {

    @Test
    void readsLinesWithoutTheirEndingsAndGivesTheTextBackByteForByte() {
        for (String text : List.of("", "a", "a\n", "a\r\nb\nc", "\uFEFFa\r\nb\r\n", "\n\n", "a\rb\r", "é\n中文\n")) {
            assertThat(TextLines.of(text).toString()).isEqualTo(text);
        }
        TextLines t = TextLines.of("\uFEFFone\r\ntwo\nthree");
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.line(1)).isEqualTo("one");
        assertThat(t.line(2)).isEqualTo("two");
        assertThat(t.line(3)).isEqualTo("three");
        assertThat(TextLines.of("a\rb").line(2)).isEqualTo("b");
    }

    @Test
    void newLinesTakeTheFilesUsualEnding() {
        TextLines crlf = TextLines.of("a\r\nb\r\nc\n");
        assertThat(crlf.newline()).isEqualTo("\r\n");
        crlf.insert(2, List.of("x", "y"));
        assertThat(crlf.toString()).isEqualTo("a\r\nx\r\ny\r\nb\r\nc\n");
        TextLines lf = TextLines.of("a\nb\n");
        lf.insert(3, List.of("z"));
        assertThat(lf.toString()).isEqualTo("a\nb\nz\n");
    }

    @Test
    void appendingToAFileWithoutAFinalNewlineEndsTheOldLastLineAndNotTheNewOne() {
        TextLines t = TextLines.of("a\nb");
        t.insert(3, List.of("c", "d"));
        assertThat(t.toString()).isEqualTo("a\nb\nc\nd");
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.line(4)).isEqualTo("d");
    }

    @Test
    void setKeepsTheLinesEndingAndRemoveOfTheLastLinesKeepsTheLastEnding() {
        TextLines t = TextLines.of("a\r\nb\nc");
        t.set(1, "A");
        t.set(2, "B");
        assertThat(t.toString()).isEqualTo("A\r\nB\nc");
        t.remove(2, 3);
        assertThat(t.toString()).isEqualTo("A");
        TextLines u = TextLines.of("a\nb\nc\n");
        u.remove(2, 2);
        assertThat(u.toString()).isEqualTo("a\nc\n");
        assertThat(u.line(2)).isEqualTo("c");
    }

    @Test
    void replaceSetsGrowsOrShrinksInPlace() {
        TextLines t = TextLines.of("1\n2\n3\n4\n");
        t.replace(2, 3, List.of("two", "three", "three and a half"));
        assertThat(t.toString()).isEqualTo("1\ntwo\nthree\nthree and a half\n4\n");
        t.replace(2, 4, List.of("2-3"));
        assertThat(t.toString()).isEqualTo("1\n2-3\n4\n");
        t.replace(2, 2, List.of("b"));
        assertThat(t.toString()).isEqualTo("1\nb\n4\n");
        assertThat(t.size()).isEqualTo(3);
    }

    @Test
    void manyEditsOfABigTextChangeOnlyTheirLines() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 50_000; i++) {
            sb.append("line ").append(i).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        TextLines t = TextLines.of(sb.toString());
        for (int i = 50_000; i >= 1; i -= 1000) {
            t.remove(i, i);
        }
        t.insert(1, List.of("first"));
        assertThat(t.size()).isEqualTo(50_000 - 50 + 1);
        assertThat(t.line(1)).isEqualTo("first");
        assertThat(t.line(2)).isEqualTo("line 1");
        String out = t.toString();
        assertThat(out).doesNotContain("line 50000\n").contains("line 49999\n").startsWith("first\nline 1\n");
        assertThat(out).contains("line 7\r\nline 8\n");
    }
}
