package papers.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a catalog is, found but not yet read: its name, root, settings and files. Enough to tell
 * whether a search index of it is still fresh without parsing it.
 *
 * <p>{@code root} is null for the catalog bundled in the jar, which is read-only.
 */
public record CatalogSource(String name, Path root, boolean readOnly, PapersConfig config, List<File> files) {
    public CatalogSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        files = List.copyOf(files);
    }

    /** One file: its path relative to the root, and where its bytes are (a path, or a class-path resource). */
    public record File(String path, Path file, String resource) {}

    /** A stable key for this catalog: its absolute root, or {@code bundled}. */
    public String identity() {
        return root == null ? "bundled" : root.toAbsolutePath().normalize().toString() + "|"
                + String.join("|", files.stream().map(File::path).toList());
    }
}
