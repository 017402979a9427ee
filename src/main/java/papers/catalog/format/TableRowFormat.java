package papers.catalog.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import papers.catalog.Column;

/**
 * {@code | [Title](url) | 2024-09 | ... |}: a row of a GFM table, each cell under the column whose header
 * means it ({@link Column}): the title under Title or Paper (else Name), the date, venue, authors, code, note.
 */
public final class TableRowFormat extends FirstLineFormat {
    public TableRowFormat() {
        super("table-row", "| [Title](url) | column | ... |",
                Pattern.compile("^\\s*\\|.*"), 1);
    }

    @Override
    public List<String> render(NewEntry e, Layout l) {
        List<Column> meanings = l.columns().stream().map(Column::of).toList();
        Column titleColumn = meanings.contains(Column.TITLE) ? Column.TITLE : Column.NAME;
        List<String> cells = new ArrayList<>();
        boolean titled = false;
        for (int i = 0; i < meanings.size(); i++) {
            Column c = meanings.get(i);
            String value = "";
            if (c == titleColumn && !titled) {
                value = Markup.link(e, l);
                titled = true;
            } else if (c == Column.DATE) {
                value = e.date() == null ? "" : e.date().toString();
            } else if (c == Column.YEAR) {
                value = e.date() == null ? "" : String.valueOf(e.date().year());
            } else if (c == Column.VENUE) {
                value = e.venue() == null ? "" : MarkdownText.escape(e.venue());
            } else if (c == Column.AUTHORS) {
                value = MarkdownText.escape(String.join(", ", e.authors()));
            } else if (c == Column.CODE) {
                value = e.code() == null ? "" : "[Code](" + MarkdownText.escapeUrl(e.code()) + ")";
            } else if (c == Column.NOTE) {
                value = e.note() == null ? "" : MarkdownText.escape(e.note());
            }
            cells.add(value);
        }
        if (!titled && !cells.isEmpty()) {
            cells.set(0, Markup.link(e, l));
        }
        return List.of("| " + String.join(" | ", cells) + " |");
    }
}
