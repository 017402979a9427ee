package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTest {
    private static final String FILE = """
            # Papers

            Intro with a [link](https://example.org).

            ## Vision

            - [ViT: Image is worth words](https://arxiv.org/abs/2010.11929)
            - [CLIP, 多模态](https://arxiv.org/abs/2103.00020)

            ## Language

            - [BERT](https://arxiv.org/abs/1810.04805)

            ```
            # not a heading
            ```

            ## Speech

            - [Whisper](https://arxiv.org/abs/2212.04356)
            """;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Window window(String text, int... shownSections) {
        byte[] b = bytes(text);
        List<Sections.Section> cut = Sections.cut(b);
        List<Sections.Section> show = Arrays.stream(shownSections).mapToObj(cut::get).toList();
        return Window.of("README.md", b, cut, show).orElseThrow();
    }

    /** The bytes {@code w} splices {@code after} into (null: none), checking the sections given with them against a cut of them. */
    private static byte[] splice(Window w, String after) {
        Window.Spliced s = w.splice(after);
        if (s == null) {
            return null;
        }
        assertThat(s.sections()).isEqualTo(Sections.cut(s.bytes()));
        return s.bytes();
    }

    @Test
    void hiddenSectionsKeepTheirHeadingAndLineCountAndShownOnesReadAsTheyAre() {
        Window w = window(FILE, 2);
        assertThat(MarkdownLines.lineStarts(w.text())).hasSameSizeAs(MarkdownLines.lineStarts(FILE));
        assertThat(w.text()).as(w.text()).contains("# Papers", "## Vision", "## Language", "- [BERT]", "# not a heading", "## Speech")
                .doesNotContain("Intro", "ViT", "Whisper");
    }

    @Test
    void anEditInsideTheShownSectionsGoesBackAndLeavesEveryOtherByteAsItWas() {
        Window w = window(FILE, 2);
        String after = w.text().replace("- [BERT](https://arxiv.org/abs/1810.04805)\n",
                "- [BERT](https://arxiv.org/abs/1810.04805)\n- [GPT-3, 少样本](https://arxiv.org/abs/2005.14165)\n");
        byte[] spliced = splice(w, after);
        assertThat(spliced).isEqualTo(bytes(FILE.replace("- [BERT](https://arxiv.org/abs/1810.04805)\n",
                "- [BERT](https://arxiv.org/abs/1810.04805)\n- [GPT-3, 少样本](https://arxiv.org/abs/2005.14165)\n")));
    }

    @Test
    void textAboveTheFirstHeadingIsAlwaysShown() {
        String text = "[![badge](https://img.shields.io/b.svg)](https://example.org)\n\n" + FILE;
        Window w = window(text, 2);
        assertThat(w.text()).startsWith("[![badge]").doesNotContain("BERT");
        String after = w.text().replace("- [ViT", "- [DeiT](https://arxiv.org/abs/2012.12877)\n- [ViT");
        assertThat(splice(w, after)).isEqualTo(bytes(text.replace("- [ViT", "- [DeiT](https://arxiv.org/abs/2012.12877)\n- [ViT")));
    }

    @Test
    void anEditThatChangesAHiddenSectionOrTheHeadingsDoesNotGoBack() {
        Window w = window(FILE, 2);
        // a line written into the hidden Vision section
        assertThat(splice(w, w.text().replace("## Vision\n\n", "## Vision\n\nnew\n"))).isNull();
        // a heading taken out
        assertThat(splice(w, w.text().replace("## Speech\n", ""))).isNull();
        // a heading added inside a shown section
        assertThat(splice(w, w.text().replace("- [BERT]", "### BERTs\n- [BERT]"))).isNull();
    }

    @Test
    void aLineRemovedFromAShownSectionMovesTheHiddenOnesBelowUp() {
        Window w = window(FILE, 1);
        byte[] spliced = splice(w, w.text().replace("- [CLIP, 多模态](https://arxiv.org/abs/2103.00020)\n", ""));
        assertThat(new String(spliced, StandardCharsets.UTF_8))
                .isEqualTo(FILE.replace("- [CLIP, 多模态](https://arxiv.org/abs/2103.00020)\n", ""));
    }

    @Test
    void aFileWithCarriageReturnsOrReadWholeIsNotWindowed() {
        byte[] crlf = bytes(FILE.replace("\n", "\r\n"));
        assertThat(Window.of("README.md", crlf, Sections.cut(crlf), List.of())).isEmpty();
        byte[] refs = bytes(FILE + "\n[ref]: https://example.org\n");
        assertThat(Window.of("README.md", refs, Sections.cut(refs), List.of())).isEmpty();
    }

    @Test
    void theLastSectionOfAFileWithoutAFinalLineBreakIsShown() {
        String text = FILE.stripTrailing();
        Window w = window(text, 1);
        assertThat(w.text()).endsWith("- [Whisper](https://arxiv.org/abs/2212.04356)");
        assertThat(splice(w, w.text())).isEqualTo(bytes(text));
    }
}
