package papers.catalog.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import papers.catalog.Catalog;
import papers.catalog.CatalogException;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.PapersConfig;
import papers.catalog.ParsedFile;
import papers.catalog.Sections;

/**
 * Finds and loads the catalog a command works on.
 *
 * <p>In order: {@code --catalog PATH}; {@code $PAPERS_CATALOG}; the nearest {@code papers.yaml} (or
 * {@code data/papers.yaml}) from the working directory upward; the top-level {@code README.md} of the
 * enclosing git repository when it holds entries; the Markdown files of the working directory when they
 * hold entries; else the catalog bundled in the jar (read-only, a demo).
 *
 * <pre>{@code
 * Catalog catalog = new CatalogLocator(System.getenv(), Path.of("")).load(null);
 * }</pre>
 */
public final class CatalogLocator {
    /** Where the bundled catalog lives on the class path. */
    public static final String BUNDLED = "papers/catalog/";
    public static final String CONFIG = "papers.yaml";
    /** The list of the bundled catalog's Markdown files, written by the build. */
    static final String FILE_LIST = "files.list";

    private final Map<String, String> env;
    private final Path workingDir;
    private CatalogParser parser;

    public CatalogLocator(Map<String, String> env, Path workingDir) {
        this.env = Map.copyOf(env);
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** Loads the catalog named by {@code option} (the {@code --catalog} value, or null). */
    public Catalog load(String option) {
        return load(locate(option));
    }

    /** Finds the catalog named by {@code option} without parsing it (but a git README, to see if it holds entries). */
    public CatalogSource locate(String option) {
        if (option != null && !option.isBlank()) {
            return locatePath(resolve(option), "--catalog " + option);
        }
        String fromEnv = env.get("PAPERS_CATALOG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return locatePath(resolve(fromEnv), "$PAPERS_CATALOG");
        }
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(CONFIG))) {
                return locateConfigDir(dir);
            }
            if (Files.isRegularFile(dir.resolve("data").resolve(CONFIG))) {
                return locateConfigDir(dir.resolve("data"));
            }
            if (Files.exists(dir.resolve(".git"))) {
                Path readme = dir.resolve("README.md");
                if (Files.isRegularFile(readme)) {
                    CatalogSource source = locateFile(readme);
                    if (!load(source).entries().isEmpty()) {
                        return source;
                    }
                }
                break;
            }
        }
        return markdownHere().orElseGet(this::locateBundled);
    }

    /** The working directory as a catalog: its Markdown files, when one of them holds entries. */
    private Optional<CatalogSource> markdownHere() {
        try (Stream<Path> s = Files.list(workingDir)) {
            if (s.noneMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md") && Files.isRegularFile(f))) {
                return Optional.empty();
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        CatalogSource here = locateMarkdownDir(workingDir, null, PapersConfig.defaults());
        // one file with entries is enough: the rest are read by the command itself
        for (CatalogSource.File f : here.files()) {
            if (!parser().parse(CatalogReader.read(f.file(), f.path())).entries().isEmpty()) {
                return Optional.of(here);
            }
        }
        return Optional.empty();
    }

    private CatalogParser parser() {
        if (parser == null) {
            parser = new CatalogParser();
        }
        return parser;
    }

    /** Reads and parses every file of {@code source}. */
    public Catalog load(CatalogSource source) {
        return load(source, (path, bytes) -> parser().parse(CatalogReader.decode(bytes, path)));
    }

    /**
     * Reads every file of {@code source}, parsing only the sections {@code chooser} picks in each (see
     * {@link Sections#parseSome}): every heading is there, and the entries of those sections.
     */
    public Catalog load(CatalogSource source, Sections.Chooser chooser) {
        return load(source, (path, bytes) -> Sections.parseSome(parser(), path, bytes, chooser));
    }

    private Catalog load(CatalogSource source, BiFunction<String, byte[], ParsedFile> parse) {
        List<ParsedFile> files = new ArrayList<>();
        for (CatalogSource.File f : source.files()) {
            byte[] bytes = f.file() != null ? CatalogReader.bytes(f.file(), f.path()) : resource(f.resource());
            files.add(parse.apply(f.path(), bytes));
        }
        return new Catalog(source.name(), source.root(), source.readOnly(), source.config(), files);
    }

    private Path resolve(String path) {
        String p = path.startsWith("~/") ? env.getOrDefault("HOME", System.getProperty("user.home")) + path.substring(1) : path;
        return workingDir.resolve(p).normalize();
    }

    private CatalogSource locatePath(Path path, String origin) {
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve(CONFIG)) ? locateConfigDir(path) : locateMarkdownDir(path, null, PapersConfig.defaults());
        }
        if (Files.isRegularFile(path)) {
            if (path.getFileName().toString().equals(CONFIG)) {
                return locateConfigDir(path.getParent());
            }
            return locateFile(path);
        }
        if (Files.exists(path)) {
            // a FIFO, a socket or a device: reading it could wait for ever
            throw new CatalogException(path.toString(), 0, "not a regular file (from " + origin + ")");
        }
        throw new CatalogException(path.toString(), 0, "no such file or directory (from " + origin + ")");
    }

    private CatalogSource locateFile(Path file) {
        String name = file.getFileName().toString();
        return new CatalogSource(display(file), file.getParent(), false, null, PapersConfig::defaults,
                List.of(new CatalogSource.File(name, file, null)));
    }

    private CatalogSource locateMarkdownDir(Path dir, CatalogSource.File configFile, PapersConfig config) {
        List<CatalogSource.File> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                files.add(new CatalogSource.File(p.getFileName().toString(), p, null));
            }
        } catch (IOException e) {
            throw new CatalogException(dir.toString(), 0, "cannot list the directory: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CatalogException(display(dir), 0, "no Markdown files in this directory");
        }
        return new CatalogSource(display(dir), dir, false, configFile, () -> config, files);
    }

    /** Every {@code .md} file directly in {@code dir}, whatever its {@code papers.yaml} says. */
    public Catalog loadMarkdownDir(Path dir) {
        return load(locateMarkdownDir(dir, null, PapersConfig.defaults()));
    }

    private CatalogSource locateConfigDir(Path dir) {
        Path configFile = dir.resolve(CONFIG);
        String shown = display(configFile);
        String yaml;
        try {
            long size = Files.size(configFile);
            if (size > ConfigLoader.MAX_BYTES) {
                throw new CatalogException(shown, 0, String.format(Locale.ROOT, "%,d bytes; a papers.yaml is at most %,d",
                        size, ConfigLoader.MAX_BYTES));
            }
            yaml = Files.readString(configFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException(shown, 0, "cannot read: " + e.getMessage(), e);
        }
        PapersConfig config = ConfigLoader.parse(yaml, shown);
        CatalogSource.File self = new CatalogSource.File(CONFIG, configFile, null);
        if (config.files().isEmpty()) {
            return locateMarkdownDir(dir, self, config);
        }
        List<CatalogSource.File> files = new ArrayList<>();
        for (String name : config.files()) {
            Path p = dir.resolve(name).normalize();
            int line = ConfigLoader.lineOf(yaml, "files");
            if (!Files.isRegularFile(p)) {
                throw new CatalogException(shown, line, "files: '" + name + "' does not exist");
            }
            if (!config.readsFilesOutside() && !inside(dir, p)) {
                throw new CatalogException(shown, line, "files: '" + name + "' is outside the catalog's folder; "
                        + "papers reads it only with files-outside: true in papers.yaml");
            }
            files.add(new CatalogSource.File(dir.relativize(p).toString(), p, null));
        }
        return new CatalogSource(display(dir), dir, false, self, () -> config, files);
    }

    /** True when {@code file}, symbolic links followed, lies in {@code dir}, also followed. */
    private static boolean inside(Path dir, Path file) {
        try {
            return file.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The catalog bundled in the jar: a read-only copy of the project's own {@code data/}. */
    public CatalogSource locateBundled() {
        // files.list is written by the build from data/*.md, so that finding the bundled catalog
        // needs no YAML parser; papers.yaml is read only when a setting is needed
        List<CatalogSource.File> files = new String(resource(FILE_LIST), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty())
                .map(name -> new CatalogSource.File(name, null, name)).toList();
        return new CatalogSource("(bundled catalog)", null, true, new CatalogSource.File(CONFIG, null, CONFIG),
                () -> ConfigLoader.parse(new String(resource(CONFIG), StandardCharsets.UTF_8), "(bundled) " + CONFIG),
                files);
    }

    /** The bytes of a file of the bundled catalog. */
    public static byte[] resource(String name) {
        try (InputStream in = CatalogLocator.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new CatalogException("(bundled) " + name, 0, "missing from the jar; rebuild papers");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.startsWith(workingDir) && !abs.equals(workingDir)) {
            return workingDir.relativize(abs).toString();
        }
        return abs.toString();
    }
}
