package papers.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import papers.catalog.Catalog;
import papers.catalog.CatalogLocator;

/** What a command may touch of the outside world: its output streams, environment and working directory. */
public record Context(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir) {
    public Context {
        env = Map.copyOf(env);
    }

    Catalog loadCatalog(String option) {
        return new CatalogLocator(env, workingDir).load(option);
    }
}
