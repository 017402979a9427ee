package papers.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import papers.catalog.CatalogException;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.SourceFile;
import papers.catalog.config.CatalogLocator;

/**
 * What {@code papers lint} reads: the files of the catalog, or those named: a Markdown file, a directory (as
 * {@code --catalog DIR} would read it), or {@code -} for standard input. Each is shown by its path from the
 * working directory, as compilers show theirs.
 */
final class LintInputs {
    private final Context ctx;

    LintInputs(Context ctx) {
        this.ctx = ctx;
    }

    /** One file to lint: its path to show, where it is on disk (null: standard input), and its text (staged, or on disk). */
    record Input(String shown, Path path, SourceFile text) {}

    /** Every file of {@code source}. */
    List<Input> of(CatalogSource source) {
        List<Input> out = new ArrayList<>();
        for (CatalogSource.File f : source.files()) {
            String shown = shown(f.file());
            out.add(new Input(shown, f.file(), CatalogReader.read(f.file(), shown)));
        }
        return out;
    }

    /**
     * The inputs {@code named} names, in order; {@code skipped} hears of each one that is not Markdown. A path that
     * is missing or cannot be read, or a directory with no Markdown, is a {@link CatalogException} (exit 2).
     */
    List<Input> named(List<String> named, List<String> skipped) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String name : named) {
            if (name.equals("-")) {
                out.add(new Input("-", null, CatalogReader.decode(ctx.in().readAllBytes(), "-")));
                continue;
            }
            Path abs = ctx.workingDir().resolve(name).toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                out.addAll(of(new CatalogLocator(ctx.env(), ctx.workingDir()).locate(abs.toString())));
            } else if (!Files.exists(abs)) {
                throw new CatalogException(name, 0, "no such file or directory");
            } else if (!name.toLowerCase(Locale.ROOT).endsWith(".md") && !name.toLowerCase(Locale.ROOT).endsWith(".markdown")) {
                skipped.add(name);
            } else {
                out.add(new Input(shown(abs), abs, CatalogReader.read(abs, shown(abs))));
            }
        }
        return out;
    }

    /**
     * The staged Markdown files, as the commit will hold them (not as the working tree has them), each shown
     * by its path from the working directory.
     */
    List<Input> staged() {
        Git git = new Git(ctx.workingDir());
        Path top = git.top();
        List<Input> out = new ArrayList<>();
        for (String name : git.stagedMarkdown()) {
            Path abs = top.resolve(name).normalize();
            out.add(new Input(shown(abs), abs, CatalogReader.decode(git.staged(name), shown(abs))));
        }
        return out;
    }

    /** {@code file} as a path from the working directory when it lies below it, else whole. */
    private String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(ctx.workingDir()) ? ctx.workingDir().relativize(abs).toString() : abs.toString();
    }
}
