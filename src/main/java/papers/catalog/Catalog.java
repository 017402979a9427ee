package papers.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A loaded catalog: where it came from, its settings, and every file with its entries.
 *
 * <p>{@code root} is the directory file paths are relative to; it is null for the catalog bundled in
 * the jar, which is read-only.
 */
public record Catalog(String name, Path root, boolean readOnly, PapersConfig config, List<ParsedFile> files) {
    public Catalog {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        files = List.copyOf(files);
    }

    /** Every entry of every file, in file then document order. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.entries()));
        return all;
    }

    /** For each file whose paper links mostly lie outside its entries, the warning that says so (see {@link Unread}). */
    public List<String> unreadWarnings() {
        List<String> all = new ArrayList<>();
        files.forEach(f -> Unread.warning(f).ifPresent(all::add));
        return all;
    }

    /** Warnings from every file. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.warnings()));
        return all;
    }
}
