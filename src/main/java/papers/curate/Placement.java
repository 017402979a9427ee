package papers.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import papers.catalog.Catalog;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.SourceFile;
import papers.catalog.format.NewEntry;
import papers.index.CatalogIndex;

/**
 * Chooses where a new entry goes in a catalog, for add, import and move. It opens the catalog's search
 * index (to find the section most like a paper) once, when first needed, and closes it.
 */
public final class Placement implements AutoCloseable {
    private final Supplier<CatalogIndex> index;
    private final Consumer<String> reasons;
    private CatalogIndex open;

    /** Placement over the index {@code index} opens; why a section was chosen by likeness goes to {@code explain}. */
    public Placement(Supplier<CatalogIndex> index, Consumer<String> explain) {
        this.index = index;
        this.reasons = explain;
    }

    /** The search index, opened once for every paper placed. */
    public CatalogIndex openIndex() {
        if (open == null) {
            open = index.get();
        }
        return open;
    }

    @Override
    public void close() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            open = null;
        }
    }

    /** Where a paper goes: a file of the catalog, and a heading in it (existing or to create). */
    public record Target(String file, ParsedFile.Heading heading, EntryDate newHeading) {}

    /**
     * Where {@code paper} goes: the heading named {@code section}; else the month or year heading of a
     * catalog organised by date (to create when missing); else the section most like it (and why, to the
     * constructor's {@code explain}, when {@code explain}); else papers.yaml's default section; else the last
     * section with entries.
     */
    /** The whole text of {@code f}: its source, or when that is a window, its bytes decoded. */
    static SourceFile whole(ParsedFile f) {
        return f.window() == null ? f.source() : CatalogReader.decode(f.bytes(), f.source().path());
    }

    public Target target(Catalog catalog, NewEntry paper, String section, boolean explain) {
        if (section != null) {
            return byName(catalog, section);
        }
        // catalogs organised by month or year: the date heading
        if (paper.date() != null) {
            for (ParsedFile f : catalog.files()) {
                List<ParsedFile.Heading> dates = f.headings().stream().filter(ParsedFile.Heading::isDate).toList();
                if (dates.size() >= 2) {
                    for (ParsedFile.Heading h : dates) {
                        if (h.covers(paper.date())) {
                            return new Target(f.source().path(), h, null);
                        }
                    }
                    boolean byMonth = dates.stream().filter(h -> h.from().month() != 0).count() * 2 >= dates.size();
                    EntryDate when = byMonth ? EntryDate.of(paper.date().year(), Math.max(1, paper.date().month()))
                            : EntryDate.of(paper.date().year());
                    return new Target(f.source().path(), null, when);
                }
            }
        }
        // catalogs organised by topic: the section most like the paper
        String text = paper.title() + " " + (paper.summary() == null ? "" : paper.summary());
        {
            List<CatalogIndex.SectionScore> like = openIndex().sectionsLike(text, 3);
            if (!like.isEmpty()) {
                CatalogIndex.SectionScore best = like.get(0);
                StringBuilder why = new StringBuilder(String.format(Locale.ROOT,
                        "section \"%s\" (%.1f) is most like it", best.section(), best.score()));
                for (CatalogIndex.SectionScore s : like.subList(1, like.size())) {
                    why.append(String.format(Locale.ROOT, s == like.get(1) ? "; runners-up: \"%s\" (%.1f)" : ", \"%s\" (%.1f)",
                            s.section(), s.score()));
                }
                if (explain) {
                    reasons.accept(why.toString());
                }
                return headingFor(catalog, best.file(), best.section());
            }
        }
        String fallback = catalog.config().defaultSection();
        if (fallback != null) {
            return byName(catalog, fallback);
        }
        // nothing better known: the last section of the first file that has entries (or headings); a catalog
        // given as its headings alone (add reads no more to place a paper) is read whole for this
        for (ParsedFile f : catalog.files()) {
            ParsedFile read = f.entries().isEmpty() && !f.headings().isEmpty() ? new CatalogParser().parse(whole(f)) : f;
            if (!read.entries().isEmpty()) {
                Entry last = read.entries().get(read.entries().size() - 1);
                return headingFor(read, last.sectionPath());
            }
        }
        ParsedFile first = catalog.files().get(0);
        List<ParsedFile.Heading> hs = first.headings();
        return new Target(first.source().path(), hs.isEmpty() ? null : hs.get(hs.size() - 1), null);
    }

    /** The heading whose path is {@code sectionPath} in {@code file}. */
    public static Target headingFor(Catalog catalog, String file, String sectionPath) {
        return headingFor(find(catalog, file), sectionPath);
    }

    /**
     * The heading whose path is {@code sectionPath} in {@code f}: the one that the section's first entry is under
     * (a path may end in a part that is no heading, such as a details summary or a bold line), else the first
     * heading named as the path's last part that one is named as.
     */
    private static Target headingFor(ParsedFile f, String sectionPath) {
        String file = f.source().path();
        if (sectionPath == null) {
            return new Target(file, null, null);
        }
        String[] parts = sectionPath.split(" / ");
        for (Entry e : f.entries()) {
            if (sectionPath.equals(e.sectionPath())) {
                ParsedFile.Heading under = null;
                for (ParsedFile.Heading h : f.headings()) {
                    if (h.line() < e.line()) {
                        under = h;
                    }
                }
                if (under != null) {
                    return new Target(file, under, null);
                }
            }
        }
        for (int i = parts.length - 1; i >= 0; i--) {
            for (ParsedFile.Heading h : f.headings()) {
                if (h.text().equals(parts[i])) {
                    return new Target(file, h, null);
                }
            }
        }
        return new Target(file, null, null);
    }

    /** The heading named {@code name} (text or slug, any case); unknown names list the closest (exit 2). */
    public static Target byName(Catalog catalog, String name) {
        String want = Slugs.tag(name);
        List<String> all = new ArrayList<>();
        for (ParsedFile f : catalog.files()) {
            for (ParsedFile.Heading h : f.headings()) {
                if (h.isTitle()) {
                    continue;
                }
                all.add(h.text());
                if (h.text().equalsIgnoreCase(name.strip()) || Slugs.tag(h.text()).equals(want)) {
                    return new Target(f.source().path(), h, null);
                }
            }
        }
        List<String> closest = all.stream().distinct()
                .sorted(Comparator.comparingInt(h -> Slugs.editDistance(Slugs.tag(h), want))).limit(3).toList();
        throw new CurateException(CurateException.Reason.INVALID, "--section: no heading '" + name + "'"
                + (closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest.stream().map(c -> "'" + c + "'").toList())));
    }

    /** The file {@code file} of {@code catalog}. */
    public static ParsedFile find(Catalog catalog, String file) {
        return catalog.files().stream().filter(f -> f.source().path().equals(file)).findFirst()
                .orElseThrow(() -> new CurateException(CurateException.Reason.INVALID, "no file " + file + " in the catalog"));
    }
}
