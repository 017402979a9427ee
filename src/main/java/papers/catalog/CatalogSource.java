package papers.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a catalog is, found but not yet read: its name, root, settings and files. Enough to tell
 * whether a search index of it is still fresh without parsing it.
 *
 * <p>{@code root} is null for the catalog bundled in the jar, which is read-only. {@code configFile}
 * is its {@code papers.yaml}, or null; the settings in it are read when first asked for.
 */
public final class CatalogSource {
    private final String name;
    private final Path root;
    private final boolean readOnly;
    private final File configFile;
    private final List<File> files;
    private Supplier<PapersConfig> config;
    private PapersConfig loaded;

    public CatalogSource(String name, Path root, boolean readOnly, File configFile, Supplier<PapersConfig> config,
            List<File> files) {
        this.name = Objects.requireNonNull(name, "name");
        this.root = root;
        this.readOnly = readOnly;
        this.configFile = configFile;
        this.config = Objects.requireNonNull(config, "config");
        this.files = List.copyOf(files);
    }

    /** One file: its path relative to the root, and where its bytes are (a path, or a class-path resource). */
    public record File(String path, Path file, String resource) {}

    public String name() {
        return name;
    }

    public Path root() {
        return root;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public List<File> files() {
        return files;
    }

    /** The {@code papers.yaml} of the catalog, or null when it has none. */
    public File configFile() {
        return configFile;
    }

    /** The catalog's settings, read from {@code papers.yaml} on first use. */
    public synchronized PapersConfig config() {
        if (loaded == null) {
            loaded = config.get();
            config = null;
        }
        return loaded;
    }

    /** A stable key for this catalog: its absolute root and files, or {@code bundled}. */
    public String identity() {
        return root == null ? "bundled" : root.toAbsolutePath().normalize().toString() + "|"
                + String.join("|", files.stream().map(File::path).toList());
    }
}
