package papers.catalog.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import papers.catalog.Venues;

/** {@code - **Title**. arXiv:ID. Venue.}, then an italic author line with Paper and Code links, then tags. */
public final class BoldTitleBlockFormat extends FirstLineFormat {
    public BoldTitleBlockFormat() {
        super("bold-title-block", "- **Title**. arXiv:ID. / *Authors.* [[Paper](url)] [[Code](url)] / `Tag`",
                Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\*\\*.+"), 0.8);
    }

    @Override
    public List<String> render(NewEntry e, Layout l) {
        StringBuilder head = new StringBuilder(Markup.marker(l)).append("**").append(MarkdownText.escape(e.title())).append("**.");
        if (e.arxiv() != null) {
            head.append(" arXiv:").append(e.arxiv().id()).append('.');
        }
        if (e.venue() != null && !Venues.isPreprint(e.venue())) {
            head.append(' ').append(MarkdownText.escape(e.venue())).append('.');
        }
        List<String> lines = new ArrayList<>();
        lines.add(head.toString());
        lines.add("");
        StringBuilder people = new StringBuilder(l.indent());
        if (!e.authors().isEmpty()) {
            people.append('*').append(MarkdownText.escape(String.join(", ", e.authors()))).append(".* ");
        }
        String url = Markup.url(e, l);
        if (url != null) {
            people.append("[[Paper](").append(MarkdownText.escapeUrl(url)).append(")] ");
        }
        if (e.code() != null) {
            people.append("[[Code](").append(MarkdownText.escapeUrl(e.code())).append(")]");
        }
        if (!people.toString().isBlank()) {
            lines.add(people.toString().stripTrailing());
        }
        if (!e.tags().isEmpty()) {
            lines.add("");
            lines.add(l.indent() + String.join(" ", e.tags().stream().map(t -> "`" + t.replace("`", "") + "`").toList()));
        }
        return lines;
    }
}
