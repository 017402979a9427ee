package papers.catalog;

import java.util.Objects;

/** The text of one catalog file and its path relative to the catalog root. */
public record SourceFile(String path, String text) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
