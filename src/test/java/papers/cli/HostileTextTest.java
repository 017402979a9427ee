package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import papers.arxiv.FakeArxiv;

/**
 * Text papers did not write, from every place it comes from (file names, headings, arXiv's titles and error
 * feeds, papers.yaml values), never reaches the terminal as escape sequences, controls or bidi overrides.
 */
class HostileTextTest extends FakeArxivCase {
    static final String EVIL = "\u001b]0;owned\u0007\u001b[2J\u202e\u2066\u009b";

    /** No escape (but papers' own styling), no control but newline and tab, no bidi override or isolate. */
    static void assertHarmless(String printed) {
        String withoutStyling = printed.replaceAll("\u001b\\[(1|22|1;33|22;39|2)m", "").replace("\r\n", "\n");
        assertThat(withoutStyling.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069).boxed().toList()).as(printed).isEmpty();
    }

    static void assertHarmless(CliRun.Result r) {
        assertHarmless(r.out());
        assertHarmless(r.err());
    }

    @Test
    void aFileNameInAnErrorIsPrintedHarmlessly() {
        CliRun.Result r = CliRun.run(dir, env, "list", "--catalog", "gone" + EVIL + ".md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("gone", "no such file");
        assertHarmless(r);
    }

    @Test
    void aHeadingThatAddPrintsAndAnArxivTitleArePrintedHarmlessly() throws IOException {
        Files.writeString(dir.resolve("list.md"), "# L\n\n## Evil " + EVIL + " heading\n\n"
                + "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");
        fake.then(FakeArxiv.atom(FakeArxiv.feedOf(FakeArxiv.entry("2409.12191", 1, "Qwen2-VL &#x9b;2J &#x85; &#x202e;title", null, "A B"))));
        CliRun.Result r = CliRun.run(dir, env, "add", "--catalog", "list.md", "--arxiv", "2409.12191");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Qwen2-VL", "heading");
        assertHarmless(r);
        for (String[] read : new String[][] {{"list"}, {"search", "qwen2"}, {"show", "2409.12191"}, {"stats"}, {"months"}, {"tags"},
                {"export", "--format", "csv"}, {"export", "--format", "bibtex"}, {"export", "--format", "yaml"}, {"lint"}}) {
            List<String> args = new java.util.ArrayList<>(List.of(read));
            args.addAll(List.of("--catalog", "list.md"));
            CliRun.Result each = CliRun.run(dir, env, args.toArray(new String[0]));
            assertThat(each.code()).as(String.join(" ", read) + ": " + each.err()).isIn(0, 1);
            assertHarmless(each);
        }
    }

    @Test
    void anArxivErrorFeedIsPrintedHarmlessly() throws IOException {
        Files.writeString(dir.resolve("list.md"), "# L\n\n## A\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");
        fake.then(ex -> {
            byte[] body = FakeArxiv.feedOf("  <entry>\n    <id>http://arxiv.org/api/errors#bad</id>\n    <title>Error</title>\n"
                    + "    <summary>incorrect id &#x9b;2J &#x202e; &#x2066;</summary>\n  </entry>\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(400, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        CliRun.Result r = CliRun.run(dir, env, "add", "--catalog", "list.md", "--arxiv", "2409.12191");
        assertThat(r.err()).contains("incorrect id");
        assertHarmless(r);
    }

    @Test
    void aPapersYamlTitleIsPrintedHarmlessly() throws IOException {
        Files.writeString(dir.resolve("papers.yaml"), "title: \"Mine \\e]0;owned\\a \\u202e\"\n");
        Files.writeString(dir.resolve("README.md"), "# L\n\n## A\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");
        for (String command : List.of("stats", "list", "lint")) {
            CliRun.Result r = CliRun.run(dir, env, command);
            assertThat(r.code()).as(r.err()).isIn(0, 1);
            assertHarmless(r);
        }
    }

    @Test
    void jsonEscapesWhatTheTerminalMustNotSeeAndAJsonReaderGetsItBack() throws IOException {
        Files.writeString(dir.resolve("list.md"), "# L\n\n## A\n\n- [Left \u202e right \u2067 isolate](https://arxiv.org/abs/1706.03762)\n");
        CliRun.Result r = CliRun.run(dir, env, "list", "--json", "--catalog", "list.md");
        assertHarmless(r);
        assertThat(r.out()).contains("Left \\u202e right \\u2067 isolate");
        JsonNode read = new ObjectMapper().readTree(r.out());
        assertThat(read.get(0).get("title").asText()).isEqualTo("Left \u202e right \u2067 isolate");
    }

    @Test
    void githubAnnotationsCannotBeForgedByAFileName() throws IOException {
        Path forged = dir.resolve("x\n::error file=README.md,line=1::forged, 100%.md");
        Files.writeString(forged, "# L\n\n- [A](http://arxiv.org/abs/2401.00001)\n");
        CliRun.Result r = CliRun.run(dir, env, "lint", "--format", "github", forged.getFileName().toString());
        List<String> commands = r.out().lines().filter(l -> l.startsWith("::")).toList();
        assertThat(commands).isNotEmpty().allSatisfy(l -> assertThat(l).contains("file=x%0A%3A%3Aerror file=README.md%2Cline=1%3A%3Aforged%2C 100%25.md"));
        assertThat(r.out()).doesNotContain("\n::error file=README.md,line=1::forged");
        assertHarmless(r);
    }
}
