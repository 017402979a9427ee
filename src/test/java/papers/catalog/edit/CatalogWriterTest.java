package papers.catalog.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWriterTest {
    @TempDir
    Path dir;

    @Test
    void aChangeBySomeoneElseBetweenReadAndWriteIsNotOverwritten() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n\n- [A](https://example.org/a)\n");
        CatalogWriter writer = new CatalogWriter(false);
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
        new CatalogWriter(false).update(file, "list.md", t -> t + "- [A](https://example.org/a)\n");
        assertThat(stale).doesNotExist();
        assertThat(Files.readString(file)).endsWith("- [A](https://example.org/a)\n");
    }

    @Test
    void anUnchangedTextWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        var before = Files.getLastModifiedTime(file);
        Edit r = new CatalogWriter(false).update(file, "list.md", t -> t);
        assertThat(r.changed()).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    @Test
    void aFullDiskLeavesTheFileAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n\n- [A](https://example.org/a)\n");
        String before = Files.readString(file);
        // the disk fills up half way through the temporary file
        CatalogWriter full = new CatalogWriter(false, (target, bytes, check) -> {
            Path tmp = Files.createTempFile(target.getParent(), AtomicFile.TEMP_PREFIX + target.getFileName() + "-", ".tmp");
            Files.write(tmp, Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> full.update(file, "list.md", t -> t + "- [B](https://example.org/b)\n"))
                .isInstanceOf(IOException.class).hasMessage("cannot write list.md (No space left on device); the file is as it was");
        assertThat(Files.readString(file)).isEqualTo(before);
        // the next write clears what the failed one left, and lands
        new CatalogWriter(false).update(file, "list.md", t -> t + "- [C](https://example.org/c)\n");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(AtomicFile.TEMP_PREFIX))).isEmpty();
        }
        assertThat(Files.readString(file)).endsWith("- [C](https://example.org/c)\n");
    }

    @Test
    void aReadOnlyDirectoryIsAClearErrorAndTheFileStays() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        // what a read-only directory does to the temporary file (root ignores permissions, so it is injected)
        CatalogWriter readOnly = new CatalogWriter(false, (target, bytes, check) -> {
            throw new AccessDeniedException(target.resolveSibling(AtomicFile.TEMP_PREFIX + "list.md-1.tmp").toString(), null,
                    "Read-only file system");
        });
        assertThatThrownBy(() -> readOnly.update(file, "list.md", t -> t + "- [B](https://example.org/b)\n"))
                .isInstanceOf(IOException.class).hasMessage("cannot write list.md (Read-only file system); the file is as it was");
        assertThat(Files.readString(file)).isEqualTo("# L\n");
    }

    @Test
    void anEditorSavingWhileTheTemporaryFileIsWrittenIsNotOverwritten() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        for (boolean byRename : new boolean[] {false, true}) {
            CatalogWriter late = new CatalogWriter(false, (target, bytes, check) -> AtomicFile.write(target, bytes, () -> {
                // the editor saves after papers read the file, just before the rename
                if (byRename) {
                    Path saved = Files.writeString(dir.resolve("list.md.swp"), "# L\n- editor\n");
                    Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.writeString(file, "# L\n- editor\n");
                }
                check.run();
            }));
            assertThatThrownBy(() -> late.update(file, "list.md", t -> t + "- papers\n"))
                    .isInstanceOf(CatalogWriter.ConcurrentChange.class).hasMessageStartingWith("list.md changed");
            assertThat(Files.readString(file)).isEqualTo("# L\n- editor\n");
            Files.writeString(file, "# L\n");
        }
    }

    @Test
    void writingThroughASymbolicLinkChangesItsTargetAndKeepsTheLink() throws IOException {
        Path target = Files.writeString(dir.resolve("list.md"), "# L\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("list.md"));
        new CatalogWriter(false).update(link, "link.md", t -> t + "- [A](https://example.org/a)\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("# L\n- [A](https://example.org/a)\n");
    }

    @Test
    void aReadOnlyFileIsRefusedUnlessForcedAndKeepsItsMode() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> new CatalogWriter(false).update(file, "list.md", t -> t + "- x\n"))
                .isInstanceOf(CatalogWriter.ReadOnlyFile.class)
                .hasMessage("list.md is read-only (mode r--r--r--); nothing was written: pass --force to write it anyway");
        assertThat(Files.readString(file)).isEqualTo("# L\n");
        new CatalogWriter(true).update(file, "list.md", t -> t + "- x\n");
        assertThat(Files.readString(file)).isEqualTo("# L\n- x\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
    }

    @Test
    void aFileWithOtherHardLinksIsChangedForEveryLink() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        Path other = Files.createLink(dir.resolve("other.md"), file);
        new CatalogWriter(false).update(file, "list.md", t -> t + "- x\n");
        assertThat(Files.readString(other)).isEqualTo("# L\n- x\n");
        assertThat(Files.isSameFile(file, other)).isTrue();
    }

    @Test
    void aFileOfAnotherUserIsRefusedUnlessForcedAndKeepsItsOwner() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        var nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(file, nobody);
        assertThatThrownBy(() -> new CatalogWriter(false).update(file, "list.md", t -> t + "- x\n"))
                .isInstanceOf(CatalogWriter.ReadOnlyFile.class).hasMessageContaining("owned by nobody");
        new CatalogWriter(true).update(file, "list.md", t -> t + "- x\n");
        assertThat(Files.readString(file)).isEqualTo("# L\n- x\n");
        assertThat(Files.getOwner(file)).isEqualTo(nobody);
    }

    @Test
    void extendedAttributesSurviveTheRewrite() throws IOException {
        Path file = Files.writeString(dir.resolve("list.md"), "# L\n");
        var view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        try {
            view.write("papers.test", ByteBuffer.wrap("kept".getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "this file system keeps no user attributes: " + e.getMessage());
        }
        new CatalogWriter(false).update(file, "list.md", t -> t + "- x\n");
        var after = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        assertThat(after.list()).contains("papers.test");
    }

    @Test
    void temporaryFilesOfOtherCatalogsAreNotTouched() throws IOException {
        // file names are data: "a*.md" is no pattern for "ab.md"'s temporary files, "l.md" none for "l.md-x.md"'s
        Path star = Files.writeString(dir.resolve("a*.md"), "# L\n");
        Path others = Files.writeString(dir.resolve(AtomicFile.TEMP_PREFIX + "ab.md-123.tmp"), "theirs");
        Path longer = Files.writeString(dir.resolve(AtomicFile.TEMP_PREFIX + "a*.md-x.md-456.tmp"), "theirs");
        new CatalogWriter(false).update(star, "a*.md", t -> t + "- x\n");
        assertThat(others).exists();
        assertThat(longer).exists();
        Path bracket = Files.writeString(dir.resolve("list[.md"), "# L\n");
        new CatalogWriter(false).update(bracket, "list[.md", t -> t + "- x\n");
        assertThat(Files.readString(bracket)).isEqualTo("# L\n- x\n");
    }
}
