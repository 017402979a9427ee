package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
