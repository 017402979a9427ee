package papers.catalog.format;

import java.util.Locale;
import papers.catalog.Venues;

/** The pieces every format writes alike: markers, numbers, links, code links, notes in brackets. */
final class Markup {
    private Markup() {}

    static String number(Layout l) {
        int n = l.number() == null ? 1 : l.number();
        return n + (l.delimiter() == null ? "." : l.delimiter()) + " ";
    }

    static String marker(Layout l) {
        return l.number() != null ? number(l) : (l.marker() == null ? "-" : l.marker()) + " ";
    }

    static String url(NewEntry e, Layout l) {
        if (e.arxiv() != null) {
            return "https://arxiv.org/" + (l.arxivKind() == null ? "abs" : l.arxivKind()) + "/" + e.arxiv().id();
        }
        return e.url();
    }

    /** The title as a link to the paper, or in bold when there is no link. */
    static String link(NewEntry e, Layout l) {
        String url = url(e, l);
        String title = MarkdownText.escapeLinkText(e.title());
        return url == null ? "**" + title + "**" : "[" + title + "](" + MarkdownText.escapeUrl(url) + ")";
    }

    static String code(String url, Layout l) {
        String link = "[Code](" + MarkdownText.escapeUrl(url) + ")";
        return l.doubleBracketCode() ? "[" + link + "]" : link;
    }

    static String paren(String note) {
        return note == null ? "" : "(" + MarkdownText.escape(note) + ")";
    }

    static String spaced(String s) {
        return s.isEmpty() ? "" : " " + s;
    }

    /** The venue as the list writes it; a preprint as the list writes preprints. */
    static String venue(NewEntry e, Layout l) {
        if (e.venue() == null || Venues.isPreprint(e.venue())) {
            return l.preprintVenue();
        }
        return MarkdownText.escape(e.venue());
    }

    /** {@code 2024.09}, or the year alone. */
    static String dotted(NewEntry e) {
        return e.date().month() == 0 ? String.valueOf(e.date().year())
                : String.format(Locale.ROOT, "%04d.%02d", e.date().year(), e.date().month());
    }
}
