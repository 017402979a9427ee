package papers.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import papers.catalog.CatalogParser;
import papers.catalog.Entry;
import papers.catalog.SourceFile;

/** Choosing entries by arXiv id, FILE:LINE, title slug or first words. */
class SelectionTest {
    private static final List<Entry> ENTRIES = new CatalogParser().parse(new SourceFile("docs/list.md", """
            ## Vision

            - [Alpha Vision Model](https://arxiv.org/abs/2401.00001) - A. One
            - [Alpha Vision Model](https://arxiv.org/abs/2401.00001) - A. One
            - [Beta Vision Transformer](https://arxiv.org/abs/2401.00002) - B. Two
              Notes on the second line of the entry.
            - [Beta Vision Tuning](https://arxiv.org/abs/2401.00003) - C. Three
            """)).entries();

    private static List<String> titlesAt(String id) {
        return Selection.find(ENTRIES, id).stream().map(e -> e.title() + "@" + e.line()).toList();
    }

    @Test
    void byArxivIdOrUrlEveryEntryOfThePaper() {
        assertThat(titlesAt("2401.00001")).containsExactly("Alpha Vision Model@3", "Alpha Vision Model@4");
        assertThat(titlesAt("https://arxiv.org/pdf/2401.00002v3")).containsExactly("Beta Vision Transformer@5");
    }

    @Test
    void byFileAndLineAnyLineOfTheEntry() {
        assertThat(titlesAt("docs/list.md:5")).containsExactly("Beta Vision Transformer@5");
        assertThat(titlesAt("list.md:6")).containsExactly("Beta Vision Transformer@5");
        assertThat(titlesAt("./docs/list.md:7")).containsExactly("Beta Vision Tuning@7");
        assertThat(titlesAt("docs/list.md:1")).isEmpty();
        assertThat(titlesAt("other.md:5")).isEmpty();
    }

    @Test
    void bySlugThenByFirstWords() {
        assertThat(titlesAt("beta-vision-tuning")).containsExactly("Beta Vision Tuning@7");
        assertThat(titlesAt("Beta Vision")).containsExactly("Beta Vision Transformer@5", "Beta Vision Tuning@7");
        assertThat(titlesAt("beta vis")).isEmpty();
    }

    @Test
    void anIdNamingSeveralIsRefusedUnlessAll() {
        assertThatThrownBy(() -> Selection.choose(ENTRIES, List.of("beta vision"), false))
                .isInstanceOfSatisfying(CurateException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CurateException.Reason.REFUSED);
                    assertThat(e.getMessage()).contains("matches 2 entries", "docs/list.md:5", "docs/list.md:7");
                });
        assertThat(Selection.choose(ENTRIES, List.of("beta vision"), true)).hasSize(2);
        assertThatThrownBy(() -> Selection.choose(ENTRIES, List.of("2401.00001"), false, "papers move {} --section 'Other Things'"))
                .hasMessageContaining("papers move docs/list.md:3 --section 'Other Things'")
                .hasMessageContaining("papers move docs/list.md:4 --section 'Other Things'");
    }

    @Test
    void anIdNamingNoneIsNotFoundAndSaysWhere() {
        assertThatThrownBy(() -> Selection.choose(ENTRIES, List.of("gamma"), false))
                .isInstanceOfSatisfying(CurateException.class, e -> assertThat(e.reason()).isEqualTo(CurateException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> Selection.choose(ENTRIES, List.of("docs/list.md:2"), false))
                .hasMessage("no entry at docs/list.md:2");
    }

    @Test
    void chosenEntriesComeInCatalogOrderOnce() {
        assertThat(Selection.choose(ENTRIES, List.of("beta-vision-tuning", "2401.00002", "list.md:5"), false))
                .extracting(Entry::line).containsExactly(5, 7);
    }
}
