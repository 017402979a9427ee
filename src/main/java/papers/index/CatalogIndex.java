package papers.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;
import papers.catalog.ArxivId;
import papers.catalog.Catalog;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.Slugs;
import papers.catalog.edit.Edit;

/**
 * The search index of one catalog, kept under a cache directory and refreshed whenever the catalog
 * changes.
 *
 * <pre>{@code
 * try (CatalogIndex index = CatalogIndex.open(cacheDir, source, () -> locator.load(source), System.err::println, false)) {
 *     SearchResult r = index.search("DPO hallucination", 20, e -> true);
 * }
 * }</pre>
 *
 * <p>Each build goes to a new generation directory; a small {@code current} file names the one in
 * use and is replaced atomically, so a search in another process sees the old index or the new one,
 * never half of one. A corrupt, foreign or unreadable index is rebuilt; an unwritable cache directory
 * falls back to an index in memory.
 */
public final class CatalogIndex implements Closeable {
    /** Bumped whenever fields or analysis change: an index of another format is rebuilt. */
    static final int FORMAT = 5;

    private final Directory directory;
    private DirectoryReader reader;
    private IndexMeta meta;
    private final boolean built;
    private Path generation;

    private CatalogIndex(Directory directory, DirectoryReader reader, IndexMeta meta, boolean built) {
        this.directory = directory;
        this.reader = reader;
        this.meta = meta;
        this.built = built;
    }

    /**
     * Opens the index of {@code source}, building or refreshing it first when the catalog changed
     * (or {@code rebuild}). {@code cacheRoot} null means in memory. {@code notices} hears about
     * rebuilds forced by a damaged index and about falling back to memory.
     */
    public static CatalogIndex open(Path cacheRoot, CatalogSource source, Supplier<Catalog> load,
            Consumer<String> notices, boolean rebuild) {
        return open(cacheRoot, source, load, notices, (done, total) -> { }, rebuild);
    }

    /** As {@link #open(Path, CatalogSource, Supplier, Consumer, boolean)}, telling {@code progress} (done, total) while it builds. */
    public static CatalogIndex open(Path cacheRoot, CatalogSource source, Supplier<Catalog> load,
            Consumer<String> notices, BiConsumer<Integer, Integer> progress, boolean rebuild) {
        if (cacheRoot == null) {
            return warned(buildInMemory(source, load, progress), notices);
        }
        Path home = cacheRoot.resolve("index").resolve(key(source.identity()));
        try {
            Files.createDirectories(home);
            if (!Files.isWritable(home)) {
                throw new IOException(home + " is not writable");
            }
        } catch (IOException | UncheckedIOException e) {
            notices.accept("cache directory " + cacheRoot + " is not writable (" + e.getMessage()
                    + "); using an index in memory");
            return warned(buildInMemory(source, load, progress), notices);
        }
        Fingerprint now = Fingerprint.stat(source);
        for (int attempt = 0; attempt < 3; attempt++) {
            Path generation = Generations.current(home);
            if (!rebuild && generation != null) {
                IndexMeta meta = Generations.readMeta(generation);
                String problem = problem(meta, source);
                if (problem != null) {
                    notices.accept("search index " + generation + " " + problem + "; rebuilding it");
                } else {
                    Fingerprint stored = new Fingerprint(meta.files());
                    boolean fresh = now.sameStat(stored);
                    if (!fresh) {
                        Fingerprint hashed = now.hashed(source);
                        if (hashed.sameContent(stored)) {
                            fresh = true;
                            meta = meta.withFiles(hashed.files());
                            Generations.writeMetaQuietly(generation, meta);
                        }
                    }
                    if (fresh) {
                        try {
                            Directory dir = Generations.openForReading(generation);
                            CatalogIndex index = new CatalogIndex(dir, DirectoryReader.open(dir), meta, false);
                            index.generation = generation;
                            return warned(index, notices);
                        } catch (NoSuchFileException e) {
                            continue; // another process replaced it just now: read `current` again
                        } catch (IOException | RuntimeException e) {
                            notices.accept("search index " + generation + " cannot be read (" + e.getClass().getSimpleName()
                                    + "); rebuilding it");
                        }
                    }
                }
            }
            try {
                return warned(build(home, source, load, now, progress), notices);
            } catch (IOException e) {
                notices.accept("cannot write the search index under " + home + " (" + e.getMessage()
                        + "); using an index in memory");
                return warned(buildInMemory(source, load, progress), notices);
            }
        }
        return warned(buildInMemory(source, load, progress), notices);
    }

