package papers.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import papers.catalog.CatalogParser;
import papers.catalog.SourceFile;
import papers.lint.checks.Finding;

/** A file big enough for its checks to be shared by two threads is linted as one thread lints it. */
class LinterThreadsTest {
    /** One section with findings of several rules; {@code k} makes its ids its own. */
    private static String block(int k) {
        String id = String.format("24%02d.%05d", 1 + k % 12, k);
        return "\n## Topic " + k + "\n\n"
                + "- [Paper " + k + " one](http://arxiv.org/abs/" + id + ")\n"
                + "- [Paper " + k + " two](https://arxiv.org/pdf/" + id + "1) see https://example.org/" + k + "\n"
                + "- [Paper " + k + " three]() and `code` <!-- note -->\n"
                + "- [Paper " + k + " four](https://arxiv.org/abs/" + id + "2) [[Code]]\n";
    }

    private static List<String> shape(List<Finding> findings, int lineShift) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.rule().id() + "@" + (f.line() - lineShift) + ":" + f.column());
        }
        return out;
    }

    @Test
    void theFindingsOfABigFileAreThoseOfItsPartsInOrder() {
        Linter linter = new Linter(LintSettings.defaults());
        int blocks = 4_000; // 28,000 lines: past where the checks go on two threads
        StringBuilder big = new StringBuilder("# Big\n");
        List<String> expected = new ArrayList<>();
        int line = 2;
        for (int k = 0; k < blocks; k++) {
            String b = block(k);
            // each block alone (a small file, one thread), its lines shifted to where it is in the big file
            List<Finding> alone = linter.lint(new CatalogParser().parse(new SourceFile("list.md", "# Big\n" + b)));
            expected.addAll(shape(alone, 2 - line));
            big.append(b);
            line += (int) b.chars().filter(c -> c == '\n').count();
        }
        List<Finding> all = linter.lint(new CatalogParser().parse(new SourceFile("list.md", big.toString())));
        assertThat(all).hasSizeGreaterThan(blocks * 3);
        assertThat(shape(all, 0)).containsExactlyElementsOf(expected);
    }
}
