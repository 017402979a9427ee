package papers.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Start-up, end to end: {@code target/papers --version} and {@code target/papers search "DPO hallucination"} on the
 * bundled catalog, beside {@code java -version} with the launcher's flags (the JVM's own floor) and a one-command
 * picocli jar ({@link Hello}, built here with papers' own picocli classes and given its own class-data archive,
 * run with the launcher's flags: {@code --version} and its one command), taking turns in one run; with
 * {@code --baseline-jar DIR/papers.jar}, the launcher beside that jar takes its turn too. With
 * {@code PAPERS_AOT_JAVA} naming a Java of 24 or newer, the same rows again on it: papers through the launcher
 * ({@code PAPERS_JAVA}), with the AOT cache the build made for that Java, against the picocli jar with its own
 * AOT cache.
 *
 * <p>Run: {@code PAPERS_AOT_JAVA=/path/to/java25 src/bench/run startup [--baseline GIT-REF]} (built with the same
 * variable, so that {@code target/papers-25.aot} exists).
 */
public final class StartupBench {
    /** The query of every search in the benchmark: papers on its bundled catalog, the Lucene floor on papers' index. */
    private static final String QUERY = "DPO hallucination";

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        Path baseline = args.length >= 2 && args[0].equals("--baseline-jar") ? Path.of(args[1]).toAbsolutePath().getParent() : null;
        Path work = Files.createTempDirectory("papers-startup");
        Path cwd = Files.createDirectories(work.resolve("elsewhere"));
        Map<String, String> env = Map.of("PAPERS_CACHE_DIR", work.resolve("cache").toString());
        Map<String, List<String>> commands = new LinkedHashMap<>();
        List<String> flags = List.of("-XX:+UseSerialGC", "-Xshare:auto", "-Xlog:disable", "-Xlog:all=error:stderr",
                "-XX:TieredStopAtLevel=1");
        commands.put("java -version (launcher's flags)", concat(List.of("java"), flags, List.of("-version")));
        List<String> hello = helloJar(work, flags);
        commands.put("picocli hello --version", concat(hello, List.of("--version")));
        commands.put("picocli hello", hello);
        for (Path dir : baseline == null ? List.of(Path.of("target")) : List.of(Path.of("target"), baseline)) {
            String launcher = dir.resolve("papers").toAbsolutePath().toString();
            String who = dir.equals(Path.of("target")) ? "papers" : "baseline";
            // each its own index: a baseline of another index format would rebuild the other's on every run
            String cache = "PAPERS_CACHE_DIR=" + work.resolve("cache-" + who);
            commands.put(who + " --version", List.of("env", cache, launcher, "--version"));
            commands.put(who + " search (bundled)", List.of("env", cache, launcher, "search", QUERY));
        }
        // the floor of any Lucene search: papers' own index of the bundled catalog, opened and searched by LuceneHello
        Path index = papersIndex(work.resolve("cache-papers"), cwd);
        List<String> lucene = floorJar(work, "lucene-hello", LuceneHello.class,
                List.of("picocli/", "org/apache/lucene/", "META-INF/services/org.apache.lucene."), flags,
                List.of(index.toString(), QUERY));
        commands.put("lucene hello (search, picocli)", concat(lucene, List.of(index.toString(), QUERY)));
        String newer = System.getenv("PAPERS_AOT_JAVA");
        if (newer != null && Files.isExecutable(Path.of(newer))) {
            List<String> newerFlags = List.of("-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=error:stderr", "-XX:TieredStopAtLevel=1");
            commands.put("newer: java -version", concat(List.of(newer), flags, List.of("-version")));
            List<String> helloAot = helloAot(work, newer, newerFlags);
            commands.put("newer: picocli hello --version", concat(helloAot, List.of("--version")));
            commands.put("newer: picocli hello", helloAot);
            String launcher = Path.of("target", "papers").toAbsolutePath().toString();
            try (var files = Files.list(Path.of("target"))) {
                if (files.noneMatch(f -> f.getFileName().toString().matches("papers-\\d+\\.aot"))) {
                    System.out.println("(no target/papers-N.aot: build with PAPERS_AOT_JAVA set for papers' AOT cache)");
                }
            }
            commands.put("newer: papers --version", List.of("env", "PAPERS_JAVA=" + newer, launcher, "--version"));
            commands.put("newer: papers search (bundled)", List.of("env", "PAPERS_JAVA=" + newer, launcher, "search", QUERY));
        }
        for (int i = 0; i < 3; i++) {
            for (List<String> c : commands.values()) {
                SearchBench.time(c, cwd, env);
            }
        }
        int runs = 21;
        Map<String, double[]> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new double[runs]));
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                times.get(c.getKey())[i] = SearchBench.time(c.getValue(), cwd, env);
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        times.forEach((k, v) -> {
            double[] s = v.clone();
            Arrays.sort(s);
            median.put(k, s[runs / 2]);
        });
        double floor = median.get("java -version (launcher's flags)");
        List<String> lines = new ArrayList<>();
        median.forEach((k, v) -> lines.add(String.format("%-34s median of %d: %4.0f ms, %.2f times java -version", k, runs, v, v / floor)));
        lines.forEach(System.out::println);
        System.out.printf("papers against the one-command picocli jar: --version %.2f times its --version, search %.2f times"
                + " its command%n", median.get("papers --version") / median.get("picocli hello --version"),
                median.get("papers search (bundled)") / median.get("picocli hello"));
        System.out.printf("the same search by Lucene alone (one picocli command that opens papers' index and searches it) %.2f times"
                + " the picocli jar; papers' search %.2f times that%n", median.get("lucene hello (search, picocli)")
                / median.get("picocli hello"), median.get("papers search (bundled)") / median.get("lucene hello (search, picocli)"));
        if (median.containsKey("newer: papers --version")) {
            System.out.printf("on %s: papers against the one-command picocli jar (each with its AOT cache): --version %.2f times"
                    + " its --version, search %.2f times its command; search against papers on Java %d: %.2f%n", newer,
                    median.get("newer: papers --version") / median.get("newer: picocli hello --version"),
                    median.get("newer: papers search (bundled)") / median.get("newer: picocli hello"), Runtime.version().feature(),
                    median.get("newer: papers search (bundled)") / median.get("papers search (bundled)"));
        }
        if (baseline != null) {
            System.out.printf("papers against the baseline: --version %.2f, search %.2f%n",
                    median.get("papers --version") / median.get("baseline --version"),
                    median.get("papers search (bundled)") / median.get("baseline search (bundled)"));
        }
    }

    /** The generation of the index papers keeps of the bundled catalog under {@code cache}, made by a search. */
    private static Path papersIndex(Path cache, Path cwd) throws Exception {
        String launcher = Path.of("target", "papers").toAbsolutePath().toString();
        Process p = new ProcessBuilder("env", "PAPERS_CACHE_DIR=" + cache, launcher, "search", QUERY)
                .directory(cwd.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        try (var homes = Files.list(cache.resolve("index"))) {
            Path home = homes.findFirst().orElseThrow(() -> new IllegalStateException("papers made no index under " + cache));
            return home.resolve(Files.readString(home.resolve("current")).strip());
        }
    }

    /**
     * Builds {@code hello.jar} (Hello and picocli's classes, taken from papers.jar) and its class-data archive from a
     * training run with {@code flags}; returns the command that runs it with the archive.
     */
    static List<String> helloJar(Path work, List<String> flags) throws Exception {
        return floorJar(work, "hello", Hello.class, List.of("picocli/"), flags, List.of("--version"));
    }

    /**
     * Builds {@code NAME.jar} ({@code main} and the classes and resources of papers.jar under {@code prefixes}) and its
     * class-data archive from a training run with {@code flags} and {@code training} as arguments; returns the command
     * that runs it with the archive.
     */
    static List<String> floorJar(Path work, String name, Class<?> main, List<String> prefixes, List<String> flags,
            List<String> training) throws Exception {
        Path jar = work.resolve(name + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                JarFile papers = new JarFile(Path.of("target", "papers.jar").toFile())) {
            for (JarEntry e : Collections.list(papers.entries())) {
                if (!e.isDirectory() && prefixes.stream().anyMatch(e.getName()::startsWith)) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    try (InputStream in = papers.getInputStream(e)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            String file = main.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(file));
            try (InputStream in = main.getClassLoader().getResourceAsStream(file)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        Path archive = work.resolve(name + ".jsa");
        Process run = new ProcessBuilder(concat(List.of("java", "-XX:ArchiveClassesAtExit=" + archive), flags,
                List.of("-jar", jar.toString()), training)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (run.waitFor() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run of " + name + ".jar made no archive");
        }
        return concat(List.of("java"), flags, List.of("-XX:SharedArchiveFile=" + archive, "-jar", jar.toString()));
    }

    /** As {@link #helloJar}, run on {@code java} (24 or newer) with an AOT cache of its own from a training run. */
    static List<String> helloAot(Path work, String java, List<String> flags) throws Exception {
        Path jar = work.resolve("hello.jar");
        Path conf = work.resolve("hello.aotconf");
        Path cache = work.resolve("hello.aot");
        for (List<String> step : List.of(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf),
                List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf, "-XX:AOTCache=" + cache))) {
            Process p = new ProcessBuilder(concat(List.of(java), step, flags, List.of("-jar", jar.toString(), "--version")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the AOT training of hello.jar failed: " + step);
            }
        }
        return concat(List.of(java), flags, List.of("-XX:AOTCache=" + cache, "-jar", jar.toString()));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.addAll(p);
        }
        return out;
    }
}
