package papers.catalog.format;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a new entry copies from the entries around it: list marker, number, indentation of its
 * continuation lines, arXiv link kind (abs, pdf or html: as the file's links mostly are, or papers.yaml says), how the catalog writes a preprint's venue and a code link,
 * table columns and a neighbouring row's cells (how it writes an empty cell, a preprint's venue), and the tags
 * its section already gives.
 */
public record Layout(String marker, Integer number, String delimiter, String indent, String arxivKind,
        String preprintVenue, boolean doubleBracketCode, List<String> columns, List<String> sectionTags, List<String> sampleCells) {

    private static final Pattern MARKER = Pattern.compile("^(\\s*)(?:([-*+])|(\\d+)([.)]))\\s+");
    private static final Pattern INDENT = Pattern.compile("^([ \\t]+)\\S");

    public Layout {
        columns = columns == null ? List.of() : List.copyOf(columns);
        sectionTags = sectionTags == null ? List.of() : List.copyOf(sectionTags);
        sampleCells = sampleCells == null ? List.of() : List.copyOf(sampleCells);
    }

    /** This layout with arXiv links of the kind {@code kind}. */
    public Layout withArxivKind(String kind) {
        return new Layout(marker, number, delimiter, indent, kind, preprintVenue, doubleBracketCode, columns, sectionTags, sampleCells);
    }

    /** The defaults of a format when there is no entry to learn from. */
    public static Layout defaults(EntryFormat format) {
        boolean numbered = format.format().numbered();
        String indent = format.format().indent();
        return new Layout(numbered ? null : "-", numbered ? 1 : null, ".", indent, "abs", "arXiv", true, List.of(), List.of(), List.of());
    }

    /**
     * Learns the layout from {@code sample}, the lines of a neighbouring entry, and {@code preprint},
     * how the catalog writes a preprint's venue (null: {@code arXiv}); arXiv links are {@code arxivKind}.
     */
    public static Layout learn(EntryFormat format, List<String> sample, String preprint, String arxivKind, Integer number,
            List<String> columns, List<String> sectionTags) {
        Layout d = defaults(format);
        String preprintVenue = preprint == null ? d.preprintVenue : preprint;
        if (sample.isEmpty()) {
            return new Layout(d.marker, number == null ? d.number : number, d.delimiter, d.indent, arxivKind, preprintVenue,
                    d.doubleBracketCode, columns, sectionTags, List.of());
        }
        String first = sample.get(0);
        String marker = d.marker;
        String delimiter = d.delimiter;
        Matcher m = MARKER.matcher(first);
        if (m.find()) {
            marker = m.group(2);
            delimiter = m.group(4) == null ? "." : m.group(4);
        }
        String indent = d.indent;
        for (String l : sample.subList(1, sample.size())) {
            Matcher i = INDENT.matcher(l);
            if (i.find()) {
                indent = i.group(1);
                break;
            }
        }
        String all = String.join("\n", sample);
        boolean doubleCode = !all.contains("[Code](") || all.contains("[[Code](");
        List<String> cells = format == EntryFormat.TABLE_ROW ? TableRowFormat.cells(first) : List.of();
        return new Layout(marker, number, delimiter, indent, arxivKind, preprintVenue, doubleCode, columns, sectionTags, cells);
    }
}
