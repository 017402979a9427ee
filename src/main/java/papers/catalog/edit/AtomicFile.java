package papers.catalog.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserDefinedFileAttributeView;

/**
 * Replaces a file atomically: the new bytes go to a temporary file beside it, are forced to disk, take the
 * old file's mode, owner, group and extended attributes, and the temporary file is renamed over the old one.
 * A reader sees the old file or the new one, never a mix.
 */
public final class AtomicFile {
    /** Temporary files start with this, so that a later write can clear those a killed process left. */
    public static final String TEMP_PREFIX = ".papers-tmp-";

    private AtomicFile() {}

    /** A last look before the rename; throwing stops the write with nothing changed. */
    @FunctionalInterface
    public interface Check {
        void run() throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, () -> {});
    }

    /** Writes {@code bytes} over {@code target}, running {@code beforeRename} when all but the rename is done. */
    public static void write(Path target, byte[] bytes, Check beforeRename) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX + target.getFileName() + "-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (Files.exists(target)) {
                copyAttributes(target, tmp);
            }
            beforeRename.run();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whether {@code rest} is what {@link Files#createTempFile} put after our prefix: digits, then ".tmp". */
    static boolean isTempName(String rest) {
        if (!rest.endsWith(".tmp") || rest.length() == 4) {
            return false;
        }
        for (int i = 0; i < rest.length() - 4; i++) {
            if (!Character.isDigit(rest.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void copyAttributes(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view != null) {
            PosixFileAttributes a = Files.readAttributes(from, PosixFileAttributes.class);
            view.setPermissions(a.permissions());
            PosixFileAttributes now = view.readAttributes();
            if (!now.owner().equals(a.owner())) {
                view.setOwner(a.owner());
            }
            if (!now.group().equals(a.group())) {
                try {
                    view.setGroup(a.group());
                } catch (IOException e) {
                    // a group we are not in: the file takes ours, as an editor's save would
                }
            }
        }
        UserDefinedFileAttributeView xattrs = Files.getFileAttributeView(from, UserDefinedFileAttributeView.class);
        UserDefinedFileAttributeView target = Files.getFileAttributeView(to, UserDefinedFileAttributeView.class);
        if (xattrs == null || target == null) {
            return;
        }
        try {
            for (String name : xattrs.list()) {
                ByteBuffer value = ByteBuffer.allocate(xattrs.size(name));
                xattrs.read(name, value);
                value.flip();
                target.write(name, value);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without user attributes has none to keep
        }
    }
}
