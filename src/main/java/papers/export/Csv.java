package papers.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import papers.catalog.Entry;

/** Entries as RFC 4180 CSV, one row each, with a header row. */
final class Csv {
    static final List<String> COLUMNS = List.of("title", "authors", "arxiv", "url", "venue", "date", "doi", "tags",
            "section", "file", "line");

    private Csv() {}

    static void write(List<Entry> entries, Writer out) throws IOException {
        out.append(String.join(",", COLUMNS)).append("\r\n");
        for (Entry e : entries) {
            StringBuilder sb = new StringBuilder(256);
            List<String> row = List.of(e.title(), String.join("; ", e.authors()), e.arxiv() == null ? "" : e.arxiv().id(),
                    nz(e.url()), nz(e.venue()), e.date() == null ? "" : e.date().toString(), nz(e.doi()),
                    String.join("; ", e.tags()), nz(e.sectionPath()), e.file(), String.valueOf(e.line()));
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(quote(row.get(i)));
            }
            out.append(sb.append("\r\n"));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
