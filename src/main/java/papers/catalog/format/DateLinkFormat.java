package papers.catalog.format;

import java.util.List;
import java.util.regex.Pattern;

/** {@code - 2024.09 [Title](url) note}: the month first, then the title link. */
public final class DateLinkFormat extends FirstLineFormat {
    public DateLinkFormat() {
        super("date-link", "- YYYY.MM [Title](url) note",
                Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[?(?:19|20)\\d{2}[-./]\\d{1,2}.*"), 0.7);
    }

    @Override
    public List<String> render(NewEntry e, Layout layout) {
        return List.of(Markup.marker(layout) + (e.date() == null ? "" : Markup.dotted(e) + " ") + Markup.link(e, layout)
                + (e.note() == null ? "" : " " + MarkdownText.escape(e.note())));
    }
}
