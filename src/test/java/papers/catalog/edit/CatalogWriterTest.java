package papers.catalog.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWriterTest {
    @TempDir
    Path dir;

    @Test
    void aChangeBySomeoneElseBetweenReadAndWriteIsNotOverwritten() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n\n- [A](https://example.org/a)\n");
        CatalogWriter writer = new CatalogWriter(dir.resolve("cache"));
        assertThatThrownBy(() -> writer.update(file, "list.md", text -> {
            try {
                // an editor saves the file while papers works out its change
                Files.writeString(file, text + "- [Theirs](https://example.org/t)\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text + "- [Ours](https://example.org/o)\n";
        })).isInstanceOf(CatalogWriter.ConcurrentChange.class).hasMessageContaining("nothing was written");
        assertThat(Files.readString(file)).contains("Theirs").doesNotContain("Ours");
    }

    @Test
    void temporaryFilesOfAKilledWriterAreRemovedByTheNextWrite() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        Path stale = Files.writeString(dir.resolve(AtomicFile.TEMP_PREFIX + "list.md-123.tmp"), "half");
        new CatalogWriter(dir.resolve("cache")).update(file, "list.md", t -> t + "- [A](https://example.org/a)\n");
        assertThat(stale).doesNotExist();
        assertThat(Files.readString(file)).endsWith("- [A](https://example.org/a)\n");
    }

    @Test
    void anUnchangedTextWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        var before = Files.getLastModifiedTime(file);
        CatalogWriter.Result r = new CatalogWriter(null).update(file, "list.md", t -> t);
        assertThat(r.changed()).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    @Test
    void aFullDiskLeavesTheFileAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n\n- [A](https://example.org/a)\n");
        String before = Files.readString(file);
        // the disk fills up half way through the temporary file
        CatalogWriter full = new CatalogWriter(dir.resolve("cache"), (target, bytes) -> {
            Path tmp = Files.createTempFile(target.getParent(), AtomicFile.TEMP_PREFIX + target.getFileName() + "-", ".tmp");
            Files.write(tmp, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> full.update(file, "list.md", t -> t + "- [B](https://example.org/b)\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(Files.readString(file)).isEqualTo(before);
        // the next write clears what the failed one left, and lands
        new CatalogWriter(dir.resolve("cache")).update(file, "list.md", t -> t + "- [C](https://example.org/c)\n");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(AtomicFile.TEMP_PREFIX))).isEmpty();
        }
        assertThat(Files.readString(file)).endsWith("- [C](https://example.org/c)\n");
    }

    @Test
    void aReadOnlyDirectoryIsAClearErrorAndTheFileStays() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        // what a read-only directory does to the temporary file (root ignores permissions, so it is injected)
        CatalogWriter readOnly = new CatalogWriter(dir.resolve("cache"), (target, bytes) -> {
            throw new java.nio.file.AccessDeniedException(target.getParent().toString(), null, "Read-only file system");
        });
        assertThatThrownBy(() -> readOnly.update(file, "list.md", t -> t + "- [B](https://example.org/b)\n"))
                .isInstanceOf(java.nio.file.AccessDeniedException.class).hasMessageContaining("Read-only");
        assertThat(Files.readString(file)).isEqualTo("# L\n");
    }
}
