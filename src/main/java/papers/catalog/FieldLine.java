package papers.catalog;

import static papers.catalog.Authors.splitAuthors;
import static papers.catalog.Inlines.clean;
import static papers.catalog.Inlines.plain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** A labelled line of an item ({@code **Paper**: url}, {@code `Backbone`: ViT}, {@code Venue, [[Paper](url)]}) and what it sets. */
final class FieldLine {
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern VENUE_LINE_END = Pattern.compile("[\\s,;:|\\[(]+$");
    private static final Pattern TEXT_LABEL = Pattern.compile("^\\s*([A-Z][A-Za-z ]{1,20}|\\p{IsHan}{1,6})\\s*[:：]\\s*");
    private static final Pattern VALUE_LABEL = Pattern.compile("^\\s*(?:(?:[A-Z][A-Za-z ]{1,20}|\\p{IsHan}{1,6})\\s*)?[:：]");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
    private static final Pattern VALUE_TRIM = Pattern.compile("^[.\\s]+|\\s+$");
    private static final Pattern DOTS_SPACES = Pattern.compile("[.\\s]");
    static final Pattern LIST_SEPARATOR = Pattern.compile("[,;，、]");

    private final ItemReader item;

    FieldLine(ItemReader item) {
        this.item = item;
    }

    /**
     * "CVPR 2024 Tutorial, [[Paper](url)] [[Code](url)]": a line of its own under the title whose text before
     * its links names where the work appeared (a known venue, or words with a year). Takes it as the venue.
     */
    boolean venueBeforeLinks(Text text, List<Node> nodes) {
        if (item.venue != null && !Venues.isPreprint(item.venue) || nodes.size() < 2 || !(text.getNext() instanceof Link)) {
            return false;
        }
        String v = VENUE_LINE_END.matcher(text.getLiteral()).replaceAll("").strip();
        if (v.isEmpty() || v.length() > 60 || !v.codePoints().anyMatch(Character::isLetter)
                || !(Venues.find(v).isPresent() || YEAR.matcher(v).find())) {
            return false;
        }
        item.venue = Venues.parse(v).orElse(v);
        return true;
    }

    /** The label of a labelled field line ({@code **Paper**: ...}, {@code `Backbone`: ...}), or null. */
    static String label(Node first) {
        if (first instanceof StrongEmphasis || first instanceof Code || first instanceof Emphasis) {
            String text = first instanceof Code c ? c.getLiteral() : plain(first);
            text = text.strip();
            if ((text.endsWith(":") || text.endsWith("：")) && text.length() > 1 && text.length() <= 31) {
                return text.substring(0, text.length() - 1).strip();
            }
            Node next = first.getNext();
            if (next instanceof Text t && FieldLabels.COLON_START.matcher(t.getLiteral()).matches() && text.length() <= 30) {
                return text;
            }
        }
        if (first instanceof Text t) {
            Matcher m = TEXT_LABEL.matcher(t.getLiteral());
            if (m.find()) {
                String label = m.group(1).strip();
                String key = label.toLowerCase(Locale.ROOT);
                if (FieldLabels.AUTHOR_LABELS.contains(key) || FieldLabels.VENUE_LABELS.contains(key) || FieldLabels.DATE_LABELS.contains(key)
                        || FieldLabels.TAG_LABELS.contains(key) || FieldLabels.LINK_LABELS.contains(key)) {
                    return label;
                }
            }
        }
        return null;
    }

    /**
     * A field written in parentheses, {@code (**Notes**: ...)}: its closing parenthesis leaves the value and its
     * opening one the notes before it, so that neither is left with half a pair.
     */
    private String unwrap(String text) {
        int end = item.notes.length();
        while (end > 0 && Character.isWhitespace(item.notes.charAt(end - 1))) {
            end--;
        }
        boolean opened = end > 0 && (item.notes.charAt(end - 1) == '(' || item.notes.charAt(end - 1) == '（');
        boolean closed = text.endsWith(")") || text.endsWith("）");
        if (!opened || !closed || count(text, '(') + count(text, '（') >= count(text, ')') + count(text, '）')) {
            return text;
        }
        item.notes.setLength(end - 1);
        return text.substring(0, text.length() - 1).strip();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    void read(String label, Node first) {
        String key = label.toLowerCase(Locale.ROOT);
        int before = item.links.size();
        String saved = item.cellLabel;
        item.cellLabel = label;
        Node valueStart = first instanceof Text ? first : first.getNext();
        StringBuilder value = new StringBuilder();
        for (Node n = valueStart; n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak);
                n = n.getNext()) {
            if (n instanceof Link l) {
                item.addLink(l);
            } else {
                value.append(plain(n));
            }
        }
        item.cellLabel = saved;
        String text = clean(VALUE_LABEL.matcher(value.toString()).replaceFirst(""));
        text = VALUE_TRIM.matcher(text).replaceAll("");
        text = unwrap(text);
        if (item.links.size() == before && BARE_URL.matcher(text).matches()) {
            // "- Paper: https://arxiv.org/abs/..." with the URL not written as a link
            item.addLink(text, label);
            return;
        }
        if (FieldLabels.AUTHOR_LABELS.contains(key)) {
            item.authors.addAll(splitAuthors(text));
        } else if (FieldLabels.VENUE_LABELS.contains(key)) {
            item.venue = text;
        } else if (FieldLabels.DATE_LABELS.contains(key)) {
            EntryDate.parse(text).ifPresent(d -> item.date = d);
        } else if (FieldLabels.TAG_LABELS.contains(key)) {
            for (String t : LIST_SEPARATOR.split(text)) {
                if (!t.isBlank()) {
                    item.tags.add(Slugs.tag(t.replace("`", "")));
                }
            }
        } else if (item.links.size() == before || !DOTS_SPACES.matcher(text).replaceAll("").isEmpty()) {
            if (item.links.size() == before || !FieldLabels.LINK_LABELS.contains(key)) {
                item.fields.put(label, text);
            }
        }
    }
}
