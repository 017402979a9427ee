package papers.index;

import com.github.difflib.DiffUtils;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
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
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Version;
import papers.catalog.ArxivId;
import papers.catalog.Catalog;
import papers.catalog.CatalogSource;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.MarkdownLines;
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
    private static final String META = "meta.properties";
    private static final Pattern COMPACTABLE = Pattern.compile("[\\p{L}\\p{N}]+(?:[-_.+/][\\p{L}\\p{N}]+)+|\\p{L}+\\p{N}+\\p{L}*|\\p{N}+\\p{L}+");

    private final Directory directory;
    private DirectoryReader reader;
    private Meta meta;
    private final boolean built;
    private Path generation;

    /**
     * Lines inserted ({@code delta} > 0) or removed into {@code file} at {@code from} since the index was
     * built: stored entries at or after that line are that much further down now.
     */
    record Shift(String file, int from, int delta) {}

    /** Most line shifts kept before the next change rebuilds the index instead. */
    static final int MAX_SHIFTS = 500;

    /** {@code e}, indexed at generation {@code gen}, with the line shifts made since applied. */
    static Entry adjust(Entry e, int gen, List<Shift> shifts) {
        Entry out = e;
        for (int i = gen; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            if (s.file().equals(out.file()) && out.line() >= s.from()) {
                List<Link> links = new ArrayList<>();
                for (Link l : out.links()) {
                    links.add(new Link(l.label(), l.url(), l.line() >= s.from() ? l.line() + s.delta() : l.line(),
                            l.column()));
                }
                out = out.toBuilder().links(links).lines(out.line() + s.delta(), out.lastLine() + s.delta()).build();
            }
        }
        return out;
    }

    /** What the index records of itself beside the Lucene files, as a properties file. */
    record Meta(int format, String lucene, String identity, List<Fingerprint.Stamp> files, int entries,
            List<String> labels, List<Shift> shifts, List<String> unread) {

        Meta {
            shifts = shifts == null ? List.of() : List.copyOf(shifts);
            unread = unread == null ? List.of() : List.copyOf(unread);
        }

        Meta withFiles(List<Fingerprint.Stamp> newFiles) {
            return new Meta(format, lucene, identity, newFiles, entries, labels, shifts, unread);
        }

        byte[] bytes() {
            Properties p = new Properties();
            p.setProperty("format", String.valueOf(format));
            p.setProperty("lucene", lucene);
            p.setProperty("identity", identity);
            p.setProperty("entries", String.valueOf(entries));
            p.setProperty("labels", String.join(",", labels));
            p.setProperty("files", String.valueOf(files.size()));
            p.setProperty("shifts", String.valueOf(shifts.size()));
            p.setProperty("unread", String.valueOf(unread.size()));
            for (int i = 0; i < unread.size(); i++) {
                p.setProperty("unread." + i, unread.get(i));
            }
            for (int i = 0; i < shifts.size(); i++) {
                p.setProperty("shift." + i, shifts.get(i).file() + "\u0000" + shifts.get(i).from() + "\u0000" + shifts.get(i).delta());
            }
            for (int i = 0; i < files.size(); i++) {
                Fingerprint.Stamp f = files.get(i);
                p.setProperty("file." + i + ".path", f.path());
                p.setProperty("file." + i + ".size", String.valueOf(f.size()));
                p.setProperty("file." + i + ".mtime", String.valueOf(f.mtime()));
                p.setProperty("file." + i + ".checksum", f.checksum() == null ? "" : f.checksum());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                p.store(out, "papers search index");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        static Meta read(Path file) throws IOException {
            Properties p = new Properties();
            try (var in = Files.newInputStream(file)) {
                p.load(in);
            }
            List<Fingerprint.Stamp> files = new ArrayList<>();
            int n = Integer.parseInt(p.getProperty("files"));
            for (int i = 0; i < n; i++) {
                String sum = p.getProperty("file." + i + ".checksum");
                files.add(new Fingerprint.Stamp(p.getProperty("file." + i + ".path"),
                        Long.parseLong(p.getProperty("file." + i + ".size")), Long.parseLong(p.getProperty("file." + i + ".mtime")),
                        sum == null || sum.isEmpty() ? null : sum));
            }
            String labels = p.getProperty("labels", "");
            List<Shift> shifts = new ArrayList<>();
            int s = Integer.parseInt(p.getProperty("shifts", "0"));
            for (int i = 0; i < s; i++) {
                String[] parts = p.getProperty("shift." + i).split("\u0000");
                shifts.add(new Shift(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            }
            List<String> unread = new ArrayList<>();
            int u = Integer.parseInt(p.getProperty("unread", "0"));
            for (int i = 0; i < u; i++) {
                unread.add(p.getProperty("unread." + i, ""));
            }
            return new Meta(Integer.parseInt(p.getProperty("format")), p.getProperty("lucene"), p.getProperty("identity"),
                    files, Integer.parseInt(p.getProperty("entries")), labels.isEmpty() ? List.of() : List.of(labels.split(",")),
                    shifts, unread);
        }
    }

    private CatalogIndex(Directory directory, DirectoryReader reader, Meta meta, boolean built) {
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
            Path generation = current(home);
            if (!rebuild && generation != null) {
                Meta meta = readMeta(generation);
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
                            writeMetaQuietly(generation, meta);
                        }
                    }
                    if (fresh) {
                        try {
                            Directory dir = openForReading(generation);
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
        Path generation = current(home);
        Meta meta = generation == null ? null : readMeta(generation);
        if (meta == null || problem(meta, source) != null) {
            return Optional.empty();
        }
        Fingerprint now = Fingerprint.stat(source);
        if (!now.sameStat(new Fingerprint(meta.files())) && !now.hashed(source).sameContent(new Fingerprint(meta.files()))) {
            return Optional.empty();
        }
        try {
            Directory dir = openForReading(generation);
            CatalogIndex index = new CatalogIndex(dir, DirectoryReader.open(dir), meta, false);
            index.generation = generation;
            return Optional.of(index);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why a stored index cannot be used as it is, or null when it can. */
    private static String problem(Meta meta, CatalogSource source) {
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
            Meta meta = write(dir, source, load.get(), Fingerprint.stat(source), progress);
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
        Meta meta;
        try (Directory dir = FSDirectory.open(generation)) {
            meta = write(dir, source, load.get(), now, progress);
        }
        Path metaTmp = generation.resolve(META + ".tmp");
        Files.write(metaTmp, meta.bytes());
        move(metaTmp, generation.resolve(META));
        Path pointer = home.resolve("current.tmp-" + ProcessHandle.current().pid());
        Files.writeString(pointer, generation.getFileName().toString(), StandardCharsets.UTF_8);
        move(pointer, home.resolve("current"));
        removeOldGenerations(home, generation);
        Directory dir = openForReading(generation);
        CatalogIndex index = new CatalogIndex(dir, DirectoryReader.open(dir), meta, true);
        index.generation = generation;
        return index;
    }

    /**
     * A directory to search: plain file reads rather than memory maps, which cost more to set up than
     * a catalog-sized index takes to read.
     */
    private static Directory openForReading(Path generation) throws IOException {
        return new NIOFSDirectory(generation);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes generations other than {@code keep} that are over a minute old (a reader may still be opening one). */
    private static void removeOldGenerations(Path home, Path keep) {
        long cutoff = System.currentTimeMillis() - 60_000;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(home, "g-*")) {
            for (Path g : s) {
                if (!g.equals(keep) && Files.getLastModifiedTime(g).toMillis() < cutoff) {
                    deleteTree(g);
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // another process may be cleaning too; what is left is cleaned next time
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path current(Path home) {
        try {
            String name = Files.readString(home.resolve("current"), StandardCharsets.UTF_8).strip();
            if (!name.matches("g-[0-9]+-[0-9]+")) {
                return null;
            }
            Path g = home.resolve(name);
            return Files.isDirectory(g) ? g : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Meta readMeta(Path generation) {
        try {
            return Meta.read(generation.resolve(META));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeMetaQuietly(Path generation, Meta meta) {
        try {
            Path tmp = generation.resolve(META + ".tmp-" + ProcessHandle.current().pid());
            Files.write(tmp, meta.bytes());
            move(tmp, generation.resolve(META));
        } catch (IOException ignored) {
            // the index is still right; the content hash is simply computed again next time
        }
    }

    private static Meta write(Directory dir, CatalogSource source, Catalog catalog, Fingerprint now,
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
                writer.addDocument(document(e, acronyms, labels, 0));
                if (++done % 2000 == 0) {
                    progress.accept(done, entries.size());
                }
            }
            progress.accept(entries.size(), entries.size());
            writer.commit();
        }
        return new Meta(FORMAT, Version.LATEST.toString(), source.identity(),
                now.hashed(source).files(), entries.size(), List.copyOf(labels), List.of(), catalog.unreadWarnings());
    }

    /** One entry as a document: each field typed and analysed for how it is searched. */
    static Document document(Entry e, Acronyms acronyms, Set<String> labels, int gen) {
        Document d = new Document();
        // the index generation it was written at, for the line shifts made after it
        d.add(new StoredField(Fields.GEN, gen));
        // duplicates are found by folded title and DOI too
        d.add(new StringField(Fields.FOLDED_TITLE, Slugs.foldTitle(e.title()), Field.Store.NO));
        if (e.doi() != null) {
            d.add(new StringField(Fields.DOI, e.doi().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        // exact key, for replacing one entry
        d.add(new StringField(Fields.KEY, e.file() + ":" + e.line(), Field.Store.NO));
        // ids, tags and dates are matched whole, never analysed
        if (e.arxiv() != null) {
            d.add(new StringField(Fields.ARXIV, e.arxiv().id().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String tag : e.tags()) {
            d.add(new StringField(Fields.TAG, tag, Field.Store.NO));
        }
        if (e.date() != null) {
            d.add(new StringField(Fields.YEAR, String.format(Locale.ROOT, "%04d", e.date().year()), Field.Store.NO));
            e.date().yearMonth().ifPresent(m -> d.add(new StringField(Fields.MONTH, m, Field.Store.NO)));
            d.add(new StringField(Fields.DATE, e.date().toString(), Field.Store.NO));
        }
        // free text: stemmed English, Han bigrams
        d.add(new TextField(Fields.TITLE, e.title(), Field.Store.NO));
        if (e.alias() != null) {
            d.add(new TextField(Fields.NAME, e.alias(), Field.Store.NO));
        }
        if (!e.authors().isEmpty()) {
            d.add(new TextField(Fields.AUTHORS, String.join(", ", e.authors()), Field.Store.NO));
        }
        if (e.venue() != null) {
            d.add(new TextField(Fields.VENUE, e.venue(), Field.Store.NO));
        }
        if (e.sectionPath() != null) {
            d.add(new TextField(Fields.SECTION, e.sectionPath(), Field.Store.NO));
        }
        d.add(new TextField(Fields.TAG_TEXT, String.join(" ", e.tags()).replace('-', ' '), Field.Store.NO));
        StringBuilder notes = new StringBuilder(e.notes() == null ? "" : e.notes());
        e.fields().forEach((label, value) -> {
            String name = Fields.FIELD_PREFIX + Fields.label(label);
            labels.add(Fields.label(label));
            d.add(new TextField(name, value, Field.Store.NO));
            notes.append(' ').append(value);
        });
        if (!notes.isEmpty()) {
            d.add(new TextField(Fields.NOTES, notes.toString(), Field.Store.NO));
        }
        // model names written without their punctuation: Qwen2-VL is also qwen2vl
        String compact = compact(e.alias() == null ? e.title() : e.title() + " " + e.alias());
        if (!compact.isEmpty()) {
            d.add(new TextField(Fields.COMPACT, compact, Field.Store.NO));
        }
        String implied = acronyms.implied(e.title() + " " + notes);
        if (!implied.isEmpty()) {
            d.add(new TextField(Fields.ACRONYM, implied, Field.Store.NO));
        }
        // unstemmed words, the dictionary for "did you mean"
        d.add(new TextField(Fields.SPELL, e.title() + " " + notes + " " + String.join(" ", e.tags()), Field.Store.NO));
        d.add(new StoredField(Fields.ENTRY, EntryCodec.encode(e)));
        // where the entry sits, stored apart so that "which section is this like" reads no whole entry
        if (e.sectionPath() != null) {
            d.add(new StoredField(Fields.SECTION_KEY, e.file() + "\u0000" + e.sectionPath()));
        }
        return d;
    }

    /** Words that mix letters with digits or joiners, with the joiners taken out: {@code Qwen2-VL} to {@code Qwen2VL}. */
    static String compact(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = COMPACTABLE.matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("[-_.+/]", "");
            sb.append(word).append(' ');
        }
        return sb.toString().strip();
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
        return adjust(e, gen == null ? 0 : gen.numericValue().intValue(), shifts);
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
        List<Shift> moved = shifts(file, before, after);
        if (meta.shifts().size() + moved.size() >= MAX_SHIFTS) {
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
                writer.addDocument(document(e, acronyms, labels, shifts.size()));
            }
            writer.commit();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        meta = new Meta(meta.format(), meta.lucene(), meta.identity(), Fingerprint.stat(source).hashed(source).files(),
                meta.entries() - removed + added.size(), List.copyOf(labels), shifts, meta.unread());
        writeMetaQuietly(generation, meta);
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

    /**
     * How the lines of {@code file} moved from {@code before} to {@code after}: one shift per place lines
     * were added or taken out, last place first, so that each is in the lines as they were.
     */
    static List<Shift> shifts(String file, String before, String after) {
        List<String> a = MarkdownLines.of(before).list();
        List<String> b = MarkdownLines.of(after).list();
        // the lines both share at the start and at the end need no diff
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Shift> out = new ArrayList<>();
        var deltas = DiffUtils.diff(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail)).getDeltas();
        for (var d : deltas) {
            int delta = d.getTarget().size() - d.getSource().size();
            if (delta != 0) {
                out.add(new Shift(file, head + d.getSource().getPosition() + d.getSource().size() + 1, delta));
            }
        }
        Collections.reverse(out);
        return out;
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
