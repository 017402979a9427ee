package papers.arxiv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import papers.catalog.ArxivId;

/** Fetched metadata kept on disk by versionless id, so a second add of a paper needs no network. */
public final class ArxivCache {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path dir;

    /** A cache under {@code cacheRoot}/arxiv; null means no cache. */
    public ArxivCache(Path cacheRoot) {
        this.dir = cacheRoot == null ? null : cacheRoot.resolve("arxiv");
    }

    private Path file(ArxivId id) {
        return dir.resolve(id.id().replace('/', '_') + ".json");
    }

    public Optional<ArxivPaper> get(ArxivId id) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Path f = file(id);
            return Files.isRegularFile(f) ? Optional.of(JSON.readValue(f.toFile(), ArxivPaper.class)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code paper}; a cache that cannot be written is skipped silently (the paper is fetched again next time). */
    public void put(ArxivPaper paper) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tmp-", ".json");
            Files.write(tmp, JSON.writeValueAsBytes(paper));
            Files.move(tmp, file(paper.id()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ignored) {
            // caching is an optimisation
        }
    }
}
