package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cloned repository's papers.yaml and a cache directory are not to be trusted: bounds, paths and odd files. */
class HostileConfigTest {
    @TempDir
    Path dir;

    Path lists;
    Path outside;
    Map<String, String> env;

    static final String LIST = "# L\n\n## A\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n";

    @BeforeEach
    void lists() throws IOException {
        lists = Files.createDirectories(dir.resolve("lists"));
        outside = Files.writeString(dir.resolve("private.md"), LIST);
        env = Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString());
    }

    CliRun.Result run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.run(lists, env, args));
    }

    @Test
    void filesOutsideTheCatalogsFolderAreReadOnlyWhenPapersYamlSaysSoAndNeverWritten() throws IOException {
        Files.writeString(lists.resolve("papers.yaml"), "title: Mine\nfiles:\n  - ../private.md\n");
        CliRun.Result refused = run("list");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("papers: papers.yaml:2: files: '../private.md' is outside the catalog's folder; "
                + "papers reads it only with files-outside: true in papers.yaml");
        assertThat(refused.out()).isEmpty();

        // a symbolic link inside the folder that leads out of it is outside too
        Files.writeString(lists.resolve("papers.yaml"), "files:\n  - link.md\n");
        Files.createSymbolicLink(lists.resolve("link.md"), outside);
        assertThat(run("list").err()).contains("files: 'link.md' is outside the catalog's folder");

        Files.writeString(lists.resolve("papers.yaml"), "files-outside: true\nfiles:\n  - ../private.md\n");
        CliRun.Result read = run("list");
        assertThat(read.code()).as(read.err()).isZero();
        assertThat(read.out()).contains("Attention Is All You Need");
        for (String[] write : new String[][] {{"remove", "1706.03762"}, {"lint", "--fix"}}) {
            Files.writeString(outside, LIST + "- [Old Link](http://arxiv.org/pdf/2401.00001.pdf)\n");
            String before = Files.readString(outside);
            CliRun.Result r = run(write);
            assertThat(r.err()).as(String.join(" ", write)).contains("private.md is outside the catalog's folder", "nothing was written");
            assertThat(r.code()).isEqualTo(3);
            assertThat(Files.readString(outside)).isEqualTo(before);
        }
    }

    @Test
    void aPapersYamlOverAMegabyteIsRefusedBeforeItIsRead() throws IOException {
        Files.writeString(lists.resolve("README.md"), LIST);
        Files.writeString(lists.resolve("papers.yaml"), "title: x\n#" + "y".repeat(2_000_000) + "\n");
        CliRun.Result r = run("search", "attention");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("papers: papers.yaml: 2,000,011 bytes; a papers.yaml is at most 1,048,576");
    }

    @Test
    void deeplyNestedYamlIsOneLineWithFileAndLine() throws IOException {
        Files.writeString(lists.resolve("README.md"), LIST);
        Files.writeString(lists.resolve("papers.yaml"), "title: Mine\nsynonyms:\n  a: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");
        CliRun.Result r = run("search", "attention");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("papers: papers.yaml:3: ").doesNotContain("\n", "Exception");
    }

    static void mkfifo(Path p) throws Exception {
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: skipped");
            return;
        }
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed: skipped");
    }

    @Test
    void aFifoInTheCacheOrAsTheCatalogHangsNothing() throws Exception {
        Files.writeString(lists.resolve("README.md"), LIST);
        assertThat(run("search", "attention").code()).isZero();
        Path generation;
        try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
            generation = s.filter(p -> p.getFileName().toString().startsWith("g-")).findFirst().orElseThrow();
        }
        Path segments;
        try (Stream<Path> s = Files.list(generation)) {
            segments = s.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        Files.delete(segments);
        mkfifo(segments);
        CliRun.Result r = run("search", "attention");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Attention Is All You Need");
        assertThat(r.err()).contains("is not a regular file; rebuilding the index");
        Path pointer = generation.resolveSibling("current");
        Files.delete(pointer);
        mkfifo(pointer);
        assertThat(run("search", "attention").out()).contains("Attention Is All You Need");

        Path fifo = lists.resolve("pipe.md");
        mkfifo(fifo);
        CliRun.Result named = run("list", "--catalog", "pipe.md");
        assertThat(named.code()).isEqualTo(2);
        assertThat(named.err()).contains("pipe.md: not a regular file");
    }
}
