package papers.curate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.ArxivId;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.Sections;
import papers.catalog.Slugs;

/**
 * Which entries a user named: by {@code FILE:LINE} (the entry written on that line, as lint and search print
 * places), by arXiv id or URL (every entry of that paper), by the slug of a title or alias, else by its first
 * words. Used by show, update, move and remove alike.
 *
 * <pre>{@code
 * List<Entry> chosen = Selection.choose(catalog.entries(), List.of("2409.12191", "clip-dpo"), false);
 * }</pre>
 */
public final class Selection {
    private static final int SHOWN = 5;
    /** {@code FILE:LINE}, as lint, search and every diagnostic print a place. */
    private static final Pattern FILE_LINE = Pattern.compile("(.+):([0-9]{1,9})");

    private Selection() {}

    /** The entries {@code id} names, in catalog order; none when it names nothing. */
    public static List<Entry> find(List<Entry> entries, String id) {
        return find(entries, entries.stream().map(Entry::file).distinct().toList(), id);
    }

    /** As {@link #find(List, String)}, where {@code files} are the catalog's files that {@code FILE:LINE} may name. */
    private static List<Entry> find(List<Entry> entries, List<String> files, String id) {
        Matcher at = FILE_LINE.matcher(id.strip());
        if (at.matches() && files.stream().anyMatch(f -> sameFile(f, at.group(1)))) {
            int line = Integer.parseInt(at.group(2));
            return entries.stream().filter(e -> sameFile(e.file(), at.group(1)) && e.line() <= line && line <= e.lastLine())
                    .toList();
        }
        Optional<ArxivId> arxiv = ArxivId.parse(id);
        if (arxiv.isPresent()) {
            return entries.stream().filter(e -> arxiv.get().equals(e.arxiv())).toList();
        }
        String slug = Slugs.tag(id);
        if (slug.isEmpty()) {
            return List.of();
        }
        List<Entry> exact = entries.stream()
                .filter(e -> Slugs.tag(e.title()).equals(slug) || e.alias() != null && Slugs.tag(e.alias()).equals(slug))
                .toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return entries.stream().filter(e -> (Slugs.tag(e.title()) + "-").startsWith(slug + "-")).toList();
    }

    /**
     * The sections of a file that hold every entry {@code ids} can name: for {@code FILE:LINE}, the section of
     * that line; for an arXiv id, each section its number is written in (every way of writing an id holds it).
     * Empty when an id names entries by title, which only a read of every entry finds.
     */
    public static Optional<Sections.Chooser> sections(List<String> ids) {
        List<String> places = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (String id : ids) {
            Matcher at = FILE_LINE.matcher(id.strip());
            Optional<ArxivId> arxiv = ArxivId.parse(id);
            if (at.matches()) {
                places.add(at.group(1));
                lines.add(Integer.parseInt(at.group(2)));
            }
            if (arxiv.isPresent()) {
                String n = arxiv.get().toString();
                numbers.add(n.substring(n.indexOf('/') + 1));
            } else if (!at.matches()) {
                return Optional.empty();
            }
        }
        return Optional.of((path, bytes, sections) -> {
            BitSet wanted = new BitSet(sections.size());
            for (int i = 0; i < places.size(); i++) {
                if (sameFile(path, places.get(i))) {
                    int line = lines.get(i);
                    for (int s = 0; s < sections.size(); s++) {
                        if (sections.get(s).start() <= line && line < sections.get(s).end()) {
                            wanted.set(s);
                        }
                    }
                }
            }
            // one char per byte, so offsets in it are offsets in the bytes (String.indexOf is the JDK's fast search)
            String scan = numbers.isEmpty() ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
            for (String n : numbers) {
                int s = 0;
                for (int at = scan.indexOf(n); at >= 0; at = scan.indexOf(n, at + 1)) {
                    while (sections.get(s).to() <= at) {
                        s++;
                    }
                    wanted.set(s);
                }
            }
            return wanted.stream().mapToObj(sections::get).toList();
        });
    }

    /** The refusal of an id that names several entries: where each is, and how to name one, or all. */
    private static String several(String id, List<Entry> matches, String command) {
        List<String> where = new ArrayList<>();
        for (Entry e : matches.subList(0, Math.min(SHOWN, matches.size()))) {
            String place = e.file() + ":" + e.line();
            where.add(command == null ? place + " " + e.title() : place + " " + e.title() + ": " + command.replace("{}", quoted(place)));
        }
        return "'" + id + "' matches " + matches.size() + " entries (" + String.join("; ", where)
                + (matches.size() > SHOWN ? "; ..." : "") + "): name one by FILE:LINE" + (command == null ? "" : " as shown")
                + ", or pass --all for every one";
    }

    /** {@code s} as one shell word. */
    static String quoted(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** True when {@code given} names {@code file}: the same path, or its last parts ({@code docs/list.md}, {@code list.md}). */
    private static boolean sameFile(String file, String given) {
        String f = file.replace('\\', '/');
        String g = given.replace('\\', '/');
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        return f.equals(g) || f.endsWith("/" + g);
    }

    /**
     * The entries {@code ids} name, in catalog order. An id that names none is {@code NOT_FOUND}; one that
     * names several is {@code REFUSED} (listing them) unless {@code all}.
     */
    public static List<Entry> choose(List<Entry> entries, List<String> ids, boolean all) {
        return choose(entries, ids, all, null);
    }

    /**
     * As {@link #choose(List, List, boolean)}; a refusal also gives, for each entry an id names, the command
     * that would name that one alone: {@code command} with {@code {}} where its {@code FILE:LINE} goes.
     */
    public static List<Entry> choose(List<Entry> entries, List<String> ids, boolean all, String command) {
        return choose(entries, entries.stream().map(Entry::file).distinct().toList(), ids, all, command);
    }

    /**
     * As {@link #choose(List, List, boolean, String)} over {@code catalog}, which may hold only the entries of
     * the sections {@link #sections} picked for {@code ids}.
     */
    public static List<Entry> choose(Catalog catalog, List<String> ids, boolean all, String command) {
        return choose(catalog.entries(), catalog.files().stream().map(f -> f.source().path()).toList(), ids, all, command);
    }

    private static List<Entry> choose(List<Entry> entries, List<String> files, List<String> ids, boolean all, String command) {
        // by identity: an entry's own hash walks all its fields, and a big catalog has many
        Set<Entry> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String id : ids) {
            List<Entry> matches = find(entries, files, id);
            if (matches.isEmpty()) {
                Matcher at = FILE_LINE.matcher(id.strip());
                boolean place = at.matches() && files.stream().anyMatch(f -> sameFile(f, at.group(1)));
                throw new CurateException(CurateException.Reason.NOT_FOUND, place ? "no entry at " + id.strip()
                        : "no entry matches '" + id + "' (papers search finds it by words)");
            }
            if (matches.size() > 1 && !all) {
                throw new CurateException(CurateException.Reason.REFUSED, several(id, matches, command));
            }
            chosen.addAll(matches);
        }
        return entries.stream().filter(chosen::contains).toList();
    }
}
