package papers.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.edit.CatalogWriter;
import papers.catalog.edit.EntryRemover;
import papers.catalog.edit.TableOfContents;
import papers.index.CatalogIndex;

/** What update, move and remove share: choosing entries by id, and changing a file (or showing the diff). */
abstract class EditCommand extends CatalogCommand {
    @picocli.CommandLine.Mixin
    WriteOptions write;

    EditCommand(Context ctx) {
        super(ctx);
    }

    /** The catalog to change, read whole, and the entries chosen in it. */
    record Chosen(CatalogSource source, Catalog catalog, List<Entry> entries) {}

    /** The writable catalog and the entries {@code named} names in it (see {@link #choose(List, List, boolean)}). */
    Chosen choose(EntryIds named) {
        CatalogSource source = writableSource();
        return new Chosen(source, load(source), choose(load(source).entries(), named.ids, named.all));
    }

    private Catalog loaded;

    /** The catalog, read whole once; {@link #parse} reuses its files while their text is unchanged. */
    Catalog load(CatalogSource source) {
        if (loaded == null) {
            loaded = ctx.locator().load(source);
        }
        return loaded;
    }

    /** {@code text} of {@code file} parsed: the file as the catalog was read when it is that text still. */
    ParsedFile parse(String file, String text) {
        if (loaded != null) {
            for (ParsedFile f : loaded.files()) {
                if (f.source().path().equals(file) && f.source().text().equals(text)) {
                    return f;
                }
            }
        }
        return new CatalogParser().parse(new SourceFile(file, text));
    }

    /**
     * The entries {@code ids} name (arXiv id or URL, title slug or its first words), in catalog order.
     * An id that names none is exit 1; one that names several is refused (exit 1, listing them) unless {@code all}.
     */
    static List<Entry> choose(List<Entry> entries, List<String> ids, boolean all) {
        // by identity: an entry's own hash walks all its fields, and a big catalog has many
        Set<Entry> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String id : ids) {
            List<Entry> matches = ShowCommand.find(entries, id);
            if (matches.isEmpty()) {
                throw new UserException(ExitCode.NOT_FOUND, "no entry matches '" + id + "' (papers search finds it by words)");
            }
            if (matches.size() > 1 && !all) {
                List<String> where = new ArrayList<>();
                for (Entry e : matches.subList(0, Math.min(5, matches.size()))) {
                    where.add(e.file() + ":" + e.line() + " " + Terminal.safe(e.title()));
                }
                throw new UserException(ExitCode.REFUSED, "'" + id + "' matches " + matches.size() + " entries ("
                        + String.join("; ", where) + (matches.size() > 5 ? "; ..." : "")
                        + "): name one by arXiv id or a longer title, or pass --all");
            }
            chosen.addAll(matches);
        }
        return entries.stream().filter(chosen::contains).toList();
    }

    /**
     * Applies {@code change} to {@code file} of the catalog under its lock; with {@code dryRun}, only works
     * out what it would be. Returns the old and new text.
     */
    CatalogWriter.Result edit(CatalogSource source, String file, UnaryOperator<String> change, boolean dryRun)
            throws IOException {
        return edit(source, file, change, dryRun, null, null);
    }

    /**
     * As {@link #edit(CatalogSource, String, UnaryOperator, boolean)}, then telling {@code index} (if any)
     * which entries the change took out and put in, so that the next search need not rebuild it.
     */
    CatalogWriter.Result edit(CatalogSource source, String file, UnaryOperator<String> change, boolean dryRun,
            Optional<CatalogIndex> index, Changed changed) throws IOException {
        if (dryRun) {
            String text = CatalogReader.read(source.root().resolve(file), file).text();
            return new CatalogWriter.Result(text, change.apply(text));
        }
        return new CatalogWriter(write.force).update(source.root().resolve(file), file, change, r -> {
            if (index != null && index.isPresent()) {
                if (changed.unknown) {
                    index.get().markBehind();
                } else {
                    index.get().recordEdit(source, file, r.before(), r.after(), changed.gone, changed.added);
                }
            }
        });
    }

    /** The entries one write took out (at their lines before it) and put in (at their lines after it). */
    static final class Changed {
        final List<Entry> gone = new ArrayList<>();
        final List<Entry> added = new ArrayList<>();
        boolean unknown;

        /** Starts afresh: a change may be worked out again on a newer text. */
        Changed clear() {
            gone.clear();
            added.clear();
            unknown = false;
            return this;
        }

        /** What the write put in cannot be told: the index is left to be rebuilt. */
        void unknown() {
            unknown = true;
        }
    }

    /** The catalog's search index when one is stored and current (nothing is built when it is not). */
    Optional<CatalogIndex> currentIndex(CatalogSource source) {
        return CatalogIndex.openIfCurrent(ctx.cacheDir(), source);
    }

    /** Prints the unified diff of a change {@code dryRun} did not write. */
    void showDiff(String file, CatalogWriter.Result r, boolean dryRun) {
        if (dryRun && r.changed()) {
            Diffs.print(out(), file, r.before(), r.after());
        }
    }

    /**
     * {@code text} without {@code gone}, found afresh in it; last first, so the lines above stay where they
     * were. The entries as found go into {@code removed}, at their lines in {@code text}.
     */
    String without(String file, String text, List<Entry> gone, List<Entry> removed) {
        List<Entry> order = new ArrayList<>(gone);
        order.sort(Comparator.comparingInt(Entry::line).reversed());
        SourceFile before = new SourceFile(file, text);
        for (Entry e : order) {
            ParsedFile parsed = parse(file, text);
            Entry now = EntryRemover.find(parsed, e).orElseThrow(() -> new UserException(ExitCode.NOT_FOUND,
                    file + ": " + Terminal.safe(e.title()) + " is no longer there"));
            removed.add(now);
            text = EntryRemover.remove(parsed, now);
        }
        // a month heading that went with its last entry leaves the table of contents, if it kept step
        return TableOfContents.follow(before, new SourceFile(file, text));
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
}
