package papers.catalog.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import papers.catalog.CatalogParser;
import papers.catalog.SourceFile;

/** The table of contents written again from the headings keeps every item that resolves, and adds and repairs only. */
class TableOfContentsTest {
    private static final String LIST = """
            # Awesome Things

            - [Awesome Things](#awesome-things)
            - [Awesome-LLM ](#awesome-llm-)
            - [Multimodal Large Language Models (MM-LLMs)](#vision)
            - [Presentations](#Presentations)
            - [Broken One](#visoin-models)
            - [Gone Away](#no-such-heading-anywhere)
            - [Acknowledgement](#acknowledgement)

            ## Awesome-LLM ![badge](https://img.shields.io/badge/x-y-z)

            - [P1](https://arxiv.org/abs/2401.00001)

            ## Vision

            ## Vision Models

            ## Language

            ## Presentations

            ## Acknowledgement

            Thanks.
            """;

    private static String rewrite(String text) {
        SourceFile source = new SourceFile("list.md", text);
        return TableOfContents.rewrite(source, CatalogParser.outline(source));
    }

    @Test
    void keepsEveryItemThatResolvesWithItsTextAddsTheMissingAndRepairsTheBroken() {
        List<String> toc = List.of(rewrite(LIST).split("\n")).subList(2, 10);
        assertThat(toc).containsExactly(
                "- [Awesome Things](#awesome-things)",
                "- [Awesome-LLM ](#awesome-llm-)",
                "- [Multimodal Large Language Models (MM-LLMs)](#vision)",
                "- [Language](#language)",
                "- [Presentations](#Presentations)",
                "- [Broken One](#vision-models)",
                "- [Acknowledgement](#acknowledgement)",
                "");
    }

    @Test
    void aSecondRewriteChangesNothingAndTheRestOfTheFileIsUntouched() {
        String once = rewrite(LIST);
        assertThat(rewrite(once)).isEqualTo(once);
        assertThat(once.substring(once.indexOf("## Awesome-LLM"))).isEqualTo(LIST.substring(LIST.indexOf("## Awesome-LLM")));
    }

    @Test
    void aHeadingWithAnImageHasTheAnchorGitHubGivesIt() {
        assertThat(CatalogParser.outline(new SourceFile("l.md", "## Awesome-LLM ![badge](b.svg)\n")).get(0).anchorText())
                .isEqualTo("Awesome-LLM ");
        assertThat(new CatalogParser().parse(new SourceFile("l.md", "## Awesome-LLM ![badge](b.svg)\n")).headings().get(0)
                .anchorText()).isEqualTo("Awesome-LLM ");
    }
}
