package papers.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Version;
import papers.catalog.ArxivId;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.ParsedFile;
import papers.catalog.Sections;
import papers.catalog.Window;
import papers.catalog.config.CatalogLocator;
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
    /**
     * On Java 21 and later, Lucene 9 tells through java.util.logging, at its first use, which features it can use
     * (the Vector API, memory segments): nothing a user of papers can act on. Set here, before any index is
     * opened, rather than at start-up (the logging system costs a command that never opens one some 20 ms); held,
     * since a logger nobody holds may be collected and made again at the default level.
     */
    private static final Logger LUCENE = quietLucene();

    private static Logger quietLucene() {
        if (Runtime.version().feature() < 21) {
            return null;
        }
        Logger l = Logger.getLogger("org.apache.lucene");
        l.setLevel(Level.SEVERE);
        return l;
    }

    /** Bumped whenever fields or analysis change: an index of another format is rebuilt. */
    static final int FORMAT = 8;

    private final Directory directory;
    private DirectoryReader reader;
    private IndexMeta meta;
    private final boolean built;
    private Path generation;
    /** What the refresh of this open did, or null when it needed none. */
    private Refreshed refreshed;

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
        int waits = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Path generation = Generations.current(home);
            Path odd = rebuild ? null : Generations.irregular(home, generation);
            if (odd != null) {
                notices.accept("search index file " + odd + " is not a regular file; rebuilding the index");
                rebuild = true;
            }
            if (!rebuild && generation != null) {
                IndexMeta meta = Generations.readMeta(generation);
                String problem = problem(meta, source);
                if (problem != null) {
                    notices.accept("search index " + generation + " " + problem + "; rebuilding it");
                } else {
                    Fingerprint stored = new Fingerprint(meta.files());
                    boolean fresh = now.sameStat(stored);
                    Refreshed refreshed = null;
                    if (!fresh) {
                        try {
                            refreshed = refresh(generation, source);
                        } catch (LockObtainFailedException e) {
                            // another process is refreshing it: its result is read next
                            pause();
                            attempt--;
                            if (++waits < 100) {
                                continue;
                            }
                        } catch (NoSuchFileException e) {
                            continue;
                        } catch (IOException | UncheckedIOException e) {
                            notices.accept("search index " + generation + " cannot be refreshed (" + e.getMessage()
                                    + "); rebuilding it");
                        }
                        if (refreshed != null) {
                            fresh = true;
                            meta = refreshed.meta();
                        }
                    }
                    if (fresh) {
                        try {
                            Directory dir = Generations.openForReading(generation);
                            CatalogIndex index = new CatalogIndex(dir, DirectoryReader.open(dir), meta, false);
                            index.generation = generation;
                            index.refreshed = refreshed;
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

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        generation = Generations.irregular(home, generation) == null ? generation : null;
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
            IndexMeta meta = write(dir, source, load.get(), Fingerprint.stat(source).hashed(source), progress);
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
        // hashed before reading: a file changed while the index is built does not pass for the one indexed
        Fingerprint hashed = now.hashed(source);
        try (Directory dir = FSDirectory.open(generation)) {
            meta = write(dir, source, load.get(), hashed, progress);
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
        SectionTable table = new SectionTable();
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            int[] done = {0};
            for (ParsedFile file : catalog.files()) {
                List<Sections.Section> cut = Sections.of(file);
                List<SectionTable.Row> rows = new ArrayList<>();
                for (Sections.Section s : cut) {
                    rows.add(table.newRow(s));
                }
                table.put(file.source().path(), rows);
                index(writer, file.entries(), rows, acronyms, labels, () -> {
                    if (++done[0] % 2000 == 0) {
                        progress.accept(done[0], entries.size());
                    }
                });
            }
            progress.accept(entries.size(), entries.size());
            writer.setLiveCommitData(Map.of(SectionTable.KEY, table.encode()).entrySet());
            writer.commit();
        }
        return new IndexMeta(FORMAT, Version.LATEST.toString(), source.identity(),
                now.files(), entries.size(), List.copyOf(labels), catalog.readWarnings());
    }

    /** Adds {@code entries} (in line order) as documents of the sections of {@code rows} they lie in. */
    private static void index(IndexWriter writer, List<Entry> entries, List<SectionTable.Row> rows, Acronyms acronyms,
            Set<String> labels, Runnable each) throws IOException {
        int r = 0;
        for (Entry e : entries) {
            while (r + 1 < rows.size() && rows.get(r + 1).start() <= e.line()) {
                r++;
            }
            SectionTable.Row row = rows.get(r);
            writer.addDocument(Documents.of(e, acronyms, labels, row.id(), row.start()));
            each.run();
        }
    }

    /** The directory name of a catalog's index: a checksum of its identity. */
    private static String key(String identity) {
        return Fingerprint.checksum(identity.getBytes(StandardCharsets.UTF_8));
    }

    /** Searches the index; see {@link Searcher} for the query language. */
    public SearchResult search(String query, int limit, Predicate<Entry> filter) {
        return new Searcher(reader, new LinkedHashSet<>(meta.labels()), this::table).search(query, limit, filter);
    }

    /** The {@code limit} works most like the one listed at {@code like}; see {@link Searcher#similar}. */
    public List<SearchHit> similar(List<Entry> like, int limit) {
        return new Searcher(reader, new LinkedHashSet<>(meta.labels()), this::table).similar(like, limit);
    }

    /** An entry with the same arXiv id, DOI or folded title as the one given, if the catalog has one. */
    public Optional<Entry> findDuplicate(ArxivId arxiv, String doi, String title) {
        var q = new BooleanQuery.Builder();
        for (Term key : Fields.work(arxiv == null ? null : arxiv.id(), doi, Slugs.foldTitle(title))) {
            q.add(new TermQuery(key), BooleanClause.Occur.SHOULD);
        }
        try {
            var searcher = new IndexSearcher(reader);
            var top = searcher.search(q.build(), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(entry(searcher.storedFields().document(top.scoreDocs[0].doc), table()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How much a text is like each section of the catalog, the sections being those {@code keyOf} puts each entry
     * in (file NUL heading path); see {@link SectionProfiles}.
     */
    public SectionProfiles sectionProfiles(Function<Entry, String> keyOf) {
        return new SectionProfiles(reader, keyOf);
    }

    /** The sections of the commit this index reads, decoded when first needed. */
    private SectionTable table;

    SectionTable table() {
        if (table == null) {
            try {
                table = SectionTable.decode(reader.getIndexCommit().getUserData().get(SectionTable.KEY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return table;
    }

    /** The stored entry of {@code doc}, its lines moved as far as its section has moved since it was indexed. */
    static Entry entry(Document doc, SectionTable table) {
        Entry e = EntryCodec.decode(doc.getBinaryValue(Fields.ENTRY).bytes);
        var start = doc.getField(Fields.PART_START);
        int now = table.start(doc.get(Fields.PART));
        int delta = start == null || now < 0 ? 0 : now - start.numericValue().intValue();
        if (delta == 0) {
            return e;
        }
        List<Link> links = new ArrayList<>();
        for (Link l : e.links()) {
            links.add(new Link(l.label(), l.url(), l.line() + delta, l.column()));
        }
        return e.toBuilder().links(links).lines(e.line() + delta, e.lastLine() + delta).build();
    }

    /**
     * Takes in {@code edit}, with the catalog's files now standing as {@code source} shows: the sections whose
     * text changed are read again and re-indexed, the others only move. Returns false when the index cannot
     * take it (in memory, another process writing it, the file list or papers.yaml changed): the next command
     * refreshes or rebuilds it.
     */
    public boolean apply(CatalogSource source, Edit edit) {
        return apply(source, edit, Optional.empty());
    }

    /**
     * As {@link #apply(CatalogSource, Edit)}, for an edit whose file was written as {@code written} (its bytes
     * and their sections), which is not read and cut again.
     */
    public boolean apply(CatalogSource source, Edit edit, Optional<Window.Spliced> written) {
        if (!edit.changed()) {
            return true;
        }
        if (generation == null) {
            return false;
        }
        try {
            Refreshed r = refresh(generation, source, edit.file(), written.orElse(null));
            if (r == null) {
                return false;
            }
            meta = r.meta();
            DirectoryReader fresher = DirectoryReader.openIfChanged(reader);
            if (fresher != null) {
                reader.close();
                reader = fresher;
                table = null;
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** What a refresh did: the index's new record, and how many sections it read again of how many. */
    record Refreshed(IndexMeta meta, int read, int sections) {}

    /**
     * Brings the index in {@code generation} up to the catalog's files as they are now, in place: in each file
     * whose content changed, the sections whose hash is not in the index are read and indexed, the documents
     * of those gone are deleted, and the others keep their documents, moved. Returns null when it cannot
     * (no record, files added or taken out, papers.yaml changed): the index is to be rebuilt.
     */
    private static Refreshed refresh(Path generation, CatalogSource source) throws IOException {
        return refresh(generation, source, null, null);
    }

    /** As {@link #refresh(Path, CatalogSource)}, where {@code writtenFile} is known to be {@code written} (null: read it). */
    private static Refreshed refresh(Path generation, CatalogSource source, String writtenFile, Window.Spliced written)
            throws IOException {
        IndexMeta meta = Generations.readMeta(generation);
        if (meta == null || problem(meta, source) != null) {
            return null;
        }
        Fingerprint now = Fingerprint.stat(source);
        List<Fingerprint.Stamp> stored = meta.files();
        List<CatalogSource.File> files = Fingerprint.files(source);
        if (stored.size() != now.files().size() || files.size() != stored.size()) {
            return null;
        }
        List<Fingerprint.Stamp> stamps = new ArrayList<>();
        Map<String, byte[]> changed = new LinkedHashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            Fingerprint.Stamp was = stored.get(i);
            Fingerprint.Stamp is = now.files().get(i);
            if (!was.path().equals(is.path())) {
                return null;
            }
            if (was.size() == is.size() && was.mtime() == is.mtime() && is.checksum() == null) {
                stamps.add(was);
                continue;
            }
            CatalogSource.File f = files.get(i);
            boolean known = written != null && f.path().equals(writtenFile);
            byte[] bytes = known ? written.bytes() : f.file() != null ? Files.readAllBytes(f.file()) : CatalogLocator.resource(f.resource());
            Fingerprint.Stamp hashed = new Fingerprint.Stamp(is.path(), is.size(), is.mtime(), Fingerprint.checksum(bytes));
            stamps.add(hashed);
            if (!hashed.checksum().equals(was.checksum())) {
                if (i >= source.files().size()) {
                    // papers.yaml: its synonyms are in every document
                    return null;
                }
                changed.put(f.path(), bytes);
            }
        }
        if (changed.isEmpty()) {
            // touched, not changed
            IndexMeta touched = meta.withFiles(stamps);
            Generations.writeMetaQuietly(generation, touched);
            return new Refreshed(touched, 0, 0);
        }
        // nothing is committed but the whole refresh with its table: a refresh given up half way leaves the index as it was
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField()).setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setCommitOnClose(false);
        int read = 0;
        int sections;
        int entries;
        Set<String> labels = new TreeSet<>(meta.labels());
        try (Directory dir = FSDirectory.open(generation); IndexWriter writer = new IndexWriter(dir, cfg)) {
            // the table of the last commit, which the writer holds
            String storedTable = null;
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                for (Map.Entry<String, String> d : data) {
                    if (d.getKey().equals(SectionTable.KEY)) {
                        storedTable = d.getValue();
                    }
                }
            }
            SectionTable table = SectionTable.decode(storedTable);
            CatalogParser parser = new CatalogParser();
            for (Map.Entry<String, byte[]> file : changed.entrySet()) {
                if (!table.has(file.getKey())) {
                    return null;
                }
                List<Sections.Section> cut = written != null && file.getKey().equals(writtenFile) ? written.sections()
                        : Sections.cut(file.getValue());
                read += reread(writer, table, parser, file.getKey(), file.getValue(), cut, source.config().synonyms(), labels);
            }
            sections = table.size();
            writer.setLiveCommitData(Map.of(SectionTable.KEY, table.encode()).entrySet());
            writer.commit();
            entries = writer.getDocStats().numDocs;
        }
        IndexMeta fresh = new IndexMeta(meta.format(), meta.lucene(), meta.identity(), stamps, entries, List.copyOf(labels),
                meta.unread());
        Generations.writeMetaQuietly(generation, fresh);
        return new Refreshed(fresh, read, sections);
    }

    /**
     * Re-indexes the sections of {@code file} that changed (its bytes now are {@code bytes}, cut as {@code cut}), against
     * its rows in {@code table} (updated to the file as it is now); returns how many sections were read.
     */
    private static int reread(IndexWriter writer, SectionTable table, CatalogParser parser, String file, byte[] bytes,
            List<Sections.Section> cut, Map<String, List<String>> synonyms, Set<String> labels) throws IOException {
        Map<Long, ArrayDeque<SectionTable.Row>> old = new HashMap<>();
        for (SectionTable.Row r : table.rows(file)) {
            old.computeIfAbsent(r.hash(), h -> new ArrayDeque<>()).add(r);
        }
        List<SectionTable.Row> rows = new ArrayList<>();
        List<Sections.Section> wanted = new ArrayList<>();
        List<SectionTable.Row> wantedRows = new ArrayList<>();
        for (Sections.Section s : cut) {
            ArrayDeque<SectionTable.Row> same = old.get(s.hash());
            if (same != null && !same.isEmpty()) {
                rows.add(same.poll().at(s.start(), s.end()));
            } else {
                SectionTable.Row row = table.newRow(s);
                rows.add(row);
                wanted.add(s);
                wantedRows.add(row);
            }
        }
        // most of the file changed (another branch checked out, say): one parse of it all is cheaper
        List<List<Entry>> entries = wanted.size() * 2 > cut.size() ? null : Sections.read(parser, file, bytes, cut, wanted);
        List<Query> gone = new ArrayList<>();
        if (entries == null) {
            // or a section did not read as the scan of lines took it: the file is read whole, as at a build
            ParsedFile parsed = parser.parse(CatalogReader.decode(bytes, file));
            for (SectionTable.Row r : table.rows(file)) {
                gone.add(new TermQuery(new Term(Fields.PART, r.id())));
            }
            writer.deleteDocuments(gone.toArray(Query[]::new));
            rows.clear();
            for (Sections.Section s : Sections.of(parsed)) {
                rows.add(table.newRow(s));
            }
            table.put(file, rows);
            index(writer, parsed.entries(), rows, Acronyms.of(parsed.entries(), synonyms), labels, () -> { });
            return rows.size();
        }
        old.values().forEach(left -> left.forEach(r -> gone.add(new TermQuery(new Term(Fields.PART, r.id())))));
        if (!gone.isEmpty()) {
            writer.deleteDocuments(gone.toArray(Query[]::new));
        }
        List<Entry> added = new ArrayList<>();
        entries.forEach(added::addAll);
        Acronyms acronyms = Acronyms.of(added, synonyms);
        for (int i = 0; i < wanted.size(); i++) {
            index(writer, entries.get(i), List.of(wantedRows.get(i)), acronyms, labels, () -> { });
        }
        table.put(file, rows);
        return wanted.size();
    }

    /** A section of the catalog and how much its entries resemble a text. */
    public record SectionScore(String file, String section, double score) {}

    /**
     * The sections whose entries are most like {@code text} (a new paper's title and abstract), best
     * first: the scores of the 30 entries most like it, added up per section.
     */
    public List<SectionScore> sectionsLike(String text, int max) {
        try {
            List<String> terms = Analyzers.terms(Analyzers.text(), text).stream().limit(60).toList();
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

    /**
     * When this call brought a stored index up to date in place: how many sections it read again, of how many
     * (0 of n when files were only touched); empty when it needed no refresh or was built.
     */
    public Optional<int[]> refreshedSections() {
        return refreshed == null ? Optional.empty() : Optional.of(new int[] {refreshed.read(), refreshed.sections()});
    }

    /** Every entry the index holds, in file then line order, with their lines as they are now. */
    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        try {
            var stored = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    out.add(entry(stored.document(doc), table()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(Entry::file).thenComparingInt(Entry::line));
        return out;
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
