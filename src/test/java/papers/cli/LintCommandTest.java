package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** papers lint: every rule on a fixture written to break them, output formats, --fix, files mode. */
class LintCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    Map<String, String> env() {
        return Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
    }

    Set<String> found(CliRun.Result r) throws IOException {
        Set<String> out = new TreeSet<>();
        for (JsonNode f : JSON.readTree(r.out())) {
            out.add(f.get("line").asInt() + " " + f.get("rule").asText());
        }
        return out;
    }

    @Test
    void everyRuleFindsItsProblemAtItsLine() throws IOException {
        fixture("lint-problems.md");
        CliRun.Result r = CliRun.run(dir, env(), "lint", "--catalog", "lint-problems.md", "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(found(r)).contains("4 anchor", "9 link-empty", "10 text-after-empty-link", "11 label-without-link",
                "12 numbering", "12 http-link", "13 arxiv-form", "14 url-syntax", "15 two-arxiv-ids", "16 link-in-link",
                "17 duplicate", "18 bare-url", "30 duplicate-across-sections");
        // the repeated heading's anchor is fine, a silenced line is silent, fenced code is not read
        assertThat(found(r)).doesNotContain("5 anchor", "20 link-empty", "23 link-empty", "36 link-empty", "36 label-without-link");
        assertThat(r.err()).contains("errors", "warnings in 1 file");
    }

    @Test
    void textAndGithubFormatsAndTheSummary() throws IOException {
        fixture("lint-problems.md");
        CliRun.Result text = CliRun.run(dir, env(), "lint", "--catalog", "lint-problems.md");
        assertThat(text.out()).contains("lint-problems.md:9:4: error link-empty: empty link target: [Empty Target Paper]()")
                .contains("lint-problems.md:13:21: warning arxiv-form:");
        assertThat(text.out().strip().lines().reduce((a, b) -> b).orElse("")).matches("\\d+ errors, \\d+ warnings in 1 file");
        CliRun.Result gh = CliRun.run(dir, env(), "lint", "--catalog", "lint-problems.md", "--format", "github");
        assertThat(gh.out()).contains("::error file=lint-problems.md,line=9,col=4,title=link-empty::empty link target");
        assertThat(gh.out()).contains("::warning file=lint-problems.md,line=12,");
    }

    @Test
    void warningsAloneExitZeroAndDataIsClean() throws IOException {
        Files.writeString(dir.resolve("ok.md"), "# L\n\n- [A](https://arxiv.org/abs/2401.00001)\n- [B](http://github.com/a/b)\n");
        CliRun.Result r = CliRun.run(dir, env(), "lint", "--catalog", "ok.md");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0 errors, 1 warning in 1 file");
        CliRun.Result data = CliRun.run(Path.of("").toAbsolutePath(), env(), "lint", "--catalog", "data");
        assertThat(data.code()).as(data.out()).isZero();
        assertThat(data.out()).isEqualTo("no problems in 1 file\n");
    }

    @Test
    void sarifNamesEachFindingsRuleFileAndLineAsCodeScanningReadsThem() throws IOException {
        Files.createDirectories(dir.resolve("docs dir"));
        Files.writeString(dir.resolve("docs dir/list.md"), "# L\n\n## A\n\n- [P]()\n- [Q](http://arxiv.org/abs/2401.00001)\n");
        CliRun.Result r = CliRun.run(dir, env(), "lint", "docs dir/list.md", "--format", "sarif");
        assertThat(r.code()).isEqualTo(1);
        JsonNode log = JSON.readTree(r.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        List<String> got = new ArrayList<>();
        for (JsonNode x : run.get("results")) {
            JsonNode at = x.get("locations").get(0).get("physicalLocation");
            assertThat(rules.get(x.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(x.get("ruleId").asText());
            got.add(at.get("artifactLocation").get("uri").asText() + ":" + at.get("region").get("startLine").asInt() + " "
                    + x.get("level").asText() + " " + x.get("ruleId").asText());
        }
        assertThat(got).contains("docs%20dir/list.md:5 error link-empty", "docs%20dir/list.md:6 warning http-link");
        assertThat(r.err()).contains("1 error");
    }

    @Test
    void fixSaysWhatItChangedAndExitNonzeroOnFixFailsTheHookThatChangedAFile() throws IOException {
        Path f = Files.writeString(dir.resolve("l.md"), "# L\n\n- [F](http://arxiv.org/abs/2401.00005)\n");
        CliRun.Result fixed = CliRun.run(dir, env(), "lint", "l.md", "--fix", "--exit-nonzero-on-fix");
        assertThat(fixed.code()).as(fixed.err()).isEqualTo(1);
        assertThat(fixed.err()).contains("papers: fixed l.md (2 findings)");
        assertThat(fixed.out()).startsWith("no problems in 1 file");
        assertThat(Files.readString(f)).isEqualTo("# L\n\n- [F](https://arxiv.org/abs/2401.00005)\n");
        CliRun.Result again = CliRun.run(dir, env(), "lint", "l.md", "--fix", "--exit-nonzero-on-fix");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("fixed");
        assertThat(CliRun.run(dir, env(), "lint", "l.md", "--exit-nonzero-on-fix").code()).isEqualTo(2);
    }

    @Test
    void twoFixesOfOneLinkMakeOneCanonicalLink() throws IOException {
        // arxiv-form rewrites the whole URL and http-link its scheme: both at one column
        Path f = Files.writeString(dir.resolve("l.md"), "# L\n\n- [F](http://www.arxiv.org/abs/2401.00005v2)\n");
        CliRun.Result r = CliRun.run(dir, env(), "lint", "--catalog", "l.md", "--fix");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(f)).isEqualTo("# L\n\n- [F](https://arxiv.org/abs/2401.00005)\n");
    }

    @Test
    void fixMendsOnlyTheSafeThingsAndASecondRunFindsNothingToFix() throws IOException {
        Path f = fixture("lint-problems.md");
        String before = Files.readString(f);
        CliRun.Result dry = CliRun.run(dir, env(), "lint", "--catalog", "lint-problems.md", "--fix", "--dry-run");
        assertThat(dry.out()).contains("-5. [Gap In Numbering](http://github.com/org/repo)",
                "+4. [Gap In Numbering](https://github.com/org/repo)",
                "+5. [Old Style Link](https://arxiv.org/abs/2401.00002)");
        assertThat(Files.readString(f)).isEqualTo(before);
        CliRun.Result fixed = CliRun.run(dir, env(), "lint", "--catalog", "lint-problems.md", "--fix", "--format", "json");
        Set<String> left = found(fixed);
        assertThat(left).noneMatch(s -> s.endsWith("numbering") || s.endsWith("http-link") || s.endsWith("arxiv-form"));
        String after = Files.readString(f);
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        // the table of contents is written from the headings: the stale item goes, the missing ones come
        assertThat(b.subList(2, 5)).containsExactly("- [Papers](#papers)", "- [Repeated](#repeated)",
                "- [Repeated](#repeated-1)");
        assertThat(left).noneMatch(s -> s.endsWith("anchor") || s.endsWith("toc"));
        // below it, only the lines the line fixes name
        List<String> rest = b.subList(5, b.size());
        List<String> was = a.subList(5, a.size());
        assertThat(rest).hasSameSizeAs(was);
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).equals(rest.get(i))) {
                assertThat(i + 6).as("changed line").isBetween(12, 18);
            }
        }
        CliRun.Result again = CliRun.run(dir, env(), "lint", "--catalog", "lint-problems.md", "--fix");
        assertThat(Files.readString(f)).isEqualTo(after);
        assertThat(again.out()).doesNotContain("numbering", "http-link", "arxiv-form");
    }

    @Test
    void namedFilesAreLintedAsNamedAndAFileWithoutEntriesGetsTheRulesThatNeedNone() throws IOException {
        fixture("lint-problems.md");
        Files.writeString(dir.resolve("NOTES.md"), "# Notes\n\nJust prose with [an empty link]().\n");
        Files.writeString(dir.resolve("CONTRIBUTING.md"), "# Contributing\n\n1. Fork.\n3. Add [Paper] as a placeholder.\n");
        Files.writeString(dir.resolve("script.py"), "print('hi')\n");
        CliRun.Result r = CliRun.run(dir, env(), "lint", "lint-problems.md", "NOTES.md", "CONTRIBUTING.md", "script.py");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("NOTES.md:3:17: error link-empty", "lint-problems.md:9:4: error link-empty", "in 3 files")
                .doesNotContain("CONTRIBUTING.md");
        assertThat(r.err()).contains("script.py: not Markdown, not linted");
        // a clean file without entries passes, and papers.yaml's files do not limit what is named
        Files.writeString(dir.resolve("papers.yaml"), "files: [lint-problems.md]\n");
        CliRun.Result clean = CliRun.run(dir, env(), "lint", "CONTRIBUTING.md");
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).isEqualTo("no problems in 1 file\n");
    }

    private static int git(Path repo, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Test
    void changedReportsOnlyTheLinesChangedSinceARefAndCountsTheRest() throws Exception {
        assumeTrue(git(dir, "init", "-q") == 0, "git is not installed: skipped");
        Files.writeString(dir.resolve("list.md"), "# L\n\n- [Old]()\n- [Fine](https://arxiv.org/abs/2401.00001)\n");
        git(dir, "add", "list.md");
        git(dir, "commit", "-q", "-m", "one");
        Files.writeString(dir.resolve("list.md"), "# L\n\n- [Old]()\n- [Fine](https://arxiv.org/abs/2401.00001)\n- [New]()\n");
        // --changed alone means HEAD: the FILE after it is a file, not a ref
        CliRun.Result r = CliRun.run(dir, env(), "lint", "--changed", "list.md");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("list.md:5:3: error link-empty").doesNotContain("list.md:3:")
                .contains("(1 older finding on unchanged lines left out)");
        git(dir, "add", "list.md");
        git(dir, "commit", "-q", "-m", "two");
        CliRun.Result since = CliRun.run(dir, env(), "lint", "--changed=HEAD~1", "list.md");
        assertThat(since.out()).contains("list.md:5:3").doesNotContain("list.md:3:");
        assertThat(CliRun.run(dir, env(), "lint", "--changed", "list.md").out()).startsWith("no problems in 1 file (2 older");
    }

    @Test
    void jsonAndAnotherFormatAtOnceIsExitTwo() throws IOException {
        fixture("lint-problems.md");
        CliRun.Result both = CliRun.run(dir, env(), "--json", "lint", "--format", "github");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--json and --format github");
        assertThat(both.out()).isEmpty();
        assertThat(CliRun.run(dir, env(), "--json", "lint", "--format", "json").code()).isEqualTo(1);
        CliRun.Result export = CliRun.run(dir, env(), "--json", "export", "--format", "csv");
        assertThat(export.code()).isEqualTo(2);
    }

    @Test
    void aMissingPathOrADirectoryWithoutMarkdownIsExitTwo() throws IOException {
        CliRun.Result missing = CliRun.run(dir, env(), "lint", "nope.md");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.md: no such file or directory");
        Files.createDirectories(dir.resolve("empty"));
        CliRun.Result empty = CliRun.run(dir, env(), "lint", "empty");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("no Markdown files");
        CliRun.Result none = CliRun.run(dir, env(), "lint", "script.txt");
        assertThat(none.code()).isEqualTo(2);
    }

    @Test
    void aDirectoryIsLintedAsItsCatalogAndStandardInputAsOneFileNamedDash() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/list.md"), "# L\n\n## A\n\n- [P](https://arxiv.org/abs/2401.00001v2)\n");
        CliRun.Result d = CliRun.run(dir, env(), "lint", "docs");
        assertThat(d.out()).contains("docs/list.md:5:7: warning arxiv-form", "in 1 file");
        CliRun.Result in = CliRun.runWithInput(dir, "# L\n\n- [P]()\n", "lint", "-");
        assertThat(in.code()).isEqualTo(1);
        assertThat(in.out()).contains("-:3:3: error link-empty");
        assertThat(CliRun.runWithInput(dir, "x", "lint", "--fix", "-").code()).isEqualTo(2);
    }

    @Test
    void rulesAreConfigurableAndUnknownOnesAreErrors() throws IOException {
        fixture("lint-problems.md");
        Files.writeString(dir.resolve("papers.yaml"), "files: [lint-problems.md]\nlint:\n  rules:\n    link-empty: off\n"
                + "    duplicate: warning\n  ignore:\n    - \"https://example.org/*\"\n  arxiv-form: pdf\n");
        Set<String> f = found(CliRun.run(dir, env(), "lint", "--format", "json"));
        assertThat(f).doesNotContain("9 link-empty", "14 url-syntax", "18 bare-url");
        assertThat(f).contains("11 arxiv-form");
        CliRun.Result sev = CliRun.run(dir, env(), "lint");
        assertThat(sev.out()).contains("lint-problems.md:17:1: warning duplicate:");
        Files.writeString(dir.resolve("papers.yaml"), "files: [lint-problems.md]\nlint:\n  rules:\n    no-such-rule: off\n");
        CliRun.Result bad = CliRun.run(dir, env(), "lint");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown rule 'no-such-rule'");
    }

    @Test
    void rulesAreListed() {
        CliRun.Result r = CliRun.run(dir, env(), "lint", "--rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("link-empty", "arxiv-form", "(--fix)", "anchor");
    }

    @Test
    void theSeedsRealProblemsAreFoundWithTheirLines() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds").toAbsolutePath();
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project: skipped");
        CliRun.Result r = CliRun.run(dir, env(), "lint", "--catalog", seeds.resolve("venue-prefixed.md").toString());
        assertThat(r.out()).contains("venue-prefixed.md:13:182: warning label-without-link: label with no link: [[**ReadNotes**]]");
        CliRun.Result n = CliRun.run(dir, env(), "lint", "--catalog", seeds.resolve("numbered-notes.md").toString());
        assertThat(n.code()).isEqualTo(1);
        assertThat(n.out()).contains("numbered-notes.md:89:1: error duplicate: same paper as line 80");
    }

    @Test
    void hookInstallsRefusesForeignHooksKeepsThemWithForceAndUninstalls() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Process init = new ProcessBuilder("git", "init", "-q").directory(repo.toFile()).redirectErrorStream(true).start();
        assumeTrue(init.waitFor() == 0, "git is not installed: skipped");
        CliRun.Result r = CliRun.run(repo, env(), "hook", "install");
        assertThat(r.code()).isZero();
        Path hook = repo.resolve(".git/hooks/pre-commit");
        assertThat(Files.readString(hook)).contains("papers hook install", "lint --staged");
        assertThat(hook.toFile().canExecute()).isTrue();
        assertThat(CliRun.run(repo, env(), "hook", "uninstall").code()).isZero();
        assertThat(hook).doesNotExist();
        Files.writeString(hook, "#!/bin/sh\necho mine\n");
        CliRun.Result refused = CliRun.run(repo, env(), "hook", "install");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("not written by papers", "--force");
        assertThat(Files.readString(hook)).contains("echo mine");
        assertThat(CliRun.run(repo, env(), "hook", "install", "--force").code()).isZero();
        assertThat(Files.readString(hook)).contains("papers hook install");
        assertThat(Files.readString(repo.resolve(".git/hooks/pre-commit.legacy"))).contains("echo mine");
        CliRun.Result outside = CliRun.run(dir, env(), "hook", "install");
        assertThat(outside.code()).isEqualTo(2);
    }
}
