package papers.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import papers.catalog.Catalog;
import papers.catalog.config.CatalogLocator;

/** What a command may touch of the outside world: its streams, environment and working directory. */
public record Context(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir, boolean tty, int width,
        InputStream in) {
    public Context {
        env = Map.copyOf(env);
        out = Terminal.guarded(out);
        err = Terminal.guarded(err);
    }

    /** A context whose standard input is empty. */
    public Context(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir, boolean tty, int width) {
        this(out, err, env, workingDir, tty, width, InputStream.nullInputStream());
    }

    /** A context that is not a terminal: no colour, no wrapping. */
    public Context(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir) {
        this(out, err, env, workingDir, false, 0);
    }

    /**
     * Where the search index and other caches live: {@code $PAPERS_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/papers}, else {@code ~/.cache/papers}.
     */
    Path cacheDir() {
        String explicit = env.get("PAPERS_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return workingDir.resolve(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return workingDir.resolve(xdg).resolve("papers");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".cache", "papers");
    }

    CatalogLocator locator() {
        return new CatalogLocator(env, workingDir);
    }

    Catalog loadCatalog(String option) {
        return new CatalogLocator(env, workingDir).load(option);
    }
}
