package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
    /** The message {@code read} of {@code bytes} refuses them with, or null when it takes them. */
    private static String fault(Consumer<byte[]> read, byte[] bytes) {
        try {
            read.accept(bytes);
            return null;
        } catch (CatalogException e) {
            return e.describe();
        }
    }

    private static String decodeFault(byte[] bytes) {
        return fault(b -> CatalogReader.decode(b, "list.md"), bytes);
    }

    private static String checkFault(byte[] bytes) {
        return fault(b -> CatalogReader.check(b, "list.md"), bytes);
    }

    @Test
    void aFileReadInPartIsRefusedExactlyWhenReadingItWholeWouldBe() {
        byte[][] pieces = {"- [A](https://a.org) ".getBytes(StandardCharsets.UTF_8), "多模态".getBytes(StandardCharsets.UTF_8),
            "😀".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8), {0}, {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
                (byte) 0x80}, {(byte) 0xE4}, {(byte) 0xB8}, {(byte) 0xFF}, "\n".getBytes(StandardCharsets.UTF_8)};
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = random.nextInt(12); i > 0; i--) {
                byte[] p = pieces[random.nextInt(pieces.length)];
                // mostly text, now and then a fault
                if (p.length < 5 && random.nextInt(4) != 0 && !new String(p, StandardCharsets.UTF_8).equals("\n")) {
                    p = pieces[0];
                }
                out.write(p, 0, p.length);
            }
            byte[] bytes = out.toByteArray();
            assertThat(checkFault(bytes)).as("%s", java.util.Arrays.toString(bytes)).isEqualTo(decodeFault(bytes));
        }
    }

    @Test
    void aFaultIsNamedByLine() {
        byte[] bytes = "# A\n\n- [B](https://b.org)\n- \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(checkFault(bytes)).startsWith("list.md:4").contains("not UTF-8");
    }
}
