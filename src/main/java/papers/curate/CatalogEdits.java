package papers.curate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import papers.catalog.Window;
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
    private final Map<String, Window> windows = new HashMap<>();

    /** Edits in {@code scope}. */
    CatalogEdits(EditScope scope) {
        this.source = scope.source();
        this.loaded = scope.catalog();
        this.cacheDir = scope.cacheDir();
        this.writer = new CatalogWriter(scope.force(), scope.source().root());
        this.dryRun = scope.dryRun();
    }

    /**
     * Works out {@code change} on the text of {@code file} and writes it, unless this is a dry run. The text is
     * the file's {@link Window} on the sections the catalog was read in, and those holding {@code lines}, when
     * the file was read a section at a time and is as read: the edit returned then holds the window's texts.
     */
    Edit edit(String file, List<Integer> lines, Function<String, Edit> change) throws IOException {
        if (dryRun) {
            return tried(file, lines, change);
        }
        if (index == null) {
            // opened before the first write, while the stored index still matches the files
            index = CatalogIndex.openIfCurrent(cacheDir, source);
        }
        CatalogWriter.Read read = read(file, lines);
        return writer.apply(source.root().resolve(file), file, read, change, e -> e, e -> index.ifPresent(i -> i.apply(source, e,
                read == null || read.window() == null ? Optional.empty() : read.window().last())));
    }

    /**
     * {@code change} worked out on {@code file} as it is, for a dry run: on its window when it is as read, the
     * edit then given with the whole texts before and after (a diff shows real lines), else on the whole text.
     */
    private Edit tried(String file, List<Integer> lines, Function<String, Edit> change) {
        byte[] bytes = CatalogReader.bytes(source.root().resolve(file), file);
        CatalogWriter.Read read = read(file, lines);
        if (read != null && read.window() != null && Arrays.equals(bytes, read.bytes())) {
            Edit e = change.apply(read.window().text());
            Window.Spliced spliced = e.changed() ? read.window().splice(e.after()) : null;
            if (!e.changed() || spliced != null) {
                String before = CatalogReader.decode(bytes, file).text();
                String after = spliced == null ? before : CatalogReader.decode(spliced.bytes(), file).text();
                return new Edit(file, before, after, e.removed(), e.added(), e.known());
            }
        }
        return change.apply(CatalogReader.decode(bytes, file).text());
    }

    /** As {@link #edit(String, List, Function)}, showing only the sections the catalog was read in. */
    Edit edit(String file, Function<String, Edit> change) throws IOException {
        return edit(file, List.of(), change);
    }

    /**
     * The bytes and text of {@code file} as the catalog was read, when they were kept, with a window on the
     * sections read and those holding {@code lines}; null when they were not kept.
     */
    private CatalogWriter.Read read(String file, List<Integer> lines) {
        ParsedFile f = loaded(file);
        if (f == null || f.bytes() == null) {
            return null;
        }
        return new CatalogWriter.Read(f.bytes(), f.window() == null ? f.source().text() : null, window(f, lines).orElse(null));
    }

    /** The window on {@code f} that {@link Window#around} gives, kept for {@link #parse}. */
    private Optional<Window> window(ParsedFile f, List<Integer> lines) {
        Optional<Window> w = Window.around(f, lines);
        w.ifPresent(x -> windows.put(f.source().path(), x));
        return w;
    }

    /**
     * {@code text} of {@code file} parsed: the file as the catalog was read when it is that text still, or
     * its window's text (the entries read are those of sections the window shows, at the same lines).
     */
    ParsedFile parse(String file, String text) {
        ParsedFile f = loaded(file);
        if (f != null && f.source().text().equals(text)) {
            return f;
        }
        Window w = windows.get(file);
        if (f != null && w != null && w.text().equals(text)) {
            return new ParsedFile(new SourceFile(file, text), f.entries(), f.headings(), List.of());
        }
        return new CatalogParser().parse(new SourceFile(file, text));
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
