package papers.catalog.edit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import papers.catalog.CatalogReader;

/**
 * Changes a catalog file safely: under an advisory lock (so two writers take turns and both land),
 * reading it afresh, applying the change, checking nobody else changed the file meanwhile, and
 * replacing it atomically. A temporary file a killed writer left behind is removed.
 */
public final class CatalogWriter {
    private final Path lockDir;
    private final Replacer replacer;

    /** How the new bytes replace the file: {@link AtomicFile#write}, or a failing one in tests. */
    @FunctionalInterface
    public interface Replacer {
        void replace(Path file, byte[] bytes) throws IOException;
    }

    /** Locks live in {@code lockDir} (a cache directory), or beside the file when it is null or unwritable. */
    public CatalogWriter(Path lockDir) {
        this(lockDir, AtomicFile::write);
    }

    public CatalogWriter(Path lockDir, Replacer replacer) {
        this.lockDir = lockDir;
        this.replacer = replacer;
    }

    /** Thrown when someone else changed the file between our read and our write: nothing was written. */
    public static final class ConcurrentChange extends IOException {
        private static final long serialVersionUID = 1L;

        ConcurrentChange(Path file) {
            super(file + " changed while papers was writing it; nothing was written, run the command again");
        }
    }

    /**
     * Applies {@code change} to the text of {@code file} (named {@code display} in messages) and writes
     * the result, returning the old and new text. A change that returns its input writes nothing.
     */
    public Result update(Path file, String display, UnaryOperator<String> change) throws IOException {
        return update(file, display, change, r -> {});
    }

    /** As {@link #update(Path, String, UnaryOperator)}, running {@code afterWrite} while still holding the lock. */
    public Result update(Path file, String display, UnaryOperator<String> change,
            java.util.function.Consumer<Result> afterWrite) throws IOException {
        // file locks are per process: threads of one process take turns on this first
        java.util.concurrent.locks.ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(
                file.toAbsolutePath().normalize().toString(), k -> new java.util.concurrent.locks.ReentrantLock());
        inProcess.lock();
        try {
            Result r = updateLocked(file, display, change);
            if (r.changed()) {
                afterWrite.accept(r);
            }
            return r;
        } finally {
            inProcess.unlock();
        }
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.locks.ReentrantLock> IN_PROCESS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Result updateLocked(Path file, String display, UnaryOperator<String> change) throws IOException {
        try (FileChannel lockChannel = FileChannel.open(lockFile(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockChannel.lock()) {
            removeStaleTemps(file);
            byte[] before = Files.readAllBytes(file);
            String old = CatalogReader.decode(before, display).text();
            String updated = change.apply(old);
            if (updated.equals(old)) {
                return new Result(old, old);
            }
            byte[] now = Files.readAllBytes(file);
            if (!Arrays.equals(before, now)) {
                throw new ConcurrentChange(file);
            }
            replacer.replace(file, updated.getBytes(StandardCharsets.UTF_8));
            return new Result(old, updated);
        }
    }

    /** The text before and after a change. */
    public record Result(String before, String after) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    private Path lockFile(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (lockDir != null) {
            try {
                Path dir = Files.createDirectories(lockDir.resolve("locks"));
                java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
                crc.update(abs.toString().getBytes(StandardCharsets.UTF_8));
                return dir.resolve(Long.toHexString(crc.getValue()) + "-" + abs.getFileName() + ".lock");
            } catch (IOException e) {
                // fall back to a lock beside the file
            }
        }
        return abs.resolveSibling("." + abs.getFileName() + ".papers-lock");
    }

    /** Removes temporary files of {@code file} that a killed writer left (we hold the lock: none is in use). */
    static void removeStaleTemps(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, AtomicFile.TEMP_PREFIX + file.getFileName() + "-*.tmp")) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // an unreadable directory fails the write itself, with a better message
        }
    }
}
