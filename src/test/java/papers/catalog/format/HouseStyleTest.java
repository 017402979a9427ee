package papers.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HouseStyleTest {
    @Test
    void theLinkFormIsWhatMostArxivLinksOfTheFileUseOnAnyLine() {
        // numbered lines have a '.' before the link: they count like any other
        List<String> lines = List.of("1. [A](https://arxiv.org/pdf/2401.00001)", "2. [B](https://www.ArXiv.org/pdf/2401.00002v2)",
                "- [C](https://arxiv.org/abs/2401.00003)", "no link here.", "");
        assertThat(HouseStyle.mostUsed(lines)).isEqualTo("pdf");
        assertThat(HouseStyle.mostUsed(List.of("- [C](https://arxiv.org/abs/2401.00003)"))).isEqualTo("abs");
        assertThat(HouseStyle.mostUsed(List.of())).isEqualTo("abs");
        assertThat(HouseStyle.mentionsArxiv("6. [Old](https://www.arxiv.org/abs/2401.00002v3)")).isTrue();
        assertThat(HouseStyle.mentionsArxiv("1. [Paper](https://example.org/arxiv)")).isFalse();
    }

    @Test
    void papersYamlsFormWinsOverTheFilesAndAnyMeansTheFiles() {
        String text = "- [A](https://arxiv.org/pdf/2401.00001)\n";
        assertThat(new HouseStyle(null, "abs").arxivKind(text)).isEqualTo("abs");
        assertThat(new HouseStyle(null, " HTML ").arxivKind(text)).isEqualTo("html");
        assertThat(new HouseStyle(null, "any").arxivKind(text)).isEqualTo("pdf");
        assertThat(HouseStyle.NONE.arxivKind(text)).isEqualTo("pdf");
    }
}
