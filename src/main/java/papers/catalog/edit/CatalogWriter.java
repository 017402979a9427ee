package papers.catalog.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import papers.catalog.CatalogReader;
import papers.catalog.Window;

/**
 * Changes a catalog file safely. Writers of one file exclude each other whatever path or cache directory
 * they use: the lock is taken on the file itself (its real path, through symbolic links) and held from the
 * read to the rename; just before the rename the file is checked again, and a change by anyone else (an
 * editor, a writer that does not lock) refuses the write with {@link ConcurrentChange}. The new text goes to
 * the link's target, with the file's mode, owner and extended attributes; a file with other hard links is
 * rewritten in place so that every link sees it. A read-only file is refused unless forced.
 *
 * <pre>{@code
 * new CatalogWriter(false).update(Path.of("README.md"), "README.md", text -> text + "- [A](https://a.org)\n");
 * }</pre>
 */
public final class CatalogWriter {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final boolean force;
    private final Path root;
    private final Replacer replacer;

    /** How the new bytes replace the file: {@link AtomicFile#write}, or a failing one in tests. */
    @FunctionalInterface
    public interface Replacer {
        /** Writes {@code bytes} over {@code file}, calling {@code beforeRename} at the last moment before the switch. */
        void replace(Path file, byte[] bytes, AtomicFile.Check beforeRename) throws IOException;
    }

    /** A writer that refuses read-only files unless {@code force}. */
    public CatalogWriter(boolean force) {
        this(force, null, AtomicFile::write);
    }

    /**
     * A writer that refuses read-only files unless {@code force}, and any file outside {@code root} (a catalog's
     * folder, symbolic links followed; null: anywhere), whatever papers.yaml's {@code files:} say.
     */
    public CatalogWriter(boolean force, Path root) {
        this(force, root, AtomicFile::write);
    }

    public CatalogWriter(boolean force, Replacer replacer) {
        this(force, null, replacer);
    }

    private CatalogWriter(boolean force, Path root, Replacer replacer) {
        this.force = force;
        this.root = root;
        this.replacer = Objects.requireNonNull(replacer);
    }

    /**
     * Thrown when the new text could not be written (a full disk, a read-only folder): the message names the
     * user's file, never the temporary file the failure was about, and says the file is as it was.
     */
    public static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailed(String display, IOException cause) {
            super("cannot write " + display + " (" + reason(cause) + "); the file is as it was", cause);
        }

