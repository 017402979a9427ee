package papers.catalog.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.CatalogParser;
import papers.catalog.MarkdownLines;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.SourceFile;
import papers.catalog.format.MarkdownText;

/**
 * A file's table of contents: its first list (outside code fences) of two or more items that are all
 * {@code [Text](#anchor)} links. It can be written again from the headings that follow it (and those
 * above it that it names), in its own style (marker, indentation, numbering per depth) and over the
 * heading levels it covers, with GitHub's anchors; an item whose anchor still names a heading keeps its
 * own text. Headings about the list itself (Contributing, License, Citation, ...) are listed only
 * where the table already lists them. Only the headings
 * are needed, not the entries, so this is cheap on a big file.
 *
 * <pre>{@code
 * String fixed = TableOfContents.rewrite(source, CatalogParser.outline(source));
 * }</pre>
 */
public final class TableOfContents {
    private static final Pattern ITEM = Pattern.compile(
            "^([ \\t]*)(?:([-*+])|(\\d+)([.)]))([ \\t]+)\\[(.+)]\\(#([^)\\s]*)\\)[ \\t]*$");

    private TableOfContents() {}

    /** One item: its 1-based line, indentation, bullet (or null when numbered), number, delimiter, gap, text and anchor. */
    public record Item(int line, String indent, String bullet, Integer number, String delimiter, String gap, String text,
            String anchor) {
        int width() {
            return indent.replace("\t", "    ").length();
        }
    }

    /** The table: the lines it spans and its items. */
    public record Toc(int firstLine, int lastLine, List<Item> items) {}

    /** A heading the table should list: its text, anchor, depth in the table and line. */
    public record Wanted(String text, String anchor, int depth, int line) {}

