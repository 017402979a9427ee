package papers.lint.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * URLs that answered well, with when and where a permanent redirect sent them: such an outcome (ok, or moved)
 * is trusted for a while (a day by default); failures never are.
 */
public final class LinkCache {
    private final Path file;
    private final Duration ttl;
    private final Properties ok = new Properties();

    /** A cache in {@code dir} (null: none). */
    public LinkCache(Path dir, Duration ttl) {
        this.file = dir == null ? null : dir.resolve("links").resolve("ok.properties");
        this.ttl = ttl;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                ok.load(in);
            } catch (IOException | IllegalArgumentException ignored) {
                // a damaged cache is an empty one
            }
        }
    }

    /** The outcome cached for {@code url} when it is fresh: {@link LinkStatus#CACHED}, with where it moved (or null). */
    public Optional<LinkResult> cached(String url, long now) {
        String value = ok.getProperty(url);
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(" ", 2);
        try {
            if (now - Long.parseLong(parts[0]) >= ttl.toMillis()) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new LinkResult(url, LinkStatus.CACHED, 0, "cached", parts.length > 1 ? parts[1] : null));
    }

    /** Remembers the successes of {@code results} and writes the cache. */
    public void save(Map<String, LinkResult> results, long now) {
        if (file == null) {
            return;
        }
        results.forEach((url, r) -> {
            if (r.status() == LinkStatus.OK) {
                ok.setProperty(url, now + (r.movedTo() == null ? "" : " " + r.movedTo()));
            }
        });
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".ok-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ok.store(out, "papers lint --online: links that answered, and when (ms)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // the cache is an optimisation
        }
    }
}
