package papers.lint.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.CatalogParser;
import papers.catalog.Entry;
import papers.catalog.MarkdownLines;
import papers.catalog.ParsedFile;

/**
 * A parsed file as the checks read it: its lines (1-based), which are hidden (fenced code, HTML comments) or
 * under a contribution template's heading, each line with its inline code blanked out, and which lines
 * belong to entries. What several checks need is worked out once. Checks may read one file from two threads: what
 * is worked out when first asked is published whole (a line's blanked text may then be worked out twice).
 */
public final class LintFile {
    private static final Pattern CODE_SPAN = Pattern.compile("(`++)(.{1,1000}?)\\1(?!`)");

    private final ParsedFile parsed;
    private final MarkdownLines lines;
    private final boolean[] template;
    private final String[] visible;
    private final boolean[] plain;
    private volatile Set<Integer> entryLines;

    private LintFile(ParsedFile parsed) {
        this.parsed = parsed;
        this.lines = parsed.markdownLines();
        this.template = templateLines(parsed, lines.count());
        this.visible = new String[lines.count()];
        this.plain = new boolean[lines.count()];
    }

    public static LintFile of(ParsedFile parsed) {
        return new LintFile(parsed);
    }

    public ParsedFile parsed() {
        return parsed;
    }

    public String path() {
        return parsed.source().path();
    }

    /** How many lines the file has. */
    public int count() {
        return lines.count();
    }

    /** Line {@code n} as written. */
    public String raw(int n) {
        return lines.line(n);
    }

    /** Line {@code n} with its inline code spans and HTML comments blanked out (same length, so columns hold). */
    public String visible(int n) {
        if (plain[n - 1]) {
            return lines.line(n);
        }
        if (visible[n - 1] == null) {
            String line = lines.line(n);
            String shown = blankCode(line);
            // only blanked lines are kept: a copy of every line would double a big file in memory
            if (shown == line) {
                plain[n - 1] = true;
            } else {
                visible[n - 1] = shown;
            }
            return shown;
        }
        return visible[n - 1];
    }

    /** True for a line inside fenced code or an HTML comment. */
    public boolean hidden(int n) {
        return lines.isHidden(n);
    }

    /** True for a line the line checks read: not hidden, not under a contribution template's heading. */
    public boolean checked(int n) {
        return !lines.isHidden(n) && !template[n - 1];
    }

    /** True for a line that belongs to an entry. */
    public boolean inEntry(int n) {
        Set<Integer> lines = entryLines;
        if (lines == null) {
            // made whole before it is published: checks on two threads may each make it, and both see a whole one
            lines = new HashSet<>();
            for (Entry e : parsed.entries()) {
                for (int l = e.line(); l <= e.lastLine(); l++) {
                    lines.add(l);
                }
            }
            entryLines = lines;
        }
        return lines.contains(n);
    }

    private static String blankCode(String line) {
        boolean code = line.indexOf('`') >= 0;
        boolean comment = line.contains("<!--");
        if (!code && !comment) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line);
        if (code) {
            blank(sb, CODE_SPAN.matcher(line));
        }
        if (comment) {
            blankComments(sb);
        }
        return sb.toString();
    }

    /** Blanks each {@code <!-- ... -->} of the line: one pass, however many openings a hostile line holds. */
    private static void blankComments(StringBuilder sb) {
        int from = sb.indexOf("<!--");
        while (from >= 0) {
            int end = sb.indexOf("-->", from + 4);
            if (end < 0) {
                return; // no comment closes after here, so none opened later does either
            }
            for (int i = from; i < end + 3; i++) {
                sb.setCharAt(i, ' ');
            }
            from = sb.indexOf("<!--", end + 3);
        }
    }

    private static void blank(StringBuilder sb, Matcher m) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
    }

    /** Lines under a contribution template's heading: a template is no entry and draws no finding. */
    private static boolean[] templateLines(ParsedFile file, int count) {
        boolean[] out = new boolean[count];
        List<ParsedFile.Heading> hs = file.headings();
        for (int i = 0; i < hs.size(); i++) {
            if (CatalogParser.isTemplateHeading(hs.get(i).text())) {
                int level = hs.get(i).level();
                int end = count;
                for (int j = i + 1; j < hs.size(); j++) {
                    if (hs.get(j).level() <= level) {
                        end = hs.get(j).line() - 1;
                        break;
                    }
                }
                for (int l = hs.get(i).line(); l <= end && l <= count; l++) {
                    out[l - 1] = true;
                }
            }
        }
        return out;
    }
}
