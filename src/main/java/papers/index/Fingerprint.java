package papers.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import papers.catalog.CatalogLocator;
import papers.catalog.CatalogSource;

/**
 * What a catalog's files were when its index was built: size and modification time of each, and a
 * content hash, looked at only when size or time changed (a touched but unchanged file costs one
 * hash, not a rebuild).
 */
record Fingerprint(List<Stamp> files) {

    /** One file's path, size, modification time (ms) and SHA-256 (null until needed). */
    record Stamp(String path, long size, long mtime, String sha256) {}

    /** Sizes and times of the source's files, with no hashing; the bundled catalog is always hashed. */
    static Fingerprint stat(CatalogSource source) {
        List<Stamp> out = new ArrayList<>();
        for (CatalogSource.File f : source.files()) {
            if (f.file() == null) {
                byte[] bytes = CatalogLocator.resource(f.resource());
                out.add(new Stamp(f.path(), bytes.length, 0, sha256(bytes)));
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
            CatalogSource.File f = source.files().get(i);
            if (s.sha256() != null || f.file() == null) {
                out.add(s);
            } else {
                out.add(new Stamp(s.path(), s.size(), s.mtime(), hash(f.file())));
            }
        }
        return new Fingerprint(out);
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
                    || (a.sha256() != null && b.sha256() != null && !a.sha256().equals(b.sha256()))) {
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
            if (!a.path().equals(b.path()) || a.sha256() == null || !a.sha256().equals(b.sha256())) {
                return false;
            }
        }
        return true;
    }

    private static String hash(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
