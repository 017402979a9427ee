package papers.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import papers.catalog.config.CatalogLocator;
import papers.catalog.CatalogSource;

/**
 * What a catalog's files were when its index was built: size and modification time of each, and a
 * content hash, looked at only when size or time changed (a touched but unchanged file costs one
 * hash, not a rebuild).
 */
record Fingerprint(List<Stamp> files) {

    /** One file's path, size, modification time (ms) and content checksum (null until needed). */
    record Stamp(String path, long size, long mtime, String checksum) {}

    /** Sizes and times of the source's files, with no hashing; the bundled catalog is always hashed. */
    static Fingerprint stat(CatalogSource source) {
        List<Stamp> out = new ArrayList<>();
        for (CatalogSource.File f : files(source)) {
            if (f.file() == null) {
                byte[] bytes = CatalogLocator.resource(f.resource());
                out.add(new Stamp(f.path(), bytes.length, 0, checksum(bytes)));
            } else {
                try {
                    out.add(new Stamp(f.path(), Files.size(f.file()), Files.getLastModifiedTime(f.file()).toMillis(), null));
                } catch (IOException e) {
                    out.add(new Stamp(f.path(), -1, -1, null));
                }
            }
        }
        return new Fingerprint(out);
    }

    /** The same stamps with every content hash filled in. */
    Fingerprint hashed(CatalogSource source) {
        List<Stamp> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Stamp s = files.get(i);
            CatalogSource.File f = files(source).get(i);
            if (s.checksum() != null || f.file() == null) {
                out.add(s);
            } else {
                out.add(new Stamp(s.path(), s.size(), s.mtime(), hash(f.file())));
            }
        }
        return new Fingerprint(out);
    }

    /** The catalog's files and its papers.yaml, whose synonyms are in the index too. */
    static List<CatalogSource.File> files(CatalogSource source) {
        List<CatalogSource.File> all = new ArrayList<>(source.files());
        if (source.configFile() != null) {
            all.add(source.configFile());
        }
        return all;
    }

    /** Same files with the same sizes and times (and hashes, where both have them). */
    boolean sameStat(Fingerprint other) {
        if (other == null || other.files.size() != files.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            Stamp a = files.get(i);
            Stamp b = other.files.get(i);
            if (!a.path().equals(b.path()) || a.size() != b.size() || a.mtime() != b.mtime()
                    || (a.checksum() != null && b.checksum() != null && !a.checksum().equals(b.checksum()))) {
                return false;
            }
        }
        return true;
    }

    /** Same files with the same content. */
    boolean sameContent(Fingerprint other) {
        if (other == null || other.files.size() != files.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            Stamp a = files.get(i);
            Stamp b = other.files.get(i);
            if (!a.path().equals(b.path()) || a.checksum() == null || !a.checksum().equals(b.checksum())) {
                return false;
            }
        }
        return true;
    }

    private static String hash(Path file) {
        try {
            return checksum(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A content checksum (CRC-32C and length): enough to tell an edit from a touch, and cheap to start. */
    static String checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue()) + "-" + bytes.length;
    }
}
