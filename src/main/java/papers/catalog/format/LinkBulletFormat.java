package papers.catalog.format;

import java.util.List;
import java.util.regex.Pattern;

/** {@code - [Title](url) ...}: a bullet with the title link, then a code link and a note. */
public final class LinkBulletFormat extends FirstLineFormat {
    public LinkBulletFormat() {
        super("link-bullet", "- [Title](url) ...",
                Pattern.compile("^\\s*[-*+]\\s+\\[.*"), 0.3);
    }

    @Override
    public List<String> render(NewEntry e, Layout layout) {
        return List.of(Markup.marker(layout) + Markup.link(e, layout)
                + (e.code() == null ? "" : " " + Markup.code(e.code(), layout))
                + (e.note() == null ? "" : " " + MarkdownText.escape(e.note())));
    }
}
