package papers.catalog;

import static papers.catalog.Authors.splitAuthors;
import static papers.catalog.FieldLabels.isPlaceholder;
import static papers.catalog.Inlines.clean;
import static papers.catalog.Inlines.plain;
import static papers.catalog.Inlines.stripLinks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The rows of a GFM table as entries: the title column, a name column for the alias, and what each other column means. */
final class TableRows {
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private static final Pattern NUMBER = Pattern.compile("[\\d.,%+~\\s-]+");
    private static final Set<String> TOTALS = Set.of("total", "sum", "overall", "average", "mean", "合计", "总计", "总数");

    private final DocumentWalk walk;

    TableRows(DocumentWalk walk) {
        this.walk = walk;
    }

    void read(TableBlock table) {
        List<String> header = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<TableCell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(cell);
                    }
                }
                if (!cells.isEmpty() && cells.get(0).isHeader()) {
                    header.clear();
                    cells.forEach(c -> header.add(plain(c).strip()));
                    continue;
                }
                if (!walk.inTemplate()) {
                    row((TableRow) row, cells, header);
                }
            }
        }
    }

    /** The column that holds a row's title and what its start says. */
    private record TitleCell(int column, ItemHead head) {}

    void row(TableRow row, List<TableCell> cells, List<String> header) {
        TitleCell title = titleCell(cells, header);
        if (title == null || isPlaceholder(title.head().title) || isStatistics(title, cells)) {
            return;
        }
        ItemHead head = title.head();
        ItemReader b = new ItemReader(walk, head);
        b.line = walk.line(row);
        b.lastLine = b.line;
        for (int i = 0; i < cells.size(); i++) {
            if (i == title.column()) {
                titleCellRest(b, head.titleEnd);
                if (head.description != null) {
                    b.note(head.description);
                }
            } else {
                cell(b, cells.get(i), i < header.size() ? header.get(i) : "");
            }
        }
        walk.entries.add(b.build());
    }

    /** "| **Total** | 300 |": a row that sums the table up, no link in it and nothing but numbers beside its title. */
    private static boolean isStatistics(TitleCell title, List<TableCell> cells) {
        if (title.head().linkUrl != null) {
            return false;
        }
        boolean numbers = true;
        for (int i = 0; i < cells.size(); i++) {
            if (firstLinkIn(cells.get(i)) != null) {
                return false;
            }
            String text = clean(plain(cells.get(i)));
            if (i != title.column() && !text.isEmpty() && !NUMBER.matcher(text).matches()) {
                numbers = false;
            }
        }
        return numbers || TOTALS.contains(title.head().title.strip().toLowerCase(Locale.ROOT));
    }

    private static Link firstLinkIn(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link l) {
                return l;
            }
            Link inner = firstLinkIn(c);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /**
     * The title cell after the title: "[Title](url)<br>Ada Lovelace, Alan Turing" names the authors after the
     * line break; the rest is read as any inline text is.
     */
    private static void titleCellRest(ItemReader b, Node from) {
        Set<Node> names = new HashSet<>();
        for (Node n = from; n != null; n = n.getNext()) {
            if (n instanceof HtmlInline br && Inlines.isBreak(br) && b.authors.isEmpty()) {
                StringBuilder text = new StringBuilder();
                List<Node> run = new ArrayList<>();
                for (Node t = n.getNext(); t instanceof Text tx; t = t.getNext()) {
                    text.append(tx.getLiteral());
                    run.add(t);
                }
                Optional<List<String>> found = AuthorLine.namesOnly(clean(text.toString()));
                if (found.isPresent()) {
                    b.authors.addAll(found.get());
                    names.addAll(run);
                }
            }
        }
        if (names.isEmpty()) {
            b.inlines(from, null, true);
            return;
        }
        for (Node n = from; n != null; n = n.getNext()) {
            if (!names.contains(n)) {
                b.inlines(n, n.getNext(), true);
            }
        }
    }

    /** A title column by its header (Title, Paper, ...; else Name, Model, ...), else the first cell that reads as a title. */
    private TitleCell titleCell(List<TableCell> cells, List<String> header) {
        for (Set<String> labels : List.of(FieldLabels.TITLE_LABELS, FieldLabels.NAME_LABELS)) {
            for (int i = 0; i < cells.size(); i++) {
                String name = i < header.size() ? header.get(i).toLowerCase(Locale.ROOT) : "";
                if (labels.contains(name)) {
                    ItemHead head = cellHead(cells.get(i), true);
                    if (head != null) {
                        return new TitleCell(i, head);
                    }
                }
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            String name = i < header.size() ? header.get(i).toLowerCase(Locale.ROOT) : "";
            if (!FieldLabels.DATE_LABELS.contains(name) && !FieldLabels.VENUE_LABELS.contains(name)) {
                ItemHead head = cellHead(cells.get(i), false);
                if (head != null) {
                    return new TitleCell(i, head);
                }
            }
        }
        return null;
    }

    /** What one other cell of a row says, by its column's label. */
    private static void cell(ItemReader b, TableCell cell, String label) {
        String key = label.toLowerCase(Locale.ROOT);
        String text = clean(plain(cell));
        if (FieldLabels.DATE_LABELS.contains(key) || (key.equals("year") && FOUR_DIGITS.matcher(text).matches())) {
            EntryDate.parse(text).ifPresent(d -> b.date = d);
        } else if (FieldLabels.VENUE_LABELS.contains(key)) {
            if (!text.isEmpty()) {
                b.venue = Venues.parse(text).orElse(text);
            }
        } else if (FieldLabels.AUTHOR_LABELS.contains(key)) {
            b.authors.addAll(splitAuthors(text));
        } else if (FieldLabels.NAME_LABELS.contains(key) && !text.isEmpty() && text.length() <= 60) {
            b.alias = text;
            b.inlines(cell.getFirstChild(), null, false);
        } else if (FieldLabels.TAG_LABELS.contains(key)) {
            String[] values = FieldLine.LIST_SEPARATOR.split(text);
            if (values.length == 1 && text.length() <= 40 && key.startsWith("keyword")) {
                b.alias = text; // one keyword per row names the work ("Transformers", "GPT 1.0")
            }
            for (String t : values) {
                if (!t.isBlank()) {
                    b.tags.add(Slugs.tag(t));
                }
            }
        } else {
            int before = b.links.size();
            b.cellLabel = label;
            b.inlines(cell.getFirstChild(), null, false);
            b.cellLabel = null;
            String rest = clean(stripLinks(cell));
            if (b.links.size() == before && !rest.isEmpty() && !label.isEmpty()) {
                b.fields.put(label, rest);
            }
        }
    }

    ItemHead cellHead(TableCell cell, boolean titleColumn) {
        Node first = cell.getFirstChild();
        if (first == null) {
            return null;
        }
        ItemHead h = ItemHead.headOf(first);
        if (h == null && titleColumn) {
            // "1) Title  What the paper does ...": a row number, the title, two spaces, a description
            String text = ItemHead.LEADING_NUMBER.matcher(plain(cell).strip()).replaceFirst("");
            int gap = text.indexOf("  ");
            int dash = text.indexOf(" - ");
            h = new ItemHead();
            if (gap >= 2 && isDescription(text.substring(gap).strip(), true)) {
                h.description = clean(text.substring(gap));
                text = text.substring(0, gap);
            } else if (dash >= 2 && isDescription(text.substring(dash + 3).strip(), false)) {
                h.description = clean(text.substring(dash + 3));
                text = text.substring(0, dash);
            }
            h.title = clean(text);
            if (h.title.isEmpty()) {
                return null;
            }
        }
        return h;
    }

    /**
     * Prose that describes a work: after two spaces, a capitalised sentence of six words or more; after a dash,
     * one of ten words or more that goes on in lower case ("- introduces a new series of models ...").
     */
    boolean isDescription(String text, boolean afterGap) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        return afterGap ? Character.isUpperCase(first) && Inlines.SPACES.split(text, 7).length >= 6
                : Character.isLowerCase(first) && Inlines.SPACES.split(text, 11).length >= 10;
    }
}
