package papers.catalog;

import static papers.catalog.Authors.looksLikeAuthors;
import static papers.catalog.Authors.splitAuthors;
import static papers.catalog.FieldLabels.isFieldLabel;
import static papers.catalog.Inlines.clean;
import static papers.catalog.Inlines.firstLink;
import static papers.catalog.Inlines.isBadge;
import static papers.catalog.Inlines.plain;
import static papers.catalog.Notes.tidyNotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Reads one item after its head into an {@link Entry}: the rest of its lines, sub-bullets, table cells and fields. */
final class ItemReader {
    private final DocumentWalk walk;
    private static final Pattern BADGE_ARXIV = Pattern.compile("(?i)arxiv[-_%20 ]+(\\d{4}\\.\\d{4,5})");
    private static final Pattern SHIELD = Pattern.compile("(?i)img\\.shields\\.io/badge/([^/?#]{2,80}+)");
    private static final Pattern DOI = Pattern.compile("(?i)(?:doi\\.org/|doi:\\s*)(10\\.\\d{4,9}/[^\\s)\\]>]+)");
    private static final Pattern CLOSE_PARENS = Pattern.compile("[)）\\s]");
    private static final Pattern OPEN_PARENS_END = Pattern.compile("[\\s(（]+$");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s,·|]*");
    private static final Pattern BRACKETED_SPACED = Pattern.compile("(?<!\\s)\\s*+(?<!\\[)\\[++[^\\]]*+]++\\s*+");
    private static final Pattern STARS = Pattern.compile("^\\*+|\\*+$");
    private static final Pattern OUTER_SQUARE = Pattern.compile("^\\[+|]+$");

    final ItemHead head;
    String title;
    EntryDate date;
    String venue;
    ArxivId arxiv;
    String doi;
    int line;
    int lastLine;
    String cellLabel;
    String alias;
    final List<String> authors = new ArrayList<>();
    final List<papers.catalog.Link> links = new ArrayList<>();
    final Set<String> tags = new LinkedHashSet<>();
    final Map<String, String> fields = new LinkedHashMap<>();
    final StringBuilder notes = new StringBuilder();
    ArxivId textArxiv;

    ItemReader(DocumentWalk walk, ItemHead head) {
        this.walk = walk;
        this.head = head;
        this.title = head.title;
        this.alias = head.alias;
        if (head.prefixTag != null && !Slugs.tag(head.prefixTag).isEmpty()) {
            tags.add(Slugs.tag(head.prefixTag));
        }
        this.date = head.date;
        this.venue = head.venue;
        for (Link badge : head.badges) {
            addLink(badge);
        }
        if (head.titleNode != null) {
            Link titleLink = head.titleNode instanceof Link l ? l : firstLink(head.titleNode);
            if (titleLink != null) {
                addLink(titleLink, head.title);
            }
        }
        Optional<EntryDate.Match> inTitle = EntryDate.findWritten(title);
        if (inTitle.isPresent() && CLOSE_PARENS.matcher(title.substring(inTitle.get().end())).replaceAll("").isEmpty()) {
            date = inTitle.get().date();
            title = OPEN_PARENS_END.matcher(title.substring(0, inTitle.get().start())).replaceAll("").strip();
        }
    }

    /** Everything of the item after its title: the rest of the first paragraph, then its other blocks. */
    void body(ListItem item, ItemHead head) {
        Node first = item.getFirstChild();
        new TitleLine(this).read(head.titleEnd);
        for (Node block = first.getNext(); block != null; block = block.getNext()) {
            bodyBlock(block);
        }
    }

    void bodyBlock(Node block) {
        if (block instanceof Paragraph p) {
            if (notes.length() > 0 && !Character.isWhitespace(notes.charAt(notes.length() - 1))) {
                note(" "); // one paragraph or bullet is not glued to the one before
            }
            paragraph(p.getFirstChild());
        } else if (block instanceof ListBlock list) {
            for (Node li = list.getFirstChild(); li != null; li = li.getNext()) {
                for (Node b = li.getFirstChild(); b != null; b = b.getNext()) {
                    bodyBlock(b);
                }
            }
        } else if (block instanceof BlockQuote q) {
            for (Node b = q.getFirstChild(); b != null; b = b.getNext()) {
                bodyBlock(b);
            }
        }
    }

    /** Inline content, split into lines at line breaks. */
    void paragraph(Node first) {
        List<Node> lineNodes = new ArrayList<>();
        for (Node n = first; n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                lineOf(lineNodes);
                lineNodes.clear();
            } else {
                lineNodes.add(n);
            }
        }
        lineOf(lineNodes);
    }

    void lineOf(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        boolean onlyCode = true;
        boolean anyCode = false;
        for (Node n : nodes) {
            if (n instanceof Code) {
                anyCode = true;
            } else if (!(n instanceof Text t && TAG_SEPARATORS.matcher(t.getLiteral()).matches())) {
                onlyCode = false;
                break;
            }
        }
        if (onlyCode && anyCode) {
            for (Node n : nodes) {
                if (n instanceof Code c) {
                    tags.add(Slugs.tag(c.getLiteral()));
                }
            }
            return;
        }
        Node first = nodes.get(0);
        // a line that is nothing but italics, under the title, names the authors
        List<Node> solid = nodes.stream().filter(n -> !(n instanceof Text t && t.getLiteral().isBlank())
                && !(n instanceof HtmlInline br && Inlines.isBreak(br))).toList();
        if (authors.isEmpty() && solid.size() == 1 && solid.get(0) instanceof Emphasis em) {
            authors.addAll(splitAuthors(clean(plain(em))));
            return;
        }
        // a line of plain names ("- Grace Hopper, Alan Kay" under the title) names the authors too
        if (authors.isEmpty() && solid.size() == 1 && solid.get(0) instanceof Text t) {
            Optional<List<String>> names = AuthorLine.namesOnly(clean(t.getLiteral()));
            if (names.isPresent()) {
                authors.addAll(names.get());
                return;
            }
        }
        String label = FieldLine.label(first);
        if (label != null) {
            new FieldLine(this).read(label, first);
            return;
        }
        if (first instanceof Text t && new FieldLine(this).venueBeforeLinks(t, nodes)) {
            first = first.getNext();
        }
        inlines(first, nodes.get(nodes.size() - 1).getNext(), false);
    }

    /** Links, authors, arXiv ids, dates and notes from a run of inline nodes up to {@code end}. */
    void inlines(Node from, Node end, boolean skipTitle) {
        for (Node n = from; n != null && n != end; n = n.getNext()) {
            if (n instanceof Link l) {
                addLink(l);
            } else if (n instanceof Image img) {
                badgeId(img.getDestination());
                badgeVenue(clean(plain(img)), img.getDestination());
            } else if (n instanceof Emphasis em) {
                String text = clean(plain(em));
                if (authors.isEmpty() && looksLikeAuthors(text)) {
                    authors.addAll(splitAuthors(text));
                } else {
                    emphasisOrStrong(em);
                }
            } else if (n instanceof StrongEmphasis strong) {
                String text = plain(strong).strip();
                if (isFieldLabel(strong)) {
                    new FieldLine(this).read(ItemHead.TRAILING_COLON.matcher(text).replaceAll(""), strong);
                    return;
                }
                emphasisOrStrong(strong);
            } else if (n instanceof Text t) {
                text(t.getLiteral());
            } else if (n instanceof Code c) {
                if (standsAlone(c)) {
                    tags.add(Slugs.tag(c.getLiteral()));
                } else {
                    note(c.getLiteral());
                }
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof HtmlInline) {
                note(" ");
            }
        }
    }

    /** A code span at the end of a line, or among other code spans, is a tag ({@code `Grounding`}). */
    boolean standsAlone(Code c) {
        Node next = c.getNext();
        if (next instanceof Text t && t.getLiteral().isBlank()) {
            next = next.getNext();
        }
        return (next == null || next instanceof Code || next instanceof SoftLineBreak
                || next instanceof HardLineBreak) && c.getLiteral().length() <= 40;
    }

    void emphasisOrStrong(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link l) {
                addLink(l);
            } else if (c instanceof Text t) {
                String s = t.getLiteral();
                if (!BRACKETED_SPACED.matcher(s).matches()) {
                    text(s);
                }
            } else {
                inlines(c, c.getNext(), false);
            }
        }
    }

    void text(String s) {
        ArxivId.findInText(s).ifPresent(id -> textArxiv = textArxiv == null ? id : textArxiv);
        if (doi == null && mentionsDoi(s)) {
            Matcher doiMatch = DOI.matcher(s);
            if (doiMatch.find()) {
                doi = doiMatch.group(1);
            }
        }
        String rest = s;
        if (date == null) {
            Optional<EntryDate.Match> d = EntryDate.findWritten(s);
            if (d.isPresent()) {
                date = d.get().date();
                rest = s.substring(0, d.get().start()) + s.substring(d.get().end());
            }
        }
        note(rest);
    }

    void note(String s) {
        notes.append(s);
    }

    void badgeId(String src) {
        Matcher m = BADGE_ARXIV.matcher(src);
        if (m.find() && textArxiv == null) {
            textArxiv = new ArxivId(m.group(1));
        }
    }

    /** A badge that names the venue, in its alt text ({@code ![CVPR 2024](...)}) or its shields.io label ({@code badge/CVPR-2024-blue}). */
    void badgeVenue(String alt, String src) {
        if (venue != null && !Venues.isPreprint(venue)) {
            return;
        }
        Optional<String> v = Venues.parse(alt.replace('-', ' ').strip());
        Matcher shield = SHIELD.matcher(src);
        if (v.isEmpty() && shield.find()) {
            String[] parts = shield.group(1).split("-");
            String named = parts.length >= 2 ? parts[0] + " " + parts[1] : parts[0];
            v = Venues.parse(named.replace('_', ' '));
        }
        v.filter(found -> !Venues.isPreprint(found)).ifPresent(found -> venue = found);
    }

    void addLink(Link l) {
        String label;
        if (isBadge(l)) {
            Image img = (Image) l.getFirstChild();
            label = clean(plain(img));
            if (label.isEmpty()) {
                label = img.getTitle() == null ? "badge" : img.getTitle();
            }
            badgeId(img.getDestination());
            badgeVenue(label, img.getDestination());
        } else {
            label = clean(plain(l));
            if (label.indexOf('[') >= 0 || label.indexOf('*') >= 0 || label.indexOf(']') >= 0) {
                label = STARS.matcher(OUTER_SQUARE.matcher(label).replaceAll("")).replaceAll("").strip();
            }
        }
        if (cellLabel != null && (label.isEmpty() || label.startsWith("http") || label.equals(l.getDestination()))) {
            label = cellLabel;
        }
        addLink(l, label);
    }

    void addLink(Link l, String label) {
        addLink(l.getDestination(), label);
    }

    /** A link the item names, by its target and label; a DOI in it is the entry's DOI. */
    void addLink(String destination, String label) {
        links.add(new papers.catalog.Link(label, destination, 0, 0));
        if (doi == null && mentionsDoi(destination)) {
            Matcher doiMatch = DOI.matcher(destination);
            if (doiMatch.find()) {
                doi = doiMatch.group(1);
            }
        }
    }

    /** A cheap test before the DOI pattern: "doi", in any case, somewhere in {@code s}. */
    static boolean mentionsDoi(String s) {
        for (int i = 0; i + 3 <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == 'd' || c == 'D') && s.regionMatches(true, i, "doi", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Places each link at the line and column of its target in the source, searching the entry's
     * lines in order (inline source spans would cost a third of the parse).
     */
    List<papers.catalog.Link> placedLinks() {
        List<papers.catalog.Link> placed = new ArrayList<>(links.size());
        int ln = line;
        int col = 0;
        for (papers.catalog.Link l : links) {
            int foundLine = line;
            int foundCol = 1;
            String target = l.url();
            for (int i = ln; i <= Math.max(lastLine, line) && i <= walk.lineCount() && !target.isEmpty(); i++) {
                int at = walk.lineText(i).indexOf(target, i == ln ? col : 0);
                if (at >= 0) {
                    foundLine = i;
                    foundCol = at + 1;
                    ln = i;
                    col = at + target.length();
                    break;
                }
            }
            placed.add(new papers.catalog.Link(l.label(), l.url(), foundLine, foundCol));
        }
        return placed;
    }

    Entry build() {
        String url = head.linkUrl;
        ArxivId id = url == null ? null : ArxivId.parse(url).orElse(null);
        if (url == null) {
            url = links.stream()
                    .filter(l -> FieldLabels.LINK_LABELS.contains(l.label().toLowerCase(Locale.ROOT))
                            && Set.of("paper", "pdf", "arxiv", "abs", "openreview", "论文")
                                    .contains(l.label().toLowerCase(Locale.ROOT)))
                    .map(papers.catalog.Link::url).findFirst()
                    .orElse(links.stream().map(papers.catalog.Link::url)
                            .filter(u -> ArxivId.parse(u).isPresent()).findFirst().orElse(null));
        }
        if (id == null) {
            id = links.stream().map(l -> ArxivId.parse(l.url())).flatMap(Optional::stream)
                    .findFirst().orElse(textArxiv);
        }
        if (url != null && url.isBlank()) {
            url = null;
        }
        DocumentWalk.Context context = walk.context();
        List<String> section = context.section();
        List<String> headingTags = context.tags();
        HeadingDate headingDate = context.date();
        EntryDate when = date;
        if (when == null && headingDate != null) {
            if (headingDate.isPoint()) {
                when = headingDate.start();
            } else if (id != null && headingDate.contains(id.month())) {
                when = id.month();
            } else {
                when = EntryDate.of(headingDate.start().year());
            }
        }
        if (when == null && id != null) {
            when = id.month();
        }
        List<String> allTags = new ArrayList<>(headingTags);
        for (String t : tags) {
            if (!t.isEmpty() && !allTags.contains(t)) {
                allTags.add(t);
            }
        }
        String note = tidyNotes(notes.toString());
        String cleanTitle = Titles.clean(title);
        String name = alias != null ? alias : cleanTitle.equals(title.strip()) ? null : Titles.bracketedName(title);
        if (name != null && (name.isBlank() || name.equalsIgnoreCase(cleanTitle))) {
            name = null;
        }
        return Entry.builder(cleanTitle, walk.file.path()).alias(name).authors(authors).arxiv(id).url(url)
                .links(placedLinks()).venue(venue).date(when).doi(doi).tags(new ArrayList<>(allTags))
                .section(section).fields(fields).notes(note.isEmpty() ? null : note).lines(line, lastLine).build();
    }
}
