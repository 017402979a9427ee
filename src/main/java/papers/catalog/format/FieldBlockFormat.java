package papers.catalog.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code 1. **Title**} followed by labelled field paragraphs: {@code **Paper**: ...}, {@code **Authors**: ...}.
 * A label in bold ({@code **Paper**:}, {@code **Paper:**}) or in a code span ({@code `Authors`:}) makes a field.
 */
public final class FieldBlockFormat implements Format {
    private static final Pattern BOLD_FIELD = Pattern.compile("^\\s*\\*\\*[^*]{1,30}\\*\\*\\s*[:：].*");
    /** Other labels ({@code **Paper:**}, {@code `Authors`:}, {@code - Code:}) make a field block under a title alone. */
    private static final Pattern OTHER_FIELD = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*[^*]{1,30}[:：]\\*\\*|`[^`]{1,30}`\\s*[:：]|\\*\\*[^*]{1,30}\\*\\*\\s*[:：]).*");
    private static final Pattern TITLE_ALONE = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\*\\*[^*]+\\*\\*\\s*$");

    @Override
    public String id() {
        return "field-block";
    }

    @Override
    public String shape() {
        return "1. **Title** / **Paper**: [url](url) / **Authors**: ...";
    }

    @Override
    public double confidence(List<String> lines) {
        if (lines.stream().skip(1).anyMatch(l -> BOLD_FIELD.matcher(l).matches())) {
            return 0.95;
        }
        boolean titleAlone = !lines.isEmpty() && TITLE_ALONE.matcher(lines.get(0)).matches();
        return titleAlone && lines.stream().skip(1).anyMatch(l -> OTHER_FIELD.matcher(l).matches()) ? 0.95 : 0;
    }

    @Override
    public List<String> render(NewEntry e, Layout l) {
        List<String> lines = new ArrayList<>();
        lines.add(Markup.number(l) + "**" + MarkdownText.escape(e.title()) + "**");
        String url = Markup.url(e, l);
        if (url != null) {
            field(lines, l, "Paper", "[" + MarkdownText.escapeLinkText(url) + "](" + MarkdownText.escapeUrl(url) + ")");
        }
        if (e.note() != null) {
            field(lines, l, "Brief", MarkdownText.escape(e.note()));
        }
        if (e.summary() != null) {
            field(lines, l, "Abstract", MarkdownText.escape(e.summary()));
        }
        if (!e.authors().isEmpty()) {
            field(lines, l, "Authors", MarkdownText.escape(String.join(", ", e.authors())));
        }
        if (e.code() != null) {
            field(lines, l, "Github", "[" + MarkdownText.escapeLinkText(e.code()) + "](" + MarkdownText.escapeUrl(e.code()) + ").");
        }
        return lines;
    }

    private static void field(List<String> lines, Layout l, String label, String value) {
        lines.add("");
        lines.add(l.indent() + "**" + label + "**: " + value);
    }

    @Override
    public boolean numbered() {
        return true;
    }

    @Override
    public String indent() {
        return "    ";
    }
}
