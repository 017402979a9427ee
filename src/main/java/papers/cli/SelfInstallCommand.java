package papers.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code papers self-install}: copies the jar, the launchers and the completions under a prefix,
 * links {@code PREFIX/bin/papers}, and makes a class-data archive for the new place (an archive is
 * tied to its jar's path).
 */
@Command(name = "self-install",
        header = "Install papers under a prefix.",
        description = "Install papers under a prefix: PREFIX/share/papers (jar, launchers, completions) and PREFIX/bin/papers.",
        footer = {"", "Examples:", "  target/papers self-install                  # into ~/.local",
            "  target/papers self-install --prefix /usr/local"})
final class SelfInstallCommand implements Callable<Integer> {
    private final Context ctx;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--prefix", paramLabel = "DIR", description = "Where to install (default: ~/.local).")
    Path prefix;

    SelfInstallCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path jar;
        try {
            jar = Path.of(SelfInstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UserException(ExitCode.FAILURE, "cannot tell where papers.jar is");
        }
        Path from = jar.getParent();
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(from.resolve("papers"))) {
            throw new UserException(ExitCode.USAGE, "self-install runs from a built papers (target/papers), not from " + from);
        }
        Path root = (prefix != null ? ctx.workingDir().resolve(prefix)
                : Path.of(ctx.env().getOrDefault("HOME", System.getProperty("user.home")), ".local")).normalize();
        Path share = Files.createDirectories(root.resolve("share").resolve("papers"));
        Path bin = Files.createDirectories(root.resolve("bin"));
        for (String f : List.of("papers.jar", "papers", "papers.cmd")) {
            if (Files.exists(from.resolve(f))) {
                Files.copy(from.resolve(f), share.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        share.resolve("papers").toFile().setExecutable(true, false);
        Path completions = Files.createDirectories(share.resolve("completions"));
        if (Files.isDirectory(from.resolve("completions"))) {
            try (var s = Files.list(from.resolve("completions"))) {
                for (Path p : s.toList()) {
                    Files.copy(p, completions.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path link = bin.resolve("papers");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, share.resolve("papers"));
        boolean archived = archive(share);
        var out = spec.commandLine().getOut();
        out.println("installed " + link + " -> " + share.resolve("papers") + (archived ? Runtime.version().feature() >= 24
                ? " (with an AOT cache for Java " + Runtime.version().feature() + ")" : " (with a class-data archive)" : ""));
        out.println("completions: source " + completions.resolve("papers.bash") + " (bash) or papers.zsh (zsh)");
        String path = ctx.env().getOrDefault("PATH", "");
        if (!List.of(path.split(File.pathSeparator)).contains(bin.toString())) {
            out.println("add " + bin + " to PATH");
        }
        return ExitCode.OK.code();
    }

    /** The training command, and the flags the launcher runs papers with (the archive and cache check them). */
    private static final List<String> FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xlog:disable",
            "-Xlog:all=error:stderr");
    private static final List<String> TRAINING = List.of("search", "DPO hallucination");

    /**
     * A training run of the installed jar that writes, beside it, an AOT cache for this Java when it is 24 or newer
     * (papers-VERSION.aot), else a class-data archive (papers.jsa, and papers.jsa.java: which Java made it).
     */
    private boolean archive(Path share) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        int version = Runtime.version().feature();
        Path cache = Files.createTempDirectory("papers-install");
        String jar = share.resolve("papers.jar").toString();
        if (version >= 24) {
            Path aot = share.resolve("papers-" + version + ".aot");
            Path conf = cache.resolve("papers.aotconf");
            Files.deleteIfExists(aot);
            List<String> flags = new java.util.ArrayList<>(FLAGS);
            flags.add("--enable-native-access=ALL-UNNAMED");
            boolean recorded = train(cache, command(java, List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf), flags, jar, TRAINING));
            boolean created = recorded && train(cache, command(java, List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf,
                    "-XX:AOTCache=" + aot), flags, jar, List.of()));
            return created && Files.isRegularFile(aot);
        }
        Files.deleteIfExists(share.resolve("papers.jsa"));
        List<String> flags = new java.util.ArrayList<>(FLAGS);
        if (version >= 21) {
            flags.add("--enable-native-access=ALL-UNNAMED");
        }
        boolean done = train(cache, command(java, List.of("-XX:ArchiveClassesAtExit=" + share.resolve("papers.jsa")), flags, jar, TRAINING));
        // the launcher uses the archive only with the Java that made it
        Files.writeString(share.resolve("papers.jsa.java"), version + "");
        return done && Files.isRegularFile(share.resolve("papers.jsa"));
    }

    private static List<String> command(String java, List<String> archive, List<String> flags, String jar, List<String> args) {
        List<String> c = new java.util.ArrayList<>();
        c.add(java);
        c.addAll(archive);
        c.addAll(flags);
        c.add("-jar");
        c.add(jar);
        c.addAll(args);
        return c;
    }

    /** Runs {@code command} in {@code cache} (its own index there, never the user's catalog); true when it ended in time. */
    private static boolean train(Path cache, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cache.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PAPERS_CACHE_DIR", cache.toString());
        pb.environment().remove("PAPERS_CATALOG");
        Process p = pb.start();
        return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
