package papers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built launcher, target/papers, run as a user runs it: from another directory, through a symlink. */
class LauncherIT {
    static final Path LAUNCHER = Path.of("target", "papers").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(args[0]);
        cmd.addAll(List.of(args).subList(1, args.length));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().remove("PAPERS_CATALOG");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void runsOnTheBundledCatalogFromAnyDirectory() throws Exception {
        Run r = run(dir, Map.of(), LAUNCHER.toString(), "stats");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("(bundled catalog): ").contains("Multimodal LLMs");
        // the demo is used only when said, once
        assertThat(r.err()).isEqualTo("papers: no catalog here; using the bundled catalog: name one with --catalog\n");
        Run v = run(dir, Map.of(), LAUNCHER.toString(), "--version");
        assertThat(v.out()).startsWith("papers ");
    }

    @Test
    void worksThroughASymlink() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("papers"), LAUNCHER);
        Run r = run(dir, Map.of(), link.toString(), "show", "2409.12191");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Qwen2-VL");
    }

    @Test
    void refusesJavaOlderThan17WithoutStartingIt() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("old-jdk/bin"));
        Files.writeString(dir.resolve("old-jdk/release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\necho started >&2\nexit 99\n");
        java.toFile().setExecutable(true);
        Run r = run(dir, Map.of("JAVA_HOME", dir.resolve("old-jdk").toString()), LAUNCHER.toString(), "stats");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("needs Java 17 or newer").doesNotContain("started");
    }

    @Test
    void papersJavaComesBeforeJavaHomeAndABadOneIsOneLine() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("old-jdk/bin"));
        Files.writeString(dir.resolve("old-jdk/release"), "JAVA_VERSION=\"11.0.2\"\n");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Run r = run(dir, Map.of("JAVA_HOME", jdk.getParent().toString(), "PAPERS_JAVA", java), LAUNCHER.toString(), "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("papers ");
        Run bad = run(dir, Map.of("PAPERS_JAVA", dir.resolve("no-such-java").toString()), LAUNCHER.toString(), "--version");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err()).contains("PAPERS_JAVA", "no-such-java");
    }

    @Test
    void selfInstallPutsAWorkingPapersOnAPrefix() throws Exception {
        Path prefix = dir.resolve("prefix");
        Run r = run(dir, Map.of(), LAUNCHER.toString(), "self-install", "--prefix", prefix.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("installed " + prefix.resolve("bin/papers"), "completions:");
        assertThat(prefix.resolve("share/papers/papers.jsa")).isRegularFile();
        assertThat(prefix.resolve("share/papers/papers.cmd")).isRegularFile();
        assertThat(prefix.resolve("share/papers/completions/papers.bash")).isRegularFile();
        Run search = run(dir, Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString()),
                prefix.resolve("bin/papers").toString(), "search", "DPO hallucination");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("CLIP-DPO");
        assertThat(search.err()).isEqualTo("papers: no catalog here; using the bundled catalog: name one with --catalog\n");
        // installing again replaces it cleanly
        assertThat(run(dir, Map.of(), LAUNCHER.toString(), "self-install", "--prefix", prefix.toString()).code()).isZero();
    }

    @Test
    void badUsageExitsTwoWithOneLineAndNoTrace() throws Exception {
        Run r = run(dir, Map.of(), LAUNCHER.toString(), "stats", "--catalog", "missing.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("missing.md").doesNotContain("Exception");
    }

    /** A copy of the built launcher, jar and archive in a directory of its own. */
    Path copyOfTheBuild() throws IOException {
        Path here = Files.createDirectories(dir.resolve("copy"));
        for (String f : List.of("papers", "papers.jar", "papers.jsa", "papers.jsa.java")) {
            Files.copy(LAUNCHER.resolveSibling(f), here.resolve(f), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        return here;
    }

    @Test
    void anArchiveOlderThanTheJarIsSaidAndNotUsed() throws Exception {
        Path here = copyOfTheBuild();
        Run fresh = run(dir, Map.of(), here.resolve("papers").toString(), "--version");
        assertThat(fresh.err()).isEmpty();
        Files.setLastModifiedTime(here.resolve("papers.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run touched = run(dir, Map.of(), here.resolve("papers").toString(), "--version");
        assertThat(touched.code()).isZero();
        assertThat(touched.err()).contains("papers.jsa is older than papers.jar", "papers self-install");
    }

    @Test
    void onJava25SelfInstallMakesAnAotCacheThatTheLauncherUses() throws Exception {
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(java25), "no Java 25 at " + java25 + ": skipped");
        Map<String, String> env = Map.of("PAPERS_JAVA", java25.toString(), "PAPERS_CACHE_DIR", dir.resolve("cache").toString(),
                "HOME", dir.toString());
        Run install = run(dir, env, LAUNCHER.toString(), "self-install", "--prefix", dir.resolve("prefix").toString());
        assertThat(install.code()).as(install.err()).isZero();
        assertThat(install.out()).contains("(with an AOT cache for Java 25)");
        Path installed = dir.resolve("prefix/share/papers");
        assertThat(installed.resolve("papers-25.aot")).isRegularFile();
        Map<String, String> logged = new java.util.HashMap<>(env);
        logged.put("PAPERS_JAVA_OPTS", "-Xlog:aot=info:stdout");
        Run r = run(dir, logged, installed.resolve("papers").toString(), "search", "DPO hallucination");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Opened AOT cache", "CLIP-DPO");
        assertThat(r.err()).doesNotContain("error", "WARNING");
        // Java 17 keeps its class-data archive, and never sees the cache of 25
        Run on17 = run(dir, Map.of("PAPERS_CACHE_DIR", dir.resolve("cache").toString()), LAUNCHER.toString(), "--version");
        assertThat(on17.code()).isZero();
        assertThat(on17.err()).isEmpty();
    }

    @Test
    void aNewerJavaGetsNeitherTheArchiveOfJava17NorLucenesWarnings() throws Exception {
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(java25.resolve("bin/java")), "no Java 25 at " + java25 + ": skipped");
        Run r = run(dir, Map.of("PAPERS_JAVA", java25.resolve("bin/java").toString(), "PAPERS_CACHE_DIR",
                dir.resolve("cache").toString()), LAUNCHER.toString(), "search", "DPO hallucination");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isNotBlank();
        assertThat(r.err()).doesNotContain("[cds]", "WARNING", "Vector API");
    }
}
