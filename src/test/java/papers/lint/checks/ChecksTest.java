package papers.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import papers.catalog.CatalogParser;
import papers.catalog.SourceFile;
import papers.lint.Fixer;
import papers.lint.LintSettings;
import papers.lint.Linter;

/** Each lint rule on a small list of our own: what it finds, where, and what it leaves alone. */
class ChecksTest {
    private static final String CLEAN = """
            # Papers

            ## Vision

            - [Alpha Vision Model](https://arxiv.org/abs/2401.00001) - A. One, B. Two
            - [Beta Vision Model](https://arxiv.org/abs/2401.00002) - C. Three
            """;

    /** The findings of {@code markdown} as {@code rule@line}, in order. */
    private static List<String> lint(String markdown) {
        return findings(markdown).stream().map(f -> f.rule().id() + "@" + f.line()).toList();
    }

    private static List<Finding> findings(String markdown) {
        return new Linter(LintSettings.defaults()).lint(new CatalogParser().parse(new SourceFile("list.md", markdown)));
    }

    private static List<String> only(String markdown, Rule rule) {
        return lint(markdown).stream().filter(s -> s.startsWith(rule.id() + "@")).collect(Collectors.toList());
    }

    @Test
    void aCleanListHasNoFindings() {
        assertThat(lint(CLEAN)).isEmpty();
    }