    /** {@code index}, once the warnings about files it could not read are told. */
    private static CatalogIndex warned(CatalogIndex index, Consumer<String> notices) {
        index.meta.unread().forEach(w -> notices.accept("warning: " + w));
        return index;
    }

    /**
     * The stored index of {@code source} when there is one and it holds the catalog as it is now;
     * empty otherwise (nothing is built: a command that only changes the catalog leaves that to the next search).
     */
    public static Optional<CatalogIndex> openIfCurrent(Path cacheRoot, CatalogSource source) {
        if (cacheRoot == null) {
            return Optional.empty();
        }
        Path home = cacheRoot.resolve("index").resolve(key(source.identity()));
        Path generation = Generations.current(home);
        IndexMeta meta = generation == null ? null : Generations.readMeta(generation);
        if (meta == null || problem(meta, source) != null) {
            return Optional.empty();
        }
        Fingerprint now = Fingerprint.stat(source);
        if (!now.sameStat(new Fingerprint(meta.files())) && !now.hashed(source).sameContent(new Fingerprint(meta.files()))) {
            return Optional.empty();
        }
        try {
            Directory dir = Generations.openForReading(generation);
            CatalogIndex index = new CatalogIndex(dir, DirectoryReader.open(dir), meta, false);
            index.generation = generation;
            return Optional.of(index);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why a stored index cannot be used as it is, or null when it can. */
    private static String problem(IndexMeta meta, CatalogSource source) {
        if (meta == null) {
            return "has no readable record of what it holds";
        }
        if (meta.format() != FORMAT || !Version.LATEST.toString().equals(meta.lucene())) {
            return "was written by another version of papers";
        }
        if (!source.identity().equals(meta.identity())) {
            return "belongs to another catalog";
        }
        return null;
    }

    private static CatalogIndex buildInMemory(CatalogSource source, Supplier<Catalog> load,
            BiConsumer<Integer, Integer> progress) {
        Directory dir = new ByteBuffersDirectory();
        try {
            IndexMeta meta = write(dir, source, load.get(), Fingerprint.stat(source), progress);
            return new CatalogIndex(dir, DirectoryReader.open(dir), meta, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CatalogIndex build(Path home, CatalogSource source, Supplier<Catalog> load, Fingerprint now,
            BiConsumer<Integer, Integer> progress)
            throws IOException {
        Path generation = home.resolve("g-" + System.currentTimeMillis() + "-" + ProcessHandle.current().pid());
        Files.createDirectories(generation);
        IndexMeta meta;
        try (Directory dir = FSDirectory.open(generation)) {
            meta = write(dir, source, load.get(), now, progress);
        }
        Path metaTmp = generation.resolve(Generations.META + ".tmp");
        Files.write(metaTmp, meta.bytes());
        Generations.move(metaTmp, generation.resolve(Generations.META));
        Path pointer = home.resolve("current.tmp-" + ProcessHandle.current().pid());
        Files.writeString(pointer, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Generations.move(pointer, home.resolve("current"));
        Generations.removeOldGenerations(home, generation);
        Directory dir = Generations.openForReading(generation);
        CatalogIndex index = new CatalogIndex(dir, DirectoryReader.open(dir), meta, true);
        index.generation = generation;
        return index;
    }

    private static IndexMeta write(Directory dir, CatalogSource source, Catalog catalog, Fingerprint now,
            BiConsumer<Integer, Integer> progress) throws IOException {
        List<Entry> entries = catalog.entries();
        Acronyms acronyms = Acronyms.of(entries, catalog.config().synonyms());
        Set<String> labels = new TreeSet<>();
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            int done = 0;
            for (Entry e : entries) {
                writer.addDocument(Documents.of(e, acronyms, labels, 0));
                if (++done % 2000 == 0) {
                    progress.accept(done, entries.size());
                }
            }
            progress.accept(entries.size(), entries.size());
            writer.commit();
        }
        return new IndexMeta(FORMAT, Version.LATEST.toString(), source.identity(),
                now.hashed(source).files(), entries.size(), List.copyOf(labels), List.of(), catalog.unreadWarnings());
    }

    /** The directory name of a catalog's index: a checksum of its identity. */
    private static String key(String identity) {
        return Fingerprint.checksum(identity.getBytes(StandardCharsets.UTF_8));
    }

    /** Searches the index; see {@link Searcher} for the query language. */
    public SearchResult search(String query, int limit, Predicate<Entry> filter) {
        return new Searcher(reader, new LinkedHashSet<>(meta.labels()), meta.shifts()).search(query, limit, filter);
    }

    /** An entry with the same arXiv id, DOI or folded title as the one given, if the catalog has one. */
    public Optional<Entry> findDuplicate(ArxivId arxiv, String doi, String title) {
        var q = new BooleanQuery.Builder();
        if (arxiv != null) {
            q.add(new TermQuery(new Term(Fields.ARXIV,
                    arxiv.id().toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
        }
        if (doi != null) {
            q.add(new TermQuery(new Term(Fields.DOI, doi.toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.SHOULD);
        }
        String folded = Slugs.foldTitle(title);
        if (!folded.isEmpty()) {
            q.add(new TermQuery(new Term(Fields.FOLDED_TITLE, folded)),
                    BooleanClause.Occur.SHOULD);
        }
        try {
            var searcher = new IndexSearcher(reader);
            var top = searcher.search(q.build(), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(entry(searcher.storedFields().document(top.scoreDocs[0].doc), meta.shifts()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored entry of {@code doc}, with the line shifts made since it was indexed. */
    static Entry entry(Document doc, List<Shift> shifts) {
        Entry e = EntryCodec.decode(doc.getBinaryValue(Fields.ENTRY).bytes);
        var gen = doc.getField(Fields.GEN);
        return Shift.adjust(e, gen == null ? 0 : gen.numericValue().intValue(), shifts);
    }

    /**
     * Takes in {@code edit}, with the catalog's files now standing as {@code source} shows: the entries it
     * took out leave the index, those it put in are indexed, and the lines between move as the text did,
     * with no rebuild. Returns false when the index cannot take it (in memory, too many changes since its
     * build, an edit whose entries are not known, an entry taken out that it does not hold where said):
     * the next command rebuilds it.
     */
    public boolean apply(CatalogSource source, Edit edit) {
        if (!edit.changed()) {
            return true;
        }
        return edit.known() ? recordEdit(source, edit.file(), edit.before(), edit.after(), edit.removed(), edit.added())
                : markBehind();
    }

    /** Set once a change went unrecorded: later changes are not recorded either, so the stored index stays stale. */
    private boolean behind;

    /**
     * Says the catalog changed in a way this index was not told of: it records nothing more, so that
     * its record of the files stays out of date and the next command rebuilds it. Returns false.
     */
    private boolean markBehind() {
        behind = true;
        return false;
    }

    /**
     * Records that {@code file} went from {@code before} to {@code after}, taking out the entries of
     * {@code gone} (at their lines in {@code before}) and putting in those of {@code added} (at their
     * lines in {@code after}): the lines between move as the text did, with no rebuild. Returns false
     * when the index cannot take it (in memory, too many changes since its build, an entry of
     * {@code gone} it does not hold where said): the next command rebuilds it.
     */
    private boolean recordEdit(CatalogSource source, String file, String before, String after, List<Entry> gone,
            List<Entry> added) {
        if (generation == null || behind) {
            return markBehind();
        }
        List<Shift> moved = Shift.between(file, before, after);
        if (meta.shifts().size() + moved.size() >= Shift.MAX) {
            return markBehind();
        }
        List<Query> deletes = new ArrayList<>();
        try {
            var searcher = new IndexSearcher(reader);
            for (Entry g : gone) {
                String folded = Slugs.foldTitle(g.title());
                var top = searcher.search(new TermQuery(
                        new Term(Fields.FOLDED_TITLE, folded)), 10_000);
                Query found = null;
                for (var sd : top.scoreDocs) {
                    Document doc = searcher.storedFields().document(sd.doc);
                    Entry stored = EntryCodec.decode(doc.getBinaryValue(Fields.ENTRY).bytes);
                    Entry now = entry(doc, meta.shifts());
                    if (now.file().equals(g.file()) && now.line() == g.line()) {
                        // the document's own key: where the entry was when it was indexed
                        found = new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(Fields.KEY,
                                        stored.file() + ":" + stored.line())), BooleanClause.Occur.FILTER)
                                .add(new TermQuery(new Term(Fields.FOLDED_TITLE,
                                        folded)), BooleanClause.Occur.FILTER)
                                .build();
                        break;
                    }
                }
                if (found == null) {
                    return markBehind();
                }
                deletes.add(found);
            }
        } catch (IOException | RuntimeException e) {
            return markBehind();
        }
        return commit(source, moved, deletes, added, gone.size()) || markBehind();
    }

    /**
     * Writes one change into the stored index: the line shifts it made, the documents it took out
     * ({@code removed} entries) and the entries it put in; then reads the index afresh.
     */
    private boolean commit(CatalogSource source, List<Shift> moved, List<Query> deletes,
            List<Entry> added, int removed) {
        List<Shift> shifts = new ArrayList<>(meta.shifts());
        shifts.addAll(moved);
        Acronyms acronyms = Acronyms.of(added, source.config().synonyms());
        Set<String> labels = new TreeSet<>(meta.labels());
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField()).setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        try (Directory dir = FSDirectory.open(generation); IndexWriter writer = new IndexWriter(dir, cfg)) {
            if (!deletes.isEmpty()) {
                writer.deleteDocuments(deletes.toArray(Query[]::new));
            }
            for (Entry e : added) {
                writer.addDocument(Documents.of(e, acronyms, labels, shifts.size()));
            }
            writer.commit();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        meta = new IndexMeta(meta.format(), meta.lucene(), meta.identity(), Fingerprint.stat(source).hashed(source).files(),
                meta.entries() - removed + added.size(), List.copyOf(labels), shifts, meta.unread());
        Generations.writeMetaQuietly(generation, meta);
        try {
            DirectoryReader fresher = DirectoryReader.openIfChanged(reader);
            if (fresher != null) {
                reader.close();
                reader = fresher;
            }
        } catch (IOException e) {
            // the next open reads the committed index
        }
        return true;
    }

    /** A section of the catalog and how much its entries resemble a text. */
    public record SectionScore(String file, String section, double score) {}

    /**
     * The sections whose entries are most like {@code text} (a new paper's title and abstract), best
     * first: the scores of the 30 entries most like it, added up per section.
     */
    public List<SectionScore> sectionsLike(String text, int max) {
        try {
            Set<String> terms = new LinkedHashSet<>();
            try (var ts = Analyzers.text().tokenStream(Fields.TITLE, text)) {
                var term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken() && terms.size() < 60) {
                    terms.add(term.toString());
                }
                ts.end();
            }
            var q = new BooleanQuery.Builder();
            for (String t : terms) {
                q.add(new BoostQuery(new TermQuery(
                        new Term(Fields.TITLE, t)), 2f), BooleanClause.Occur.SHOULD);
                q.add(new TermQuery(new Term(Fields.NOTES, t)),
                        BooleanClause.Occur.SHOULD);
                q.add(new TermQuery(new Term(Fields.TAG_TEXT, t)),
                        BooleanClause.Occur.SHOULD);
            }
            var searcher = new IndexSearcher(reader);
            var top = searcher.search(q.build(), 30);
            Map<String, double[]> sums = new LinkedHashMap<>();
            var stored = searcher.storedFields();
            for (var sd : top.scoreDocs) {
                String key = stored.document(sd.doc, Set.of(Fields.SECTION_KEY)).get(Fields.SECTION_KEY);
                if (key != null) {
                    sums.computeIfAbsent(key, k -> new double[1])[0] += sd.score;
                }
            }
            List<SectionScore> out = new ArrayList<>();
            sums.forEach((k, v) -> out.add(new SectionScore(k.substring(0, k.indexOf('\u0000')),
                    k.substring(k.indexOf('\u0000') + 1), v[0])));
            out.sort(Comparator.comparingDouble(SectionScore::score).reversed());
            return out.subList(0, Math.min(max, out.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when this call built the index (it was missing, stale, damaged, or a rebuild was asked for). */
    public boolean built() {
        return built;
    }

    /** How many entries the index holds. */
    public int size() {
        return reader.numDocs();
    }

    /** The labels of the catalog's own fields, searchable as {@code label:word}. */
    public List<String> fieldLabels() {
        return new ArrayList<>(meta.labels());
    }

    static Analyzer analyzer() {
        return Analyzers.perField();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
