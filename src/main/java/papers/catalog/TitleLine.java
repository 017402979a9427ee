package papers.catalog;

import static papers.catalog.Inlines.clean;
import static papers.catalog.Inlines.plain;
import static papers.catalog.Notes.splitSegments;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** The rest of an item's first line after its title: separators, dates, venues, ids, and authors beside a bold title. */
final class TitleLine {
    private static final Pattern SEGMENT_TRIM = Pattern.compile("^[\\s.,;:]+|[\\s.,;]+$");
    private static final Pattern ID_CHARS = Pattern.compile("[\\d.v]+");
    private static final Pattern BRACKET_GROUP = Pattern.compile("[(（]([^()（）]{0,200}+)[)）]");

    private final ItemReader item;

    TitleLine(ItemReader item) {
        this.item = item;
    }

    /** The rest of the title line: {@code . arXiv:2301.13823. ICML2023.}, {@code · 2024-09 · NeurIPS 2024}. */
    void read(Node from) {
        Node n = from;
        StringBuilder text = new StringBuilder();
        if (from == item.head.titleEnd && item.head.pendingText != null) {
            text.append(item.head.pendingText);
        }
        while (n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak)) {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
                n = n.getNext();
                continue;
            }
            break;
        }
        if (from == item.head.titleEnd) {
            n = besideTitle(text, n);
        }
        String rest = segments(text.toString());
        if (!rest.isBlank()) {
            item.note(rest);
        }
        if (n != null) {
            item.paragraph(n);
        }
    }

    /**
     * What the title's own line says right after it, taken out of {@code text} (the line's text up to
     * {@code next}): the ")" of an affiliation, a written date and the venue in its brackets, authors after
     * a bold title, or the italics beside it. Returns the node to go on from.
     */
    Node besideTitle(StringBuilder text, Node next) {
        if (item.head.affiliation != null && text.length() > 0 && text.charAt(0) == ')') {
            item.fields.put("Affiliation", item.head.affiliation);
            text.deleteCharAt(0);
        }
        if (item.date == null) {
            // "(Mar. 20, 2025, CVPR 2025)": a written item.date, before the text is cut at its dots
            Optional<EntryDate.Match> written = EntryDate.findWritten(text.toString());
            if (written.isPresent()) {
                item.date = written.get().date();
                text.delete(written.get().start(), written.get().end());
                venueInBrackets(text);
            }
        }
        if (!item.authors.isEmpty() || !(item.head.titleNode instanceof StrongEmphasis)) {
            return next;
        }
        authorsAfterTitle(text);
        if (text.toString().isBlank() && next instanceof Emphasis em && item.authors.isEmpty()) {
            // "**Title** *First Author et al. arXiv.*": the italics beside the item.title
            Optional<AuthorLine> a = AuthorLine.parse(clean(plain(em)));
            if (a.isPresent()) {
                item.authors.addAll(a.get().authors());
                if (a.get().venue() != null && (item.venue == null || Venues.isPreprint(item.venue))) {
                    item.venue = a.get().venue();
                }
                return next.getNext();
            }
        }
        return next;
    }

    /**
     * "**Title;** First Author, Second Author; a note": the names up to the first semicolon (or the end)
     * after a bold title, when they read as names, are the authors; they leave {@code text}.
     */
    void authorsAfterTitle(StringBuilder text) {
        String t = text.toString();
        String lead = t.replaceFirst("^[\\s;:,.]+", "");
        // nothing, or text glued to the item.title with no separator, names no item.authors
        if (lead.isEmpty() || lead.length() == t.length()) {
            return;
        }
        int semi = lead.indexOf(';');
        String candidate = semi >= 0 ? lead.substring(0, semi) : lead;
        Optional<AuthorLine> a = AuthorLine.parse(candidate);
        if (a.isPresent() && a.get().venue() == null) {
            item.authors.addAll(a.get().authors());
            text.setLength(0);
            text.append(semi >= 0 ? lead.substring(semi + 1) : "");
        }
    }

    /** "(date, CVPR 2025)" once the date is out: a comma-separated piece in brackets that names a venue. */
    void venueInBrackets(StringBuilder text) {
        Matcher m = BRACKET_GROUP.matcher(text);
        if (!m.find() || item.venue != null && !Venues.isPreprint(item.venue)) {
            return;
        }
        for (String piece : m.group(1).split("[,;]")) {
            Optional<String> v = Venues.parse(piece.strip());
            if (v.isPresent()) {
                item.venue = v.get();
                text.replace(m.start(), m.end(), "");
                return;
            }
        }
    }

    /** Takes dates, venues and arXiv ids out of separator-delimited text; returns what is left. */
    String segments(String text) {
        if (text.isBlank()) {
            return "";
        }
        StringBuilder left = new StringBuilder();
        for (String seg : splitSegments(text)) {
            String s = SEGMENT_TRIM.matcher(seg).replaceAll("");
            if (s.isEmpty()) {
                continue;
            }
            Optional<ArxivId> id = ArxivId.parse(s);
            if (id.isPresent() && (s.toLowerCase(Locale.ROOT).startsWith("arxiv") || ID_CHARS.matcher(s).matches())) {
                item.textArxiv = item.textArxiv == null ? id.get() : item.textArxiv;
                continue;
            }
            Optional<EntryDate> d = EntryDate.parse(s);
            if (d.isPresent() && item.date == null) {
                item.date = d.get();
                continue;
            }
            Optional<String> v = Venues.parse(s);
            if (v.isPresent() && (item.venue == null || Venues.isPreprint(item.venue))) {
                if (!Venues.isPreprint(v.get()) || item.venue == null) {
                    item.venue = v.get();
                }
                continue;
            }
            left.append(seg).append(' ');
        }
        return left.toString();
    }
}
