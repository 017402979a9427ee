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

    @Test
    void aWholeFileCountsItsLinksAsItsLinesFoundOneByOneDo() {
        String[] pieces = {"https://arxiv.org/pdf/2401.00001", "HTTP://www.ArXiv.org/abs/2401.00002v2", "xhttps://arxiv.org/pdf/2401.00003.pdf",
            "https://export.arxiv.org/abs/hep-th/9901001", "https://github.com/o/r", "http://://arxiv.org/pdf/2401.00004", "://",
            "https", "(", ") ", "\n", "- [A](", "arxiv.org/pdf/2401.00005", "https://arxiv.org/html/2401.00006v1",
            "https://ARXIV.ORG/PDF/2401.0007", "https://arxiv.org/pdf/2401.000", "https://arxiv.org/abs/24a1.00008",
            "https://arx\u0131v.org/pdf/2401.00009", "https://arxiv.org/pdf/cs.AI/0101001", "https://www.export.arxiv.org/pdf/2401.00010",
            "https://arxiv.org/pdf/", "2401.", "00011", "https://arxiv.org/pdf/2401\u0660.00012"};
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            int abs = 0;
            int pdf = 0;
            for (String line : text.split("\n", -1)) {
                java.util.regex.Matcher m = HouseStyle.ARXIV_URL.matcher(line);
                while (m.find()) {
                    if (m.group(1).equalsIgnoreCase("pdf")) {
                        pdf++;
                    } else {
                        abs++;
                    }
                }
            }
            assertThat(HouseStyle.NONE.arxivKind(text)).as(text).isEqualTo(pdf > abs ? "pdf" : "abs");
            assertThat(HouseStyle.mostUsed(List.of(text.split("\n", -1)))).as(text).isEqualTo(pdf > abs ? "pdf" : "abs");
        }
    }
}
