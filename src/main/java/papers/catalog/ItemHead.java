package papers.catalog;

import static papers.catalog.FieldLabels.isFieldLabel;
import static papers.catalog.FieldLabels.isLabel;
import static papers.catalog.Inlines.clean;
import static papers.catalog.Inlines.firstLink;
import static papers.catalog.Inlines.isBadge;
import static papers.catalog.Inlines.isNavigation;
import static papers.catalog.Inlines.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * What the start of an item says: its title, the title's link, a short name beside it, and a date or venue
 * before it ({@code 1. CVPR 2024 [Title](url)}, {@code + **HalLoc** [Title](url)}, {@code * **LR-Net**: "Title", ICCV, 2019}).
 */
final class ItemHead {
    static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:\\[\\d+]|\\(\\d+\\)|\\d+[.)])\\s+");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\s*[\\[(【]?((?:19|20)\\d{2}(?:[-./](?:1[0-2]|0?[1-9])(?:[-./](?:3[01]|[12]\\d|0?[1-9]))?)?)(?!\\d)[\\])】]?\\s*[:：\\-–|]?\\s*");
    private static final Pattern PREFIX_GROUP = Pattern.compile("[(（\\[【]([^()（）\\[\\]【】]{1,40}+)[)）\\]】]");
    private static final Pattern BRACKETED = Pattern.compile("(?<!\\[)\\[++[^\\]]*+]++");
    private static final Pattern BRACKET_PREFIX = Pattern.compile("^[\\[(【]([^\\])】]{1,40})[\\])】]\\s*");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:：,\\-–|\\[(]+$");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cf}]");
    static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
    private static final Pattern OUTER_BRACKETS = Pattern.compile("^[\\[(【]\\s*|\\s*[\\])】]$");
    private static final Pattern LEADING_COLON = Pattern.compile("^\\s*[:：]");
    private static final Pattern TRAILING_SEP = Pattern.compile("[:：\\-–|]+$");
    private static final Pattern ALIAS_THEN_BRACKETED = Pattern.compile("^\\s*\\[([^\\[\\]]{3,400}+)](?!\\()");

    String title;
    /** The short name shown beside the title ({@code **HalLoc** [Title](url)}), or null. */
    String alias;
    String linkUrl;
    Node titleNode;
    Node titleEnd;
    EntryDate date;
    String venue;
    /** Text after the title within the node that held it, read before {@link #titleEnd}. */
    String pendingText;
    /** A topic or lab written in brackets before the title, or null. */
    String prefixTag;
    /** What a table cell says after its title, when the title is the cell's own text. */
    String description;
    /** The title is plain text after a short name ({@link #namedTitle}): only an entry with a link or a date. */
    boolean plainTitle;
    /** An organisation written in parentheses after a quoted title; its ")" opens {@link #titleEnd}. */
    String affiliation;
    final List<Link> badges = new ArrayList<>();

    static ItemHead head(Paragraph p) {
        return headOf(p.getFirstChild());
    }

    /** What one inline node at the start of an item means for the search for its title. */
    private enum Step {
        /** Read on. */
        GO_ON,
        /** The title is found, or nothing more can be: stop reading. */
        STOP,
        /** The item names no work (a navigation link, a field label without a title). */
        NOT_ENTRY,
        /** Title and its end are set; only the prefix is left to judge. */
        DONE
    }

    /**
     * Finds the title of an entry at the start of an inline run: the first link that is not a label,
     * or bold text that is not a field label, after at most a date, a venue or a number.
     */
    static ItemHead headOf(Node first) {
        StringBuilder prefix = new StringBuilder();
        ItemHead h = new ItemHead();
        Node n = first;
        Step step = Step.GO_ON;
        while (n != null && step == Step.GO_ON) {
            if (n instanceof Text t && n == first && quoted(t, h)) {
                return h;
            }
            if (n instanceof Text t) {
                prefix.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                step = prefix.toString().isBlank() ? Step.GO_ON : Step.STOP;
            } else if (n instanceof Code c) {
                prefix.append(c.getLiteral());
            } else if (n instanceof HtmlInline) {
                prefix.append(' ');
            } else if (n instanceof Link link) {
                step = link(link, h);
            } else if (n instanceof StrongEmphasis strong) {
                step = strong(strong, prefix, h);
            } else if (n instanceof Emphasis e) {
                prefix.append(plain(e));
            }
            if (step == Step.GO_ON) {
                n = n.getNext();
            }
        }
        if (step == Step.NOT_ENTRY) {
            return null;
        }
        if (step == Step.DONE) {
            return acceptPrefix(prefix.toString(), h) ? h : null;
        }
        if (h.title == null) {
            return fallbackHead(first, n, prefix.toString(), h);
        }
        h.titleEnd = h.titleNode.getNext();
        return acceptPrefix(prefix.toString(), h) ? h : null;
    }

    /** A link: a badge to keep, a navigation link (no entry), a label (no title here) or the title. */
    private static Step link(Link link, ItemHead h) {
        if (isBadge(link)) {
            h.badges.add(link);
            return Step.GO_ON;
        }
        String text = clean(plain(link));
        if (isNavigation(link.getDestination())) {
            return Step.NOT_ENTRY;
        }
        if (text.isEmpty() || isLabel(text)) {
            return Step.STOP;
        }
        h.title = text;
        h.linkUrl = link.getDestination();
        h.titleNode = link;
        return Step.STOP;
    }

    /**
     * Bold text: a linked title, a short name before a quoted title, a venue or date before the title, a short
     * name beside it, or the title itself.
     */
    private static Step strong(StrongEmphasis strong, StringBuilder prefix, ItemHead h) {
        Link inner = firstLink(strong);
        String text = clean(plain(strong));
        if (inner != null && !isBadge(inner) && !isLabel(clean(plain(inner)))) {
            if (isNavigation(inner.getDestination())) {
                return Step.NOT_ENTRY;
            }
            h.title = clean(plain(inner));
            h.linkUrl = inner.getDestination();
            h.titleNode = strong;
            return Step.STOP;
        }
        if (isFieldLabel(strong)) {
            // "**LR-Net**: "Title", ICCV, 2019": a short name, then the title in quotes
            if (strong.getNext() instanceof Text after && quoted(after, h)) {
                h.alias = TRAILING_COLON.matcher(text).replaceAll("").strip();
                return Step.DONE;
            }
            // "**AC score**: Title (Aug 29, 2024)": a short name, then the title as plain text
            if (strong.getNext() instanceof Text after && namedTitle(TRAILING_COLON.matcher(text).replaceAll("").strip(), after, h)) {
                return Step.DONE;
            }
            return Step.NOT_ENTRY;
        }
        if (text.isEmpty() || BRACKETED.matcher(text).matches()) {
            return Step.GO_ON;
        }
        if (Venues.parse(text).isPresent() || EntryDate.parse(text).isPresent()) {
            prefix.append(' ').append(text).append(' ');
            return Step.GO_ON;
        }
        if (aliasBefore(strong, prefix, h)) {
            h.alias = text;
            return h.title != null ? Step.STOP : Step.GO_ON;
        }
        // "**Title;** Authors": the separator is the list's, not the title's
        h.title = text.replaceAll("\\s*[;,]+$", "");
        h.titleNode = strong;
        return Step.STOP;
    }

    /**
     * Whether bold {@code strong} is a short name shown beside the title rather than the title: before a
     * link ({@code **HalLoc** [Title](url)}: false title, the loop goes on to the link), before a bracketed
     * title ({@code **HalLoc** [Title] (date)}) or inside brackets before it ({@code [**YOCO**] Title}).
     * The last two set the title in {@code h} from the text that follows.
     */
    static boolean aliasBefore(StrongEmphasis strong, StringBuilder prefix, ItemHead h) {
        Node next = strong.getNext();
        if (next instanceof Text gap && gap.getLiteral().isBlank() && gap.getNext() instanceof Link link
                && !isBadge(link) && !isLabel(clean(plain(link))) && !isNavigation(link.getDestination())) {
            return true;
        }
        if (!(next instanceof Text after)) {
            return false;
        }
        String literal = after.getLiteral();
        Matcher bracketed = ALIAS_THEN_BRACKETED.matcher(literal);
        String before = prefix.toString().strip();
        if (before.endsWith("[") && literal.startsWith("]")) {
            String rest = literal.substring(1).strip();
            if (rest.length() >= 3 && rest.codePoints().anyMatch(Character::isLetter)) {
                prefix.setLength(prefix.lastIndexOf("["));
                h.title = clean(rest);
                h.titleNode = after;
                h.titleEnd = after.getNext();
                return true;
            }
        } else if (bracketed.find()) {
            h.title = clean(bracketed.group(1));
            h.titleNode = after;
            h.titleEnd = after.getNext();
            h.pendingText = literal.substring(bracketed.end());
            return true;
        }
        return false;
    }

    /**
     * A short name that is no field label ({@code Paper}, {@code Note}, {@code Update} ...), a colon, then text
     * that reads as a title: the name is the alias and the text the title. The entry still needs a link or a
     * date to be one ({@link #plainTitle}).
     */
    static boolean namedTitle(String name, Text after, ItemHead h) {
        if (name.isEmpty() || name.length() > 30 || Inlines.SPACES.split(name).length > 3 || FieldLabels.isFieldName(name)) {
            return false;
        }
        String title = LEADING_COLON.matcher(after.getLiteral()).replaceFirst("").strip();
        if (title.length() < 8 || Inlines.SPACES.split(title, 3).length < 2 || !Character.isUpperCase(title.codePointAt(0))
                && !Character.isDigit(title.codePointAt(0))) {
            return false;
        }
        h.title = clean(title);
        h.alias = name;
        h.titleNode = after;
        h.titleEnd = after.getNext();
        h.plainTitle = true;
        return true;
    }

    /** Takes a title in quotes at the start of {@code t} (see {@link QuotedTitle}) into {@code h}; false if none. */
    static boolean quoted(Text t, ItemHead h) {
        String first = t.getLiteral();
        if (first.indexOf('"') < 0 && first.indexOf('“') < 0) {
            return false;
        }
        StringBuilder text = new StringBuilder(t.getLiteral());
        Text last = t;
        Optional<QuotedTitle> q = QuotedTitle.parse(text.toString());
        // "IA-RED<sup>2</sup>: ...": inline HTML in the title, so the quotes close in a later text node
        for (Node n = t.getNext(); q.isEmpty() && (n instanceof HtmlInline || n instanceof Text); n = n.getNext()) {
            if (n instanceof Text more) {
                text.append(more.getLiteral());
                last = more;
                q = QuotedTitle.parse(text.toString());
            }
        }
        if (q.isEmpty()) {
            return false;
        }
        h.title = clean(q.get().title());
        h.venue = q.get().venue();
        h.date = q.get().date();
        h.titleNode = t;
        h.titleEnd = last.getNext();
        // "(*Org*)" after it names where the work comes from, not its authors
        if (last.getLiteral().stripTrailing().endsWith("(") && last.getNext() instanceof Emphasis org
                && org.getNext() instanceof Text close && close.getLiteral().startsWith(")")) {
            h.affiliation = clean(plain(org));
            h.titleEnd = close;
        }
        return true;
    }

    /** "Title text [[paper](url)] [[code](url)]": the title is the text before the first label link. */
    static ItemHead fallbackHead(Node first, Node stop, String prefix, ItemHead h) {
        if (!(stop instanceof Link link) || isNavigation(link.getDestination())) {
            return null;
        }
        String text = prefix.strip();
        Matcher date = LEADING_DATE.matcher(text);
        if (date.find() && date.end() > 0) {
            EntryDate.parse(date.group(1)).ifPresent(d -> h.date = d);
            text = text.substring(date.end());
        }
        Matcher venue = BRACKET_PREFIX.matcher(text);
        if (venue.find()) {
            Optional<String> v = Venues.parse(venue.group(1));
            if (v.isPresent()) {
                h.venue = v.get();
                text = text.substring(venue.end());
            }
        }
        text = LEADING_NUMBER.matcher(text).replaceFirst("");
        text = TRAILING_PUNCT.matcher(text).replaceAll("").strip();
        if (text.length() < 3 || text.length() > 300 || !text.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        h.title = clean(text);
        h.titleEnd = stop;
        return h;
    }

    /** What comes before the title may be a number, a date, a venue or an emoji; prose means it is no entry. */
    static boolean acceptPrefix(String prefix, ItemHead h) {
        if (prefix.isBlank()) {
            return true;
        }
        String rest = LEADING_NUMBER.matcher(prefix).replaceFirst("").strip();
        Matcher date = LEADING_DATE.matcher(rest);
        if (!rest.isEmpty() && date.find() && date.end() > 0) {
            EntryDate.parse(date.group(1)).ifPresent(d -> h.date = d);
            rest = rest.substring(date.end()).strip();
        }
        rest = SYMBOLS.matcher(rest).replaceAll("").strip();
        Matcher group = PREFIX_GROUP.matcher(rest);
        if (group.matches() && Venues.parse(group.group(1)).isEmpty()) {
            // "(Think with images) [Title](url)": a topic or a lab in brackets before the title
            h.prefixTag = group.group(1).strip();
            return true;
        }
        rest = TRAILING_SEP.matcher(OUTER_BRACKETS.matcher(rest).replaceAll("")).replaceAll("").strip();
        if (rest.isEmpty()) {
            return true;
        }
        Optional<String> venue = Venues.parse(rest);
        if (venue.isPresent()) {
            h.venue = venue.get();
            return true;
        }
        String[] words = Inlines.SPACES.split(rest);
        if (words.length <= 3 && rest.length() <= 40) {
            for (String w : words) {
                int cp = w.codePointAt(0);
                if (Character.isLowerCase(cp) && !w.equals("arXiv")) {
                    return false;
                }
            }
            h.venue = rest;
            return true;
        }
        return false;
    }
}
