package papers.curate;

import java.nio.file.Path;
import java.util.Objects;
import papers.catalog.Catalog;
import papers.catalog.CatalogSource;

/**
 * What an edit of existing entries works on: the catalog (its source, and read whole), where its search
 * index is stored, whether read-only files may be written, and whether to write at all.
 */
public record EditScope(CatalogSource source, Catalog catalog, Path cacheDir, boolean force, boolean dryRun) {
    public EditScope {
        Objects.requireNonNull(source);
        Objects.requireNonNull(catalog);
        Objects.requireNonNull(cacheDir);
    }
}
