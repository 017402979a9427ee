package papers.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import papers.catalog.ArxivId;
import papers.catalog.CatalogParser;
import papers.catalog.SourceFile;
import papers.lint.checks.Finding;
import papers.lint.checks.Rule;

/**
 * Random arXiv links of every form (fixed seed): --fix turns each into a link that names the same paper in the
 * canonical form, a second --fix changes nothing, and lint then has nothing to say of the links.
 */
class FixerPropertyTest {
    private static final String[] SCHEMES = {"http://", "https://", "HTTP://"};
    private static final String[] HOSTS = {"", "www.", "export."};
    private static final String[] KINDS = {"abs", "pdf", "html"};
    private static final Pattern TARGET = Pattern.compile("]\\(([^)]*)\\)");

    private static String id(Random r) {
        return r.nextInt(4) == 0 ? String.format("hep-th/%02d%02d%03d", r.nextInt(2) == 0 ? 99 : 3, 1 + r.nextInt(12), r.nextInt(1000))
                : String.format("%02d%02d.%05d", 10 + r.nextInt(15), 1 + r.nextInt(12), r.nextInt(100000));
    }

    private static String link(Random r, String id) {
        return SCHEMES[r.nextInt(SCHEMES.length)] + HOSTS[r.nextInt(HOSTS.length)] + "arxiv.org/" + KINDS[r.nextInt(KINDS.length)]
                + "/" + id + (r.nextBoolean() ? "v" + (1 + r.nextInt(9)) : "") + (r.nextInt(3) == 0 ? ".pdf" : "")
                + (r.nextInt(5) == 0 ? "/" : "");
    }

    private static List<Finding> lint(String text) {
        return new Linter(LintSettings.defaults()).lint(new CatalogParser().parse(new SourceFile("list.md", text)));
    }

    private static String fix(String text) {
        return Fixer.apply(text, lint(text));
    }

    @Test
    void fixedLinksNameTheSamePaperCanonicallyAndStayFixed() {
        Random r = new Random(20261202);
        for (int round = 0; round < 200; round++) {
            List<String> ids = new ArrayList<>();
            StringBuilder md = new StringBuilder("# List\n\n## Papers\n\n");
            int n = 1 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                String id = id(r);
                ids.add(id);
                md.append("- [Paper ").append(i).append("](").append(link(r, id)).append(")");
                if (r.nextBoolean()) {
                    String second = id(r);
                    ids.add(second);
                    md.append(" [PDF](").append(link(r, second)).append(")");
                }
                md.append('\n');
            }
            String once = fix(md.toString());
            List<String> targets = new ArrayList<>();
            Matcher m = TARGET.matcher(once);
            while (m.find()) {
                targets.add(m.group(1));
            }
            assertThat(targets).as("round %d: %s", round, md).hasSize(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                String url = targets.get(i);
                assertThat(url).as("round %d", round).matches("https://arxiv\\.org/(abs|pdf|html)/.+");
                assertThat(ArxivId.parse(url)).as("round %d: %s", round, url).contains(ArxivId.parse(ids.get(i)).orElseThrow());
            }
            assertThat(fix(once)).as("round %d: a second fix", round).isEqualTo(once);
            assertThat(lint(once)).as("round %d", round).noneMatch(f -> f.rule() == Rule.ARXIV_FORM || f.rule() == Rule.HTTP_LINK);
        }
    }

    @Test
    void linksInsideCommentsAndCodeAreLeftAlone() {
        String md = "# List\n\n## Papers\n\n- [P](https://arxiv.org/abs/2401.00001)\n\n<!-- [old](http://www.arxiv.org/abs/2401.00002v1) -->\n\n"
                + "```\n[x](http://arxiv.org/abs/2401.00003)\n```\n";
        assertThat(fix(md)).isEqualTo(md);
    }
}