    @Test
    void emptyLinkTargetIsAnErrorAtItsColumn() {
        List<Finding> f = findings(CLEAN + "- [Gamma](https://arxiv.org/abs/2401.00003) [Code]()\n");
        Finding empty = f.stream().filter(x -> x.rule() == Rule.LINK_EMPTY).findFirst().orElseThrow();
        assertThat(empty.line()).isEqualTo(7);
        assertThat(empty.column()).isEqualTo(45);
        assertThat(empty.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void textGluedAfterAnEmptyLink() {
        assertThat(only(CLEAN + "- [Gamma]()https://example.org/gamma.pdf\n", Rule.TEXT_AFTER_EMPTY_LINK)).containsExactly(
                "text-after-empty-link@7");
    }

    @Test
    void labelWithoutLinkButNotALinkedLabel() {
        assertThat(only(CLEAN + "- [Gamma](https://arxiv.org/abs/2401.00003) [[Code]]\n", Rule.LABEL_WITHOUT_LINK))
                .containsExactly("label-without-link@7");
        assertThat(only(CLEAN + "- [Gamma](https://arxiv.org/abs/2401.00003) [Code](https://github.com/a/b)\n",
                Rule.LABEL_WITHOUT_LINK)).isEmpty();
    }

    @Test
    void linkInsideALinkTarget() {
        assertThat(only(CLEAN + "- [Gamma](https://x.org/[Code](https://github.com/a/b))\n", Rule.LINK_IN_LINK))
                .containsExactly("link-in-link@7");
    }

    @Test
    void spaceOrUnbalancedBracketInATarget() {
        assertThat(only(CLEAN + "- [Gamma](https://example.org/a b.pdf)\n", Rule.URL_SYNTAX)).containsExactly("url-syntax@7");
        assertThat(only(CLEAN + "- [Gamma](https://example.org/a[b.pdf)\n", Rule.URL_SYNTAX)).containsExactly("url-syntax@7");
    }

    @Test
    void bareUrlInAnEntryOnly() {
        assertThat(only(CLEAN + "- [Gamma](https://arxiv.org/abs/2401.00003) code: https://github.com/a/b\n", Rule.BARE_URL))
                .containsExactly("bare-url@7");
        assertThat(only(CLEAN + "\nSee https://example.org for more.\n", Rule.BARE_URL)).isEmpty();
    }

    @Test
    void httpToAHostThatServesHttpsIsFixable() {
        List<Finding> f = findings(CLEAN + "- [Gamma](https://arxiv.org/abs/2401.00003) [Code](http://github.com/a/b)\n");
        Finding http = f.stream().filter(x -> x.rule() == Rule.HTTP_LINK).findFirst().orElseThrow();
        assertThat(http.line()).isEqualTo(7);
        assertThat(http.text()).isEqualTo("http");
        assertThat(http.fix()).isEqualTo("https");
    }

    @Test
    void arxivLinkInAnotherFormGetsTheCanonicalOne() {
        List<Finding> f = findings(CLEAN + "- [Gamma](https://arxiv.org/abs/2401.00003v2)\n");
        Finding form = f.stream().filter(x -> x.rule() == Rule.ARXIV_FORM).findFirst().orElseThrow();
        assertThat(form.line()).isEqualTo(7);
        assertThat(form.fix()).isEqualTo("https://arxiv.org/abs/2401.00003");
        assertThat(form.message()).contains("version v2");
    }

    @Test
    void referenceDefinitionsAreLintedAndFixedToo() {
        String md = CLEAN + "- [Gamma][g]\n\n[g]: http://www.arxiv.org/abs/2401.00003v1\n";
        List<Finding> f = findings(md);
        assertThat(f).extracting(x -> x.rule().id() + "@" + x.line()).contains("arxiv-form@9", "http-link@9");
        assertThat(Fixer.apply(md, f)).endsWith("[g]: https://arxiv.org/abs/2401.00003\n");
    }

    @Test
    void arxivFormFollowsWhatTheFileMostlyUses() {
        String pdfs = """
                ## Vision

                - [A](https://arxiv.org/pdf/2401.00001)
                - [B](https://arxiv.org/pdf/2401.00002)
                - [C](https://arxiv.org/abs/2401.00003)
                """;
        assertThat(only(pdfs, Rule.ARXIV_FORM)).containsExactly("arxiv-form@5");
    }

    @Test
    void duplicateInOneSectionIsAnErrorAcrossSectionsAWarning() {
        String twice = CLEAN + "- [Alpha Vision Model (again)](https://arxiv.org/abs/2401.00001)\n\n## Language\n\n"
                + "- [Beta Vision Model](https://openreview.net/forum?id=beta)\n";
        assertThat(lint(twice)).contains("duplicate@7", "duplicate-across-sections@11");
        assertThat(findings(twice).stream().filter(x -> x.rule() == Rule.DUPLICATE).findFirst().orElseThrow().severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void oneEntryNamingTwoArxivPapers() {
        assertThat(only(CLEAN + "- [Gamma](https://arxiv.org/abs/2401.00003) [PDF](https://arxiv.org/pdf/2401.00009)\n",
                Rule.TWO_ARXIV_IDS)).containsExactly("two-arxiv-ids@7");
    }

    @Test
    void anchorThatMatchesNoHeadingNamesTheClosest() {
        List<Finding> f = findings("- [Vision](#vison)\n- [Papers](#papers)\n\n" + CLEAN);
        assertThat(f).extracting(x -> x.rule().id() + "@" + x.line()).contains("anchor@1").doesNotContain("anchor@2");
        assertThat(f.stream().filter(x -> x.rule() == Rule.ANCHOR).findFirst().orElseThrow().message()).contains("closest: #vision");
    }

    @Test
    void tableOfContentsMissingAHeading() {
        String toc = """
                # Papers

                - [Vision](#vision)
                - [Language](#language)

                ## Vision

                - [Alpha Vision Model](https://arxiv.org/abs/2401.00001)

                ## Language

                - [Gamma Language Model](https://arxiv.org/abs/2401.00003)

                ## Audio

                - [Delta Audio Model](https://arxiv.org/abs/2401.00004)
                """;
        List<Finding> f = findings(toc);
        Finding t = f.stream().filter(x -> x.rule() == Rule.TOC).findFirst().orElseThrow();
        assertThat(t.line()).isEqualTo(3);
        assertThat(t.message()).contains("missing 'Audio'");
    }

    @Test
    void numberingGapAndRepeatButNotAllOnes() {
        String gap = "## Vision\n\n1. [A](https://arxiv.org/abs/2401.00001)\n2. [B](https://arxiv.org/abs/2401.00002)\n"
                + "4. [C](https://arxiv.org/abs/2401.00003)\n";
        List<Finding> f = findings(gap);
        Finding n = f.stream().filter(x -> x.rule() == Rule.NUMBERING).findFirst().orElseThrow();
        assertThat(n.line()).isEqualTo(5);
        assertThat(n.fix()).isEqualTo("3");
        String ones = gap.replace("2. [B]", "1. [B]").replace("4. [C]", "1. [C]");
        assertThat(only(ones, Rule.NUMBERING)).isEmpty();
    }

    @Test
    void entryOutOfDateOrderInASectionOrderedByDate() {
        String dated = """
                ## Vision

                - [2024-05] [A](https://arxiv.org/abs/2405.00001)
                - [2024-04] [B](https://arxiv.org/abs/2404.00002)
                - [2024-03] [C](https://arxiv.org/abs/2403.00003)
                - [2024-06] [D](https://arxiv.org/abs/2406.00004)
                - [2024-02] [E](https://arxiv.org/abs/2402.00005)
                - [2024-01] [F](https://arxiv.org/abs/2401.00006)
                """;
        assertThat(only(dated, Rule.DATE_ORDER)).containsExactly("date-order@6");
    }

    @Test
    void monthHeadingOutOfOrder() {
        String months = """
                ## 2024 May

                - [A](https://arxiv.org/abs/2405.00001)

                ## 2024 April

                - [B](https://arxiv.org/abs/2404.00002)

                ## 2024 June

                - [C](https://arxiv.org/abs/2406.00003)

                ## 2024 March

                - [D](https://arxiv.org/abs/2403.00004)
                """;
        assertThat(only(months, Rule.HEADING_ORDER)).containsExactly("heading-order@9");
    }

    @Test
    void entryInAnotherShapeThanItsSection() {
        StringBuilder md = new StringBuilder("## Vision\n\n");
        for (int i = 1; i <= 6; i++) {
            md.append(String.format("- [Paper %d](https://arxiv.org/abs/2401.%05d) - A. Author%n", i, i));
        }
        md.append("- **Paper Seven.** A. Author. [[paper]](https://arxiv.org/abs/2401.00007)\n");
        assertThat(only(md.toString(), Rule.FORMAT_DRIFT)).containsExactly("format-drift@9");
        assertThat(only(md.toString().replace("- **Paper Seven.** A. Author. [[paper]](https://arxiv.org/abs/2401.00007)",
                "- [Paper 7](https://arxiv.org/abs/2401.00007) - A. Author"), Rule.FORMAT_DRIFT)).isEmpty();
    }

    @Test
    void commentNeverClosed() {
        assertThat(only(CLEAN + "\n<!-- a note\n\n- [Hidden](https://arxiv.org/abs/2401.00009)\n", Rule.UNCLOSED_COMMENT))
                .containsExactly("unclosed-comment@8");
    }

    @Test
    void fileWhosePaperLinksLieOutsideItsEntries() {
        StringBuilder prose = new StringBuilder("# Notes\n\n");
        for (int i = 1; i <= 12; i++) {
            prose.append(String.format("We read https://arxiv.org/abs/2401.%05d with care, and more text here.%n%n", i));
        }
        assertThat(only(prose.toString(), Rule.UNREAD)).hasSize(1);
    }

    @Test
    void disableNextLineSilencesOneRuleOnOneLine() {
        String md = CLEAN + "<!-- papers-lint disable-next-line arxiv-form -->\n- [Gamma](https://arxiv.org/abs/2401.00003v2)\n"
                + "- [Delta](https://arxiv.org/abs/2401.00004v2)\n";
        assertThat(only(md, Rule.ARXIV_FORM)).containsExactly("arxiv-form@9");
    }

    @Test
    void codeAndFencesAreNotChecked() {
        String md = CLEAN + "\n```\n- [Gamma]()\n```\n\nWrite `[Code]()` for none.\n";
        assertThat(only(md, Rule.LINK_EMPTY)).isEmpty();
    }
}
