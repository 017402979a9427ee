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

    /**
     * What every command that reads the catalog says about it, per file: what the parser warned of (an unclosed
     * comment, a line too long to read whole), its paper links mostly lying outside its entries ({@link Unread}),
     * entries with fields longer than the index keeps ({@link Overlong}).
     */
    public List<String> readWarnings() {
        List<String> all = new ArrayList<>();
        files.forEach(f -> {
            all.addAll(f.warnings());
            Unread.warning(f).ifPresent(all::add);
            Overlong.warning(f).ifPresent(all::add);
        });
        return all;
    }
}
