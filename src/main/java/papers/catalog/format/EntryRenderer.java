package papers.catalog.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.Venues;

/**
 * Writes a new entry in a catalog's own format, as a careful curator would: the same marker,
 * numbering, indentation, link labels and field order as the entries around it.
 *
 * <pre>{@code
 * List<String> lines = EntryRenderer.render(EntryFormat.NUMBERED_LINK, entry, layout);
 * }</pre>
 *
 * <p>Lines come without the blank lines that separate entries; the caller adds those as the
 * section does. Text is escaped so that no title can break the list.
 */
public final class EntryRenderer {
    private EntryRenderer() {}

    public static List<String> render(EntryFormat format, NewEntry e, Layout layout) {
        return switch (format) {
            case PAPERS -> PapersFormat.render(asEntry(e, layout), layout.sectionTags());
            case NUMBERED_LINK -> List.of(number(layout) + link(e, layout) + paren(e.note()));
            case VENUE_LINK -> List.of(number(layout) + venue(e, layout) + " " + link(e, layout) + spaced(paren(e.note()))
                    + (e.code() == null ? "" : " " + code(e.code(), layout)));
            case DATE_LINK -> List.of(marker(layout) + (e.date() == null ? "" : dotted(e) + " ") + link(e, layout)
                    + (e.note() == null ? "" : " " + MarkdownText.escape(e.note())));
            case BOLD_TITLE_BLOCK -> boldTitleBlock(e, layout);
            case FIELD_BLOCK -> fieldBlock(e, layout);
            case TABLE_ROW -> List.of(tableRow(e, layout));
            case LINK_BULLET, OTHER -> List.of(marker(layout) + link(e, layout)
                    + (e.code() == null ? "" : " " + code(e.code(), layout))
                    + (e.note() == null ? "" : " " + MarkdownText.escape(e.note())));
        };
    }

    private static String number(Layout l) {
        int n = l.number() == null ? 1 : l.number();
        return n + (l.delimiter() == null ? "." : l.delimiter()) + " ";
    }

    private static String marker(Layout l) {
        return l.number() != null ? number(l) : (l.marker() == null ? "-" : l.marker()) + " ";
    }

    static String url(NewEntry e, Layout l) {
        if (e.arxiv() != null) {
            return "https://arxiv.org/" + (l.pdfLinks() ? "pdf/" : "abs/") + e.arxiv().id();
        }
        return e.url();
    }

    private static String link(NewEntry e, Layout l) {
        String url = url(e, l);
        String title = MarkdownText.escapeLinkText(e.title());
        return url == null ? "**" + title + "**" : "[" + title + "](" + MarkdownText.escapeUrl(url) + ")";
    }

    private static String code(String url, Layout l) {
        String link = "[Code](" + MarkdownText.escapeUrl(url) + ")";
        return l.doubleBracketCode() ? "[" + link + "]" : link;
    }

    private static String paren(String note) {
        return note == null ? "" : "(" + MarkdownText.escape(note) + ")";
    }

    private static String spaced(String s) {
        return s.isEmpty() ? "" : " " + s;
    }

    private static String venue(NewEntry e, Layout l) {
        if (e.venue() == null || Venues.isPreprint(e.venue())) {
            return l.preprintVenue();
        }
        return MarkdownText.escape(e.venue());
    }

    private static String dotted(NewEntry e) {
        return e.date().month() == 0 ? String.valueOf(e.date().year())
                : String.format(Locale.ROOT, "%04d.%02d", e.date().year(), e.date().month());
    }

    private static List<String> boldTitleBlock(NewEntry e, Layout l) {
        StringBuilder head = new StringBuilder(marker(l)).append("**").append(MarkdownText.escape(e.title())).append("**.");
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
        String url = url(e, l);
        people.append(url == null ? "[Paper]" : "[[Paper](" + MarkdownText.escapeUrl(url) + ")]");
        people.append(' ').append(e.code() == null ? "[Code]" : "[[Code](" + MarkdownText.escapeUrl(e.code()) + ")]");
        lines.add(people.toString());
        if (!e.tags().isEmpty()) {
            lines.add("");
            lines.add(l.indent() + String.join(" ", e.tags().stream().map(t -> "`" + t.replace("`", "") + "`").toList()));
        }
        return lines;
    }

    private static List<String> fieldBlock(NewEntry e, Layout l) {
        List<String> lines = new ArrayList<>();
        lines.add(number(l) + "**" + MarkdownText.escape(e.title()) + "**");
        String url = url(e, l);
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

    private static String tableRow(NewEntry e, Layout l) {
        List<String> cells = new ArrayList<>();
        boolean titled = false;
        for (String column : l.columns()) {
            String c = column.toLowerCase(Locale.ROOT).strip();
            String value;
            if (!titled && (c.equals("title") || c.equals("paper") || c.equals("name") || c.equals("paper title")
                    || c.equals("model"))) {
                value = link(e, l);
                titled = true;
            } else if (c.contains("date") || c.equals("time") || c.equals("month") || c.equals("year")) {
                value = e.date() == null ? "" : c.equals("year") ? String.valueOf(e.date().year()) : e.date().toString();
            } else if (c.contains("venue") || c.contains("conf") || c.contains("journal") || c.contains("pub")) {
                value = e.venue() == null ? "" : MarkdownText.escape(e.venue());
            } else if (c.contains("author")) {
                value = MarkdownText.escape(String.join(", ", e.authors()));
            } else if (c.contains("code") || c.contains("github")) {
                value = e.code() == null ? "" : "[Code](" + MarkdownText.escapeUrl(e.code()) + ")";
            } else if (c.contains("note") || c.contains("comment") || c.contains("description")) {
                value = e.note() == null ? "" : MarkdownText.escape(e.note());
            } else {
                value = "";
            }
            cells.add(value);
        }
        if (!titled && !cells.isEmpty()) {
            cells.set(0, link(e, l));
        }
        return "| " + String.join(" | ", cells) + " |";
    }

    /** The entry as this project's own format sees it. */
    private static Entry asEntry(NewEntry e, Layout l) {
        String url = url(e, l);
        List<Link> links = new ArrayList<>();
        if (url != null) {
            links.add(new Link(e.title(), url, 0, 0));
        }
        if (e.code() != null) {
            links.add(new Link("Code", e.code(), 0, 0));
        }
        List<String> tags = new ArrayList<>(l.sectionTags());
        e.tags().stream().map(papers.catalog.Slugs::tag).filter(t -> !tags.contains(t)).forEach(tags::add);
        return Entry.builder(e.title(), "").authors(e.authors()).arxiv(e.arxiv()).url(url).links(links).venue(e.venue())
                .date(e.date()).doi(e.doi()).tags(tags).notes(e.note()).build();
    }
}
