package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which links are papers, and which lines with them are part of no entry. */
class UnreadTest {
    @Test
    void paperLinksAreArxivDoiProceedingsAndPdfs() {
        assertThat(List.of("https://arxiv.org/abs/2409.12191", "https://doi.org/10.1145/3394486.3403043",
                "https://openreview.net/forum?id=abc", "https://aclanthology.org/2024.acl-long.1/",
                "https://example.org/papers/routing.pdf", "https://proceedings.mlr.press/v202/x23a.html"))
                .allSatisfy(u -> assertThat(Unread.isPaper(u)).as(u).isTrue());
        assertThat(List.of("https://github.com/a/b", "https://example.org/blog", "./#section", "docs/more.md"))
                .allSatisfy(u -> assertThat(Unread.isPaper(u)).as(u).isFalse());
    }

    @Test
    void linesInsideEntriesCodeAndCommentsAreNotUnread() {
        String text = "# L\n\n- [Switch Routing](https://arxiv.org/abs/2101.03961)\n\n```\nhttps://arxiv.org/abs/2101.00001\n```\n"
                + "<!-- https://arxiv.org/abs/2101.00002 -->\n\nOur survey: https://arxiv.org/abs/2101.00003.\n";
        ParsedFile parsed = new CatalogParser().parse(new SourceFile("l.md", text));
        assertThat(Unread.items(parsed)).extracting(Unread.Item::line).containsExactly(10);
        assertThat(Unread.warning(parsed)).isEmpty();
    }
}
