package papers.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The index's home on disk: one directory per build ({@code g-TIME-PID}), a {@code current} file naming the one
 * in use, replaced atomically, and the meta file of each; old builds are deleted once no reader can want them.
 */
final class Generations {
    static final String META = "meta.properties";

    private Generations() {}

    /**
     * A directory to search: plain file reads rather than memory maps, which cost more to set up than
     * a catalog-sized index takes to read.
     */
    static Directory openForReading(Path generation) throws IOException {
        return new NIOFSDirectory(generation);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes generations other than {@code keep} that are over a minute old (a reader may still be opening one). */
    static void removeOldGenerations(Path home, Path keep) {
        long cutoff = System.currentTimeMillis() - 60_000;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(home, "g-*")) {
            for (Path g : s) {
                if (!g.equals(keep) && Files.getLastModifiedTime(g).toMillis() < cutoff) {
                    deleteTree(g);
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // another process may be cleaning too; what is left is cleaned next time
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The first of {@code current} and the files of {@code generation} (the one it names, or null) that is there
     * and not a regular file (a FIFO or a device would hang whatever opens it), as a path to tell; null when there
     * is none.
     */
    static Path irregular(Path home, Path generation) {
        Path pointer = home.resolve("current");
        if (generation == null) {
            return Files.exists(pointer, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(pointer) ? pointer : null;
        }
        try (var files = Files.list(generation)) {
            return files.filter(f -> !Files.isRegularFile(f)).findFirst().orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    static Path current(Path home) {
        if (!Files.isRegularFile(home.resolve("current"))) {
            return null;
        }
        try {
            String name = Files.readString(home.resolve("current"), StandardCharsets.UTF_8).strip();
            if (!name.matches("g-[0-9]+-[0-9]+")) {
                return null;
            }
            Path g = home.resolve(name);
            return Files.isDirectory(g) ? g : null;
        } catch (IOException e) {
            return null;
        }
    }

    static IndexMeta readMeta(Path generation) {
        try {
            return IndexMeta.read(generation.resolve(META));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void writeMetaQuietly(Path generation, IndexMeta meta) {
        try {
            Path tmp = generation.resolve(META + ".tmp-" + ProcessHandle.current().pid());
            Files.write(tmp, meta.bytes());
            move(tmp, generation.resolve(META));
        } catch (IOException ignored) {
            // the index is still right; the content hash is simply computed again next time
        }
    }
}
