package papers.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import papers.index.CatalogIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers index}: brings the search index up to date, or rebuilds it. */
@Command(name = "index",
        header = "Build or refresh the search index.",
        description = "Bring the catalog's search index up to date (every search does this too), or rebuild it.",
        footer = {"", "Examples:", "  papers index", "  papers index --rebuild", "",
            "The index lives under $PAPERS_CACHE_DIR (default $XDG_CACHE_HOME/papers, else ~/.cache/papers)."})
final class IndexCommand extends CatalogCommand implements Callable<Integer> {
    @Option(names = "--rebuild", description = "Rebuild the index even if it is up to date.")
    boolean rebuild;

    IndexCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (CatalogIndex index = index(rebuild)) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            int[] refreshed = index.refreshedSections().filter(r -> r[0] > 0).orElse(null);
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("entries", index.size());
                m.put("built", index.built());
                m.put("sectionsRead", refreshed == null ? 0 : refreshed[0]);
                m.put("ms", index.built() || refreshed != null ? ms : 0);
                Json.print(out(), m);
                return ExitCode.OK.code();
            }
            if (refreshed != null) {
                out().printf("index refreshed: %d of %d sections read again, %d entries, in %d ms%n", refreshed[0], refreshed[1],
                        index.size(), ms);
            } else {
                out().println((index.built() ? "indexed " : "index is up to date: ") + index.size() + " entries"
                        + (index.built() ? " in " + ms + " ms" : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCode.OK.code();
    }
}