        private static String reason(IOException e) {
            String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
            return why == null || why.isBlank() ? e.getClass().getSimpleName() : why;
        }
    }

    /** Thrown for a file outside the catalog's folder: nothing was written. */
    public static final class OutsideCatalog extends IOException {
        private static final long serialVersionUID = 1L;

        OutsideCatalog(String display, Path root) {
            super(display + " is outside the catalog's folder " + root + "; papers writes only inside it, and nothing was written");
        }
    }

    /** Thrown when someone else changed the file between our read and our write: nothing was written. */
    public static final class ConcurrentChange extends IOException {
        private static final long serialVersionUID = 1L;

        ConcurrentChange(String display) {
            super(display + " changed while papers was writing it; nothing was written, run the command again");
        }
    }

    /** Thrown for a file its permissions do not let the user write, unless forced: nothing was written. */
    public static final class ReadOnlyFile extends IOException {
        private static final long serialVersionUID = 1L;

        ReadOnlyFile(String display, String why) {
            super(display + " is read-only (" + why + "); nothing was written: pass --force to write it anyway");
        }
    }

    /**
     * Applies {@code change} to the text of {@code file} (named {@code display} in messages) and writes
     * the result, returning the old and new text. A change that returns its input writes nothing.
     */
    public Edit update(Path file, String display, UnaryOperator<String> change) throws IOException {
        return apply(file, display, text -> Edit.text(display, text, change.apply(text)), r -> {});
    }

    /**
     * Works out an edit from the text of {@code file} under its lock and writes it, running {@code afterWrite}
     * (the index taking the edit in) while still holding the lock; returns the edit. One whose text is
     * unchanged writes nothing.
     */
    public Edit apply(Path file, String display, Function<String, Edit> change, Consumer<Edit> afterWrite)
            throws IOException {
        return apply(file, display, change, e -> e, afterWrite);
    }

    /**
     * As {@link #apply(Path, String, Function, Consumer)} for a change that works out more than its edit
     * (where an entry went, say): {@code change} gives a {@code T} and {@code edit} its edit.
     */
    public <T> T apply(Path file, String display, Function<String, T> change, Function<T, Edit> edit, Consumer<T> afterWrite)
            throws IOException {
        return apply(file, display, null, change, edit, afterWrite);
    }

    /**
     * The file's bytes as read before the lock was taken, and their text (null: not decoded): when the file is
     * still these bytes under the lock, the write takes this text instead of decoding it again; and, when not null,
     * a window on them, which the change is worked out on first (and on the whole text only when it reached
     * outside it).
     */
    public record Read(byte[] bytes, String text, Window window) {
        public Read(byte[] bytes, String text) {
            this(bytes, text, null);
        }
    }

    /** As {@link #apply(Path, String, Function, Function, Consumer)}, for a file {@code read} before (null: not read). */
    public <T> T apply(Path file, String display, Read read, Function<String, T> change, Function<T, Edit> edit,
            Consumer<T> afterWrite) throws IOException {
        Path real = file.toRealPath();
        if (root != null && !real.startsWith(root.toRealPath())) {
            throw new OutsideCatalog(display, root);
        }
        // a file lock is the process's: threads of one process take turns on this first
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(real, k -> new ReentrantLock());
        inProcess.lock();
        try {
            T r = applyLocked(real, display, read, change, edit);
            if (edit.apply(r).changed()) {
                afterWrite.accept(r);
            }
            return r;
        } finally {
            inProcess.unlock();
        }
    }

    private <T> T applyLocked(Path real, String display, Read read, Function<String, T> change, Function<T, Edit> asEdit)
            throws IOException {
        PosixFileAttributes attrs = posix(real);
        String why = readOnlyReason(real, attrs);
        if (why != null && !force) {
            throw new ReadOnlyFile(display, why);
        }
        try (Locked locked = Locked.acquire(real)) {
            removeStaleTemps(real);
            byte[] before = locked.readAll();
            boolean asRead = read != null && Arrays.equals(before, read.bytes());
            T result = null;
            byte[] bytes = null;
            if (asRead && read.window() != null) {
                String shown = read.window().text();
                result = change.apply(shown);
                String updated = asEdit.apply(result).after();
                if (updated.equals(shown)) {
                    return result;
                }
                Window.Spliced spliced = read.window().splice(updated);
                bytes = spliced == null ? null : spliced.bytes();
            }
            if (bytes == null) {
                String old = asRead && read.text() != null ? read.text() : CatalogReader.decode(before, display).text();
                result = change.apply(old);
                String updated = asEdit.apply(result).after();
                if (updated.equals(old)) {
                    return result;
                }
                bytes = updated.getBytes(StandardCharsets.UTF_8);
            }
            AtomicFile.Check unchanged = () -> {
                if (!locked.isStill(before)) {
                    throw new ConcurrentChange(display);
                }
            };
            if (locked.inPlace || linkCount(real) > 1 || !ownerKeepable(real, attrs)) {
                // a rename would break the other hard links (or give the file to us): write it where it is
                unchanged.run();
                locked.overwrite(bytes);
            } else {
                try {
                    replacer.replace(real, bytes, unchanged);
                } catch (ConcurrentChange e) {
                    throw e;
                } catch (IOException e) {
                    throw new WriteFailed(display, e);
                }
            }
            return result;
        }
    }

    /**
     * The lock on one file: a lock file beside it, named after it, so that every writer agrees on the lock
     * whatever its cache directory or path. The lock file is removed on release, so that none is left in the
     * user's folder: a writer that waited on a lock file since removed finds that the name no longer leads to
     * the file it locked (its token is not there) and takes the lock again. The catalog file itself is never
     * locked, since closing any other descriptor of it in this process would drop a POSIX lock. Where no lock
     * file can be made (a folder we may not write), the file itself is locked and rewritten in place.
     */
    private static final class Locked implements AutoCloseable {
        final Path file;
        final Path lockFile;
        final boolean inPlace;
        private final FileChannel channel;
        private final FileLock lock;
        private final FileChannel check;
        private Object key;

        private Locked(Path file, Path lockFile, FileChannel channel, FileLock lock, FileChannel check) {
            this.file = file;
            this.lockFile = lockFile;
            this.inPlace = lockFile == null;
            this.channel = channel;
            this.lock = lock;
            this.check = check;
        }

        static Locked acquire(Path file) throws IOException {
            Path lockFile = file.resolveSibling("." + file.getFileName() + ".papers-lock");
            byte[] token = (ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            while (true) {
                FileChannel ch;
                try {
                    ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                } catch (AccessDeniedException | ReadOnlyFileSystemException e) {
                    return onTheFile(file);
                }
                FileChannel seen = null;
                try {
                    FileLock lock = ch.lock();
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap(token), 0);
                    try {
                        seen = FileChannel.open(lockFile, StandardOpenOption.READ);
                    } catch (NoSuchFileException e) {
                        // the holder before us removed it: take a new one
                    }
                    if (seen != null && Arrays.equals(token, read(seen))) {
                        return new Locked(file, lockFile, ch, lock, seen);
                    }
                    lock.release();
                } catch (IOException | RuntimeException e) {
                    ch.close();
                    if (seen != null) {
                        seen.close();
                    }
                    throw e;
                }
                ch.close();
                if (seen != null) {
                    seen.close();
                }
            }
        }

        private static Locked onTheFile(Path file) throws IOException {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                return new Locked(file, null, ch, ch.lock(), null);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        }

        /** The file's bytes now (through the locked channel when the file itself is locked). */
        byte[] readAll() throws IOException {
            if (key == null) {
                key = fileKey(file);
            }
            return bytes();
        }

        /** Whether the path still names the file we read, holding {@code before}. */
        boolean isStill(byte[] before) throws IOException {
            return Objects.equals(key, fileKey(file)) && Arrays.equals(before, bytes());
        }

        private byte[] bytes() throws IOException {
            return inPlace ? read(channel) : Files.readAllBytes(file);
        }

        /** Writes {@code bytes} into the file where it is, keeping its inode (and so its other links). */
        void overwrite(byte[] bytes) throws IOException {
            if (inPlace) {
                overwrite(channel, bytes);
                return;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                overwrite(ch, bytes);
            }
        }

        private static void overwrite(FileChannel ch, byte[] bytes) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            long pos = 0;
            while (buf.hasRemaining()) {
                pos += ch.write(buf, pos);
            }
            ch.truncate(bytes.length);
            ch.force(true);
        }

        private static byte[] read(FileChannel ch) throws IOException {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("file too large to edit");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            long pos = 0;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos);
                if (n < 0) {
                    break;
                }
                pos += n;
            }
            return Arrays.copyOf(buf.array(), buf.position());
        }

        @Override
        public void close() throws IOException {
            try {
                if (lockFile != null) {
                    Files.deleteIfExists(lockFile);
                }
            } finally {
                lock.release();
                channel.close();
                if (check != null) {
                    check.close();
                }
            }
        }
    }

    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            // renamed away this instant: the next look finds the new file
            return "gone";
        }
    }

    private static PosixFileAttributes posix(Path file) throws IOException {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Why the file's permissions do not let this user write it, or null when they do. The bits are read as
     * for an ordinary user, so that root too is told of a file its owner marked read-only or another user owns.
     */
    static String readOnlyReason(Path file, PosixFileAttributes attrs) {
        if (!Files.isWritable(file)) {
            return "no write permission";
        }
        if (attrs == null) {
            return null;
        }
        String mode = PosixFilePermissions.toString(attrs.permissions());
        boolean mine = attrs.owner().getName().equals(System.getProperty("user.name"));
        if (mine && !attrs.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            return "mode " + mode;
        }
        if (!mine && !attrs.permissions().contains(PosixFilePermission.GROUP_WRITE)
                && !attrs.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            return "owned by " + attrs.owner().getName() + ", mode " + mode;
        }
        return null;
    }

    private static int linkCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** Whether a file we create here can be given the old file's owner and group (we own it, or we are root). */
    private static boolean ownerKeepable(Path file, PosixFileAttributes attrs) {
        if (attrs == null) {
            return true;
        }
        String me = System.getProperty("user.name");
        return attrs.owner().getName().equals(me) || "root".equals(me);
    }

    /** Removes temporary files of {@code file} that a killed writer left (we hold the lock: none is in use). */
    static void removeStaleTemps(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = AtomicFile.TEMP_PREFIX + file.getFileName() + "-";
        // listed and compared as text: a file name is data, never a pattern
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp") && AtomicFile.isTempName(name.substring(prefix.length()))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // an unreadable directory fails the write itself, with a better message
        }
    }
}
