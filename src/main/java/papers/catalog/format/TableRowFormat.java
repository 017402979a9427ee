package papers.catalog.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import papers.catalog.Column;
import papers.catalog.Venues;

/**
 * {@code | [Title](url) | 2024-09 | ... |}: a row of a GFM table, each cell under the column whose header
 * means it ({@link Column}): the title under Title or Paper (else Name), the date, venue, authors, code, note.
 */
public final class TableRowFormat extends FirstLineFormat {
    public TableRowFormat() {
        super("table-row", "| [Title](url) | column | ... |",
                Pattern.compile("^\\s*\\|.*"), 1);
    }

    /** Marks a list writes in a cell that has nothing. */
    private static final Set<String> EMPTY_MARKS = Set.of("-", "--", "—", "–", "/", "N/A", "n/a", "NA", "×", "✗");
    private static final Pattern PREPRINT_YEAR = Pattern.compile("(?i)arxiv,? (?:19|20)\\d{2}");

    /** The cells of a table row, stripped: {@code | a | b \\| c |} is {@code [a, b \\| c]}. */
    public static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String cell : row.strip().replaceAll("^\\||\\|$", "").split("(?<!\\\\)\\|")) {
            out.add(cell.strip());
        }
        return out;
    }

    /**
     * The header cells of the table a row at {@code at} belongs to ({@code line} gives a 1-based line): the row
     * above its delimiter row (as GFM reads a table, a row need not start with a pipe, so the walk up goes over
     * every line that holds one).
     */
    public static List<String> header(IntFunction<String> line, int at) {
        int top = at;
        while (top > 2 && !delimiterRow(line.apply(top)) && line.apply(top - 1).contains("|")) {
            top--;
        }
        return cells(delimiterRow(line.apply(top)) ? line.apply(top - 1) : line.apply(top));
    }

    /** Whether {@code line} is a GFM table's delimiter row, {@code |:---|:---:|}. */
    static boolean delimiterRow(String line) {
        String row = line.strip();
        row = row.startsWith("|") ? row.substring(1) : row;
        row = row.endsWith("|") ? row.substring(0, row.length() - 1) : row;
        if (row.isEmpty()) {
            return false;
        }
        for (String cell : row.split("\\|", -1)) {
            String c = cell.strip();
            int from = c.startsWith(":") ? 1 : 0;
            int to = c.endsWith(":") && c.length() > 1 ? c.length() - 1 : c.length();
            if (from >= to || !c.substring(from, to).chars().allMatch(ch -> ch == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> render(NewEntry e, Layout l) {
        List<Column> meanings = l.columns().stream().map(Column::of).toList();
        List<String> sample = l.sampleCells();
        String none = sample.stream().filter(EMPTY_MARKS::contains).findFirst().orElse("");
        int venueAt = meanings.indexOf(Column.VENUE);
        boolean venueYear = venueAt >= 0 && venueAt < sample.size() && PREPRINT_YEAR.matcher(sample.get(venueAt)).matches();
        Column titleColumn = meanings.contains(Column.TITLE) ? Column.TITLE : Column.NAME;
        List<String> cells = new ArrayList<>();
        boolean titled = false;
        for (int i = 0; i < meanings.size(); i++) {
            Column c = meanings.get(i);
            String value = "";
            if (c == titleColumn && !titled) {
                value = Markup.link(e, l);
                if (i < sample.size() && sample.get(i).contains("[**") && value.startsWith("[")) {
                    // the list writes its titles in bold inside the link
                    int end = value.indexOf("](");
                    value = "[**" + value.substring(1, end) + "**" + value.substring(end);
                }
                titled = true;
            } else if (c == Column.DATE) {
                value = e.date() == null ? "" : e.date().toString();
            } else if (c == Column.YEAR) {
                value = e.date() == null ? "" : String.valueOf(e.date().year());
            } else if (c == Column.VENUE) {
                value = e.venue() != null && !Venues.isPreprint(e.venue()) ? MarkdownText.escape(e.venue())
                        : e.arxiv() == null ? "" : l.preprintVenue() + (venueYear && e.date() != null ? " " + e.date().year() : "");
            } else if (c == Column.AUTHORS) {
                value = MarkdownText.escape(String.join(", ", e.authors()));
            } else if (c == Column.CODE) {
                value = e.code() == null ? "" : "[Code](" + MarkdownText.escapeUrl(e.code()) + ")";
            } else if (c == Column.NOTE) {
                value = e.note() == null ? "" : MarkdownText.escape(e.note());
            }
            cells.add(value.isEmpty() && c != titleColumn ? none : value);
        }
        if (!titled && !cells.isEmpty()) {
            cells.set(0, Markup.link(e, l));
        }
        return List.of("| " + String.join(" | ", cells) + " |");
    }
}
