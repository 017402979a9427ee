package papers.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads catalog files as UTF-8 text, refusing binary files, other encodings and huge files by name and line. */
public final class CatalogReader {
    /** Larger files are refused rather than read: no awesome list is this big. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private CatalogReader() {}

    /** Reads {@code file}, naming it {@code displayPath} in messages and entries. */
    public static SourceFile read(Path file, String displayPath) {
        return decode(bytes(file, displayPath), displayPath);
    }

    /** The bytes of {@code file} (named {@code displayPath} in messages), refused past {@link #MAX_BYTES}. */
    public static byte[] bytes(Path file, String displayPath) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new CatalogException(displayPath, 0, "file is " + size / (1024 * 1024)
                        + " MB; catalogs over " + MAX_BYTES / (1024 * 1024) + " MB are not read");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CatalogException(displayPath, 0, "no such file");
        } catch (IOException e) {
            throw new CatalogException(displayPath, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses catalog bytes as {@link #decode} would (not UTF-8, or a NUL byte), without decoding them: for a
     * file read only in part.
     */
    public static void check(byte[] bytes, String displayPath) {
        if (!MarkdownLines.plainUtf8(bytes)) {
            decode(bytes, displayPath);
        }
    }

    /** Decodes catalog bytes: UTF-8, an optional BOM kept as it is, no NUL bytes. */
    public static SourceFile decode(byte[] bytes, String displayPath) {
        // the JDK's own decoding is several times faster; it replaces what is not UTF-8 with U+FFFD, so a text
        // with U+FFFD or NUL is decoded again below, to say where the fault is (or that U+FFFD was in the file)
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0 && fast.indexOf('\u0000') < 0) {
            return new SourceFile(displayPath, fast);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new CatalogException(displayPath, lineAt(bytes, i), "binary file (NUL byte), not Markdown");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new CatalogException(displayPath, lineAt(bytes, in.position()),
                    "not UTF-8 text (byte 0x" + String.format("%02X", bytes[in.position()] & 0xff)
                            + " at offset " + in.position() + "); save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return new SourceFile(displayPath, out.toString());
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

}
