package papers.curate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.edit.Edit;
import papers.catalog.edit.EntryRemover;
import papers.catalog.edit.TableOfContents;
import papers.index.CatalogIndex;

/**
 * Changing the files of one catalog: each edit worked out from the file's text under its lock and written
 * (or, on a dry run, only worked out), and the search index, when one is stored and current, told what
 * each did so that the next search need not rebuild it.
 */
final class CatalogEdits implements AutoCloseable {
    private final CatalogSource source;
    private final Catalog loaded;
    private final Path cacheDir;
    private final CatalogWriter writer;
    private final boolean dryRun;
    private Optional<CatalogIndex> index;

    /** Edits in {@code scope}. */
    CatalogEdits(EditScope scope) {
        this.source = scope.source();
        this.loaded = scope.catalog();
        this.cacheDir = scope.cacheDir();
        this.writer = new CatalogWriter(scope.force(), scope.source().root());
        this.dryRun = scope.dryRun();
    }

    /** Works out {@code change} on the text of {@code file} and writes it, unless this is a dry run. */
    Edit edit(String file, Function<String, Edit> change) throws IOException {
        if (dryRun) {
            return change.apply(CatalogReader.read(source.root().resolve(file), file).text());
        }
        if (index == null) {
            // opened before the first write, while the stored index still matches the files
            index = CatalogIndex.openIfCurrent(cacheDir, source);
        }
        return writer.apply(source.root().resolve(file), file, read(file), change, e -> e, e -> index.ifPresent(i -> i.apply(source, e)));
    }

    /** The bytes and text of {@code file} as the catalog was read, when they were kept; null otherwise. */
    private CatalogWriter.Read read(String file) {
        ParsedFile f = loaded(file);
        return f == null || f.bytes() == null ? null : new CatalogWriter.Read(f.bytes(), f.source().text());
    }

    /** {@code text} of {@code file} parsed: the file as the catalog was read when it is that text still. */
    ParsedFile parse(String file, String text) {
        ParsedFile f = loaded(file);
        return f != null && f.source().text().equals(text) ? f : new CatalogParser().parse(new SourceFile(file, text));
    }

    /** {@code file} as the catalog was read; null when it was not. */
    private ParsedFile loaded(String file) {
        if (loaded != null) {
            for (ParsedFile f : loaded.files()) {
                if (f.source().path().equals(file)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** {@code e} as it stands in {@code parsed} now; {@code NOT_FOUND} when it is gone. */
    static Entry current(ParsedFile parsed, Entry e) {
        return EntryRemover.find(parsed, e).orElseThrow(() -> new CurateException(CurateException.Reason.NOT_FOUND,
                e.file() + ": " + e.title() + " is no longer there"));
    }

    /**
     * {@code text} without {@code gone}, found afresh in it; last first, so the lines above stay where they
     * were. The edit's removed entries are those found, at their lines in {@code text}.
     */
    Edit without(String file, String text, List<Entry> gone) {
        List<Entry> order = new ArrayList<>(gone);
        order.sort(Comparator.comparingInt(Entry::line).reversed());
        List<Entry> removed = new ArrayList<>();
        String after = text;
        for (Entry e : order) {
            ParsedFile parsed = parse(file, after);
            Entry now = current(parsed, e);
            removed.add(now);
            after = EntryRemover.remove(parsed, now);
        }
        // a month heading that went with its last entry leaves the table of contents, if it kept step
        after = TableOfContents.follow(new SourceFile(file, text), new SourceFile(file, after));
        return Edit.of(file, text, after, removed, List.of());
    }

    /**
     * The entries of {@code text} that begin at {@code lines}, found by parsing only the sections that
     * hold those lines (a whole 100,000-entry file takes seconds to parse); a line where no entry begins
     * has none in the map.
     */
    static Map<Integer, Entry> entriesAt(String file, String text, Collection<Integer> lines) {
        SourceFile source = new SourceFile(file, text);
        List<ParsedFile.Heading> outline = CatalogParser.outline(source);
        CatalogParser parser = new CatalogParser();
        Map<Integer, Entry> out = new HashMap<>();
        Map<Integer, ParsedFile> sections = new HashMap<>();
        for (int line : lines) {
            ParsedFile.Heading above = null;
            for (ParsedFile.Heading h : outline) {
                if (h.line() < line) {
                    above = h;
                }
            }
            ParsedFile.Heading heading = above;
            ParsedFile section = sections.computeIfAbsent(heading == null ? 0 : heading.line(),
                    k -> parser.parseSection(source, outline, heading));
            section.entries().stream().filter(e -> e.line() == line).findFirst().ifPresent(e -> out.put(line, e));
        }
        return out;
    }

    /**
     * An edit of {@code file} from {@code before} to {@code after} that put in the entries beginning at
     * {@code lines} (and took out {@code removed}); one whose entries cannot all be found is of text alone.
     */
    static Edit placed(String file, String before, String after, List<Entry> removed, List<Integer> lines) {
        Map<Integer, Entry> at = entriesAt(file, after, lines);
        List<Entry> added = new ArrayList<>();
        for (int line : lines) {
            Entry e = at.get(line);
            if (e == null) {
                return Edit.text(file, before, after);
            }
            added.add(e);
        }
        return Edit.of(file, before, after, removed, added);
    }

    /**
     * The entries under {@code heading}; when it has none, those of the nearest section that has some
     * too (outside its range: the placer learns the format from them but puts nothing among them).
     */
    static ParsedFile withNeighbours(CatalogParser parser, SourceFile source, List<ParsedFile.Heading> outline,
            ParsedFile.Heading heading) {
        ParsedFile section = parser.parseSection(source, outline, heading);
        if (!section.entries().isEmpty()) {
            return section;
        }
        int at = heading == null ? -1 : outline.indexOf(heading);
        for (int d = 1; d < outline.size() + 1; d++) {
            for (int i : new int[] {at - d, at + d}) {
                if (i >= -1 && i < outline.size() && i != at) {
                    ParsedFile other = parser.parseSection(source, outline, i < 0 ? null : outline.get(i));
                    if (!other.entries().isEmpty()) {
                        return new ParsedFile(source, other.entries(), outline, List.of());
                    }
                }
            }
        }
        return section;
    }

    @Override
    public void close() throws IOException {
        if (index != null && index.isPresent()) {
            index.get().close();
        }
    }
}