    /** The table of contents of {@code source}, if it has one. */
    public static Optional<Toc> find(SourceFile source) {
        if (!source.text().contains("](#")) {
            return Optional.empty();
        }
        List<String> lines = lines(source);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("```") || l.startsWith("~~~")) {
                fenced = !fenced;
            }
            if (fenced || !ITEM.matcher(lines.get(i)).matches()) {
                continue;
            }
            List<Item> items = new ArrayList<>();
            int j = i;
            for (; j < lines.size(); j++) {
                Matcher m = ITEM.matcher(lines.get(j));
                if (!m.matches()) {
                    break;
                }
                items.add(new Item(j + 1, m.group(1), m.group(2), m.group(3) == null ? null : Integer.valueOf(m.group(3)),
                        m.group(4), m.group(5), m.group(6), m.group(7)));
            }
            if (items.size() >= 2) {
                return Optional.of(new Toc(i + 1, j, items));
            }
            i = j - 1;
        }
        return Optional.empty();
    }

    /** The table of contents of a parsed file, if it has one. */
    public static Optional<Toc> find(ParsedFile parsed) {
        return find(parsed.source());
    }

    /** The headings {@code toc} should list, in order: those after it at the levels it covers. */
    public static List<Wanted> wanted(List<ParsedFile.Heading> headings, Toc toc) {
        List<String> anchors = Slugs.anchors(headings.stream().map(ParsedFile.Heading::anchorText).toList());
        Map<String, ParsedFile.Heading> byAnchor = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            byAnchor.putIfAbsent(anchors.get(i), headings.get(i));
        }
        TreeSet<Integer> widths = new TreeSet<>();
        toc.items().forEach(it -> widths.add(it.width()));
        int minWidth = widths.first();
        // the level of the outermost items: of the headings they name, else the highest level after the table
        int base = Integer.MAX_VALUE;
        for (Item it : toc.items()) {
            ParsedFile.Heading h = byAnchor.get(it.anchor());
            if (it.width() == minWidth && h != null && !h.isTitle()) {
                base = Math.min(base, h.level());
            }
        }
        if (base == Integer.MAX_VALUE) {
            for (ParsedFile.Heading h : headings) {
                if (h.line() > toc.lastLine() && !h.isTitle()) {
                    base = Math.min(base, h.level());
                }
            }
        }
        int deepest = base + widths.size() - 1;
        // from the first heading it names (one above it, where it lists such), else from the table down
        Set<String> listed = new HashSet<>();
        toc.items().forEach(it -> listed.add(it.anchor()));
        int from = toc.lastLine() + 1;
        for (int i = 0; i < headings.size(); i++) {
            if (listed.contains(anchors.get(i)) && !headings.get(i).isTitle()) {
                from = Math.min(from, headings.get(i).line());
            }
        }
        List<Wanted> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            ParsedFile.Heading h = headings.get(i);
            boolean named = listed.contains(anchors.get(i));
            if (h.line() >= from && !h.isTitle() && h.level() >= base && h.level() <= deepest
                    && (named || (h.line() > toc.lastLine() && !ABOUT_THE_LIST.matcher(Slugs.tag(h.text())).matches()))) {
                out.add(new Wanted(h.text(), anchors.get(i), h.level() - base, h.line()));
            }
        }
        return out;
    }

    /** Headings about the list rather than papers, which many tables leave out: listed only where they already are. */
    private static final Pattern ABOUT_THE_LIST = Pattern.compile("(?:how-to-)?(?:contribut\\w*|licen[cs]e|citations?|cite|cite-us|"
            + "acknowledge?ments?|star-history|contacts?|contributors|to-?do|table-of-contents|contents)");

    /**
     * The lines the table should hold, in the table's own style: every item it has whose anchor resolves (to any
     * heading, the title and those about the list included, in any case), with its own text and anchor and in
     * its place; an item whose anchor resolves to nothing repaired to the nearest heading it does not list
     * (else left out); and each heading of {@link #wanted} that no item lists, put in after the one before it.
     */
    public static List<String> render(List<ParsedFile.Heading> headings, Toc toc) {
        List<Wanted> wanted = wanted(headings, toc);
        Set<String> resolvable = new HashSet<>();
        Slugs.anchors(headings.stream().map(ParsedFile.Heading::anchorText).toList())
                .forEach(x -> resolvable.add(x.toLowerCase(Locale.ROOT)));
        Map<String, Integer> wantedAt = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            wantedAt.putIfAbsent(wanted.get(i).anchor(), i);
        }
        Set<Integer> listed = new HashSet<>();
        for (Item it : toc.items()) {
            Integer at = wantedAt.get(it.anchor().toLowerCase(Locale.ROOT));
            if (at != null) {
                listed.add(at);
            }
        }
        // first the repairs, so that a heading an item is repaired to is not put in again
        Map<Item, Integer> repaired = new HashMap<>();
        for (Item it : toc.items()) {
            String anchor = it.anchor().toLowerCase(Locale.ROOT);
            if (!wantedAt.containsKey(anchor) && !resolvable.contains(anchor)) {
                Integer near = nearestUnlisted(wanted, listed, it.anchor());
                if (near != null) {
                    listed.add(near);
                    repaired.put(it, near);
                }
            }
        }
        Style style = new Style(toc);
        List<String> out = new ArrayList<>();
        int next = 0;
        for (Item it : toc.items()) {
            String anchor = it.anchor();
            Integer at = repaired.containsKey(it) ? repaired.get(it) : wantedAt.get(anchor.toLowerCase(Locale.ROOT));
            if (at == null && !resolvable.contains(anchor.toLowerCase(Locale.ROOT))) {
                continue; // names no heading, and none is near: the fix takes it out
            }
            if (repaired.containsKey(it)) {
                anchor = wanted.get(at).anchor();
            }
            if (at != null) {
                for (; next < at; next++) {
                    if (!listed.contains(next)) {
                        out.add(style.line(wanted.get(next).depth(), MarkdownText.escapeLinkText(wanted.get(next).text()),
                                wanted.get(next).anchor()));
                    }
                }
                next = Math.max(next, at + 1);
            }
            out.add(style.line(style.depthOf(it), it.text(), anchor));
        }
        for (; next < wanted.size(); next++) {
            if (!listed.contains(next)) {
                out.add(style.line(wanted.get(next).depth(), MarkdownText.escapeLinkText(wanted.get(next).text()),
                        wanted.get(next).anchor()));
            }
        }
        return out;
    }

    /** The wanted heading no item lists whose anchor is nearest {@code anchor} (a few edits away at most), or null. */
    private static Integer nearestUnlisted(List<Wanted> wanted, Set<Integer> listed, String anchor) {
        Integer best = null;
        int bestDistance = Math.max(2, anchor.length() / 4) + 1;
        for (int i = 0; i < wanted.size(); i++) {
            int d = Slugs.editDistance(wanted.get(i).anchor(), anchor.toLowerCase(Locale.ROOT));
            if (!listed.contains(i) && d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How the table writes an item at each depth: indent, bullet or number (counted on, or all alike), gap. */
    private static final class Style {
        private final List<Integer> widths;
        private final Map<Integer, Item> first = new HashMap<>();
        private final Map<Integer, Boolean> sameNumber = new HashMap<>();
        private final int[] counters;

        Style(Toc toc) {
            widths = new ArrayList<>(new TreeSet<>(toc.items().stream().map(Item::width).toList()));
            for (Item it : toc.items()) {
                int depth = widths.indexOf(it.width());
                Item seen = first.putIfAbsent(depth, it);
                if (seen != null && it.number() != null) {
                    sameNumber.merge(depth, it.number().equals(seen.number()), Boolean::logicalAnd);
                }
            }
            counters = new int[widths.size()];
        }

        int depthOf(Item it) {
            return widths.indexOf(it.width());
        }

        /** The next item at {@code depth}, numbered on from the one before it at that depth. */
        String line(int depth, String text, String anchor) {
            Item style = first.get(Math.min(depth, widths.size() - 1));
            for (int d = depth + 1; d < counters.length; d++) {
                counters[d] = 0;
            }
            String marker;
            if (style.number() != null) {
                boolean same = sameNumber.getOrDefault(depth, false);
                int n = same || counters[depth] == 0 ? style.number() : counters[depth] + 1;
                counters[depth] = n;
                marker = n + style.delimiter();
            } else {
                marker = style.bullet();
            }
            return style.indent() + marker + style.gap() + "[" + text + "](#" + anchor + ")";
        }
    }

    /** True when {@code source} has a table of contents that lists its headings as {@link #render} would. */
    public static boolean inStep(SourceFile source, List<ParsedFile.Heading> headings) {
        Optional<Toc> toc = find(source);
        return toc.isPresent() && render(headings, toc.get()).equals(lines(source).subList(toc.get().firstLine() - 1,
                toc.get().lastLine()));
    }

    /** The text of {@code source} with its table of contents written from {@code headings}; unchanged when it has none. */
    public static String rewrite(SourceFile source, List<ParsedFile.Heading> headings) {
        Optional<Toc> toc = find(source);
        if (toc.isEmpty()) {
            return source.text();
        }
        List<String> lines = render(headings, toc.get());
        if (lines.isEmpty()) {
            return source.text();
        }
        TextLines text = TextLines.of(source.text());
        text.replace(toc.get().firstLine(), toc.get().lastLine(), lines);
        return text.toString();
    }

    /**
     * After a change that added or removed headings: {@code after} with its table of contents written
     * again, when the table listed the headings of {@code before} as they were (a table already out of
     * step is left for lint to report).
     */
    public static String follow(SourceFile before, SourceFile after) {
        if (find(before).isEmpty() || !inStep(before, CatalogParser.outline(before))) {
            return after.text();
        }
        return rewrite(after, CatalogParser.outline(after));
    }

    private static List<String> lines(SourceFile source) {
        return MarkdownLines.of(source.text()).list();
    }
}
