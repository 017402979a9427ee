package papers.catalog;

import static papers.catalog.FieldLabels.isPlaceholder;
import static papers.catalog.Inlines.isNavigation;
import static papers.catalog.Inlines.plain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;

/** One pass over one document: its headings, the context they give, and each list item, paragraph and table row. */
final class DocumentWalk {

    record OpenHeading(int level, String text, boolean isTitle, boolean isTemplate, HeadingDate date) {}

    /** What the open headings say of the entries under them: section path, topic tags, date. */
    record Context(List<String> section, List<String> tags, HeadingDate date) {}

    final SourceFile file;
    final List<Entry> entries = new ArrayList<>();
    final List<ParsedFile.Heading> headings = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final Deque<OpenHeading> open = new ArrayDeque<>();
    int lastLine;
    /** Lines of the file before the chunk being walked. */
    int offset;


    int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1 + offset;
    }

    int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1 + offset;
    }

    DocumentWalk(SourceFile file) {
        this.file = file;
    }

    /** The last line from {@code first} to {@code last} that is not blank. */
    private Context context;

    /** The context of the open headings, worked out once per heading change. */
    Context context() {
        if (context == null) {
            List<String> section = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            HeadingDate date = null;
            List<OpenHeading> path = new ArrayList<>(open);
            Collections.reverse(path);
            for (OpenHeading h : path) {
                if (h.isTitle()) {
                    continue;
                }
                section.add(h.text());
                if (h.date() != null) {
                    date = h.date();
                } else {
                    String slug = Slugs.tag(h.text());
                    if (!slug.isEmpty()) {
                        tags.add(slug);
                    }
                }
            }
            context = new Context(List.copyOf(section), List.copyOf(tags), date);
        }
        return context;
    }

    int lastNonBlank(int first, int last) {
        int l = Math.min(last, lineCount());
        while (l > first && lineText(l).isBlank()) {
            l--;
        }
        return l;
    }

    /** The file's lines, indexed once. */
    MarkdownLines lines;

    MarkdownLines lines() {
        if (lines == null) {
            lines = MarkdownLines.of(file.text());
        }
        return lines;
    }

    int lineCount() {
        return lines().count();
    }

    /** Line {@code n} (1-based) without its line ending. */
    String lineText(int n) {
        return lines().line(n);
    }

    void document(Node document, boolean firstChunk) {
        boolean first = firstChunk;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            block(block, first);
            first = false;
        }
    }

    void block(Node block, boolean firstOfDocument) {
        if (block == consumed) {
            return;
        }
        lastLine = line(block);
        if (block instanceof Heading h) {
            heading(h, firstOfDocument);
        } else if (block instanceof ListBlock list) {
            list(list);
        } else if (block instanceof TableBlock table) {
            new TableRows(this).read(table);
        } else if (block instanceof BlockQuote quote) {
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                block(child, false);
            }
        } else if (block instanceof Paragraph p) {
            paragraphEntry(p);
        } else if (block instanceof HtmlBlock html) {
            String literal = html.getLiteral();
            htmlHeadings(literal);
            int open = literal.lastIndexOf("<!--");
            if (open >= 0 && literal.indexOf("-->", open) < 0) {
                warnings.add(file.path() + ":" + line(block)
                        + ": unclosed HTML comment: everything after it is hidden from readers and from papers");
            }
        }
    }

    void heading(Heading h, boolean firstOfDocument) {
        String text = headingText(h);
        boolean isTitle = firstOfDocument && h.getLevel() == 1;
        HeadingDate date = open(h.getLevel(), text, isTitle);
        headings.add(new ParsedFile.Heading(h.getLevel(), text, line(h), isTitle, date == null ? null : date.start(),
                date == null ? null : date.end(), anchorText(h, text)));
    }

    /** Opens a heading of {@code level}, closing those at its level and below; returns the date it stands for. */
    private HeadingDate open(int level, String text, boolean isTitle) {
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
        HeadingDate date = HeadingDate.parse(text).orElse(null);
        boolean template = FieldLabels.TEMPLATE_HEADING.matcher(text).matches();
        open.push(new OpenHeading(level, text, isTitle, template, date));
        context = null;
        return date;
    }

    /**
     * What an HTML block says of the entries after it: {@code <h2>Surveys</h2>} opens a section as an ATX
     * heading would, {@code <summary>2023</summary>} one inside the current section (with its date) until
     * {@code </details>} closes it. They name sections and dates; they are not headings of the outline.
     */
    private void htmlHeadings(String literal) {
        if (literal.indexOf('<') < 0 || !(literal.contains("<h") || literal.contains("<H") || literal.contains("summary")
                || literal.contains("details"))) {
            return;
        }
        Matcher m = HTML_HEADING.matcher(literal);
        while (m.find()) {
            if (m.group(1) != null) {
                String text = Inlines.clean(TAGS.matcher(m.group(2)).replaceAll(""));
                if (!text.isEmpty()) {
                    open(Integer.parseInt(m.group(1)), text, false);
                }
            } else if (m.group(3) != null) {
                String text = Inlines.clean(TAGS.matcher(m.group(3)).replaceAll(""));
                if (!text.isEmpty()) {
                    open(SUMMARY_LEVEL, text, false);
                }
            } else if (!open.isEmpty() && open.peek().level() == SUMMARY_LEVEL) {
                open.pop();
                context = null;
            }
        }
    }

    /** Deeper than any ATX heading, so a heading inside the details closes it, as a reader sees it. */
    private static final int SUMMARY_LEVEL = 7;
    private static final Pattern HTML_HEADING = Pattern.compile(
            "(?is)<h([1-6])\\b[^>]*+>(.{0,300}?)</h\\1\\s*>|<summary\\b[^>]*+>(.{0,300}?)</summary\\s*>|</details\\s*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]{0,200}+>");

    /** The text of {@code h}'s anchor: as {@link CatalogParser#outline} reads it from the line, when the heading holds an image. */
    private String anchorText(Heading h, String text) {
        String line = lines().line(line(h));
        Matcher m = MarkdownLines.ATX.matcher(line);
        return line.contains("![") && m.matches() && m.group(2) != null ? CatalogParser.anchorText(m.group(2)) : text;
    }

    /** A heading's text without its "back to top" link ({@code ([©️back👆🏻](#contents))}), which names no section. */
    String headingText(Heading h) {
        boolean dropped = false;
        StringBuilder sb = new StringBuilder();
        for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link link && isNavigation(link.getDestination()) && isBackLink(plain(link))) {
                dropped = true;
                continue;
            }
            plain(c, sb);
        }
        String text = sb.toString().strip();
        return dropped ? Notes.EMPTY_BRACKETS.matcher(text).replaceAll("").strip() : text;
    }

    boolean isBackLink(String text) {
        String letters = text.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return letters.isEmpty() || letters.contains("back") || letters.equals("top") || letters.contains("返回");
    }

    boolean inTemplate() {
        return open.stream().anyMatch(OpenHeading::isTemplate);
    }

    void list(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem li) {
                item(li);
            }
        }
    }

    void item(ListItem item) {
        lastLine = line(item);
        ItemHead head = item.getFirstChild() instanceof Paragraph p ? ItemHead.head(p) : null;
        if (head != null && head.linkUrl == null && nestedHoldsEntries(item)) {
            head = null; // a bold category name over a list of papers
        }
        if (head == null || isPlaceholder(head.title)) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock nested) {
                    list(nested);
                } else if (child instanceof TableBlock table) {
                    new TableRows(this).read(table);
                }
            }
            return;
        }
        if (inTemplate()) {
            return;
        }
        ItemReader b = new ItemReader(this, head);
        b.line = line(item);
        b.lastLine = lastNonBlank(b.line, lastLine(item));
        b.body(item, head);
        Entry e = b.build();
        if (!head.plainTitle || !e.links().isEmpty() || e.date() != null) {
            entries.add(e);
        }
    }

    /**
     * A paragraph outside any list is an entry when it starts with a bold title and goes on, after a line
     * break, with another field: authors, a date or a link ({@code **Title**\\}, {@code _Authors_\\},
     * {@code Venue, [[Paper](...)]\\}, {@code 18 Sep 2024}), or when a list of labelled lines follows it
     * ({@code **Title**} then {@code - Paper: https://...}, {@code - Code: ...}). It is one too when its first
     * line is a link to a paper ({@code [Title](https://arxiv.org/abs/...)}), with the bullets that describe it
     * after it. Prose that merely starts in bold or with a link is not.
     */
    void paragraphEntry(Paragraph p) {
        ItemHead head = ItemHead.head(p);
        if (head == null || inTemplate()) {
            return;
        }
        boolean lineBreak = head.titleEnd instanceof SoftLineBreak || head.titleEnd instanceof HardLineBreak
                || head.titleEnd instanceof HtmlInline br && Inlines.isBreak(br);
        boolean bold = head.titleNode instanceof StrongEmphasis && head.linkUrl == null;
        boolean paper = head.titleNode instanceof Link && head.linkUrl != null && Unread.isPaper(head.linkUrl)
                && (head.titleEnd == null || lineBreak);
        // the list after it is read with it only when it describes this entry (no entries of its own)
        ListBlock after = (paper || bold && head.titleEnd == null) && p.getNext() instanceof ListBlock l
                && !listHoldsEntries(l) ? l : null;
        boolean fields = bold && head.titleEnd == null && after != null && labelled(after);
        if (!(bold && lineBreak) && !fields && !paper) {
            return;
        }
        ItemReader b = new ItemReader(this, head);
        b.line = line(p);
        b.lastLine = lastNonBlank(b.line, lastLine(p));
        new TitleLine(b).read(head.titleEnd);
        if (after != null && (fields || paper)) {
            b.bodyBlock(after);
            b.lastLine = lastNonBlank(b.line, lastLine(after));
            consumed = after;
        }
        Entry e = b.build();
        if (paper || !e.authors().isEmpty() || e.date() != null || !e.links().isEmpty()) {
            entries.add(e);
        }
    }

    /** A list read as part of the paragraph entry before it, not on its own. */
    private Node consumed;

    /** True when some item of {@code list} starts with a title, so the list holds entries of its own. */
    private static boolean listHoldsEntries(ListBlock list) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n.getFirstChild() instanceof Paragraph p && FieldLine.label(p.getFirstChild()) == null) {
                ItemHead h = ItemHead.head(p);
                if (h != null && (h.linkUrl != null || h.titleNode instanceof StrongEmphasis)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when every item of {@code list} is a labelled line ({@code Paper: ...}, {@code 代码: ...}). */
    private static boolean labelled(ListBlock list) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n.getFirstChild() instanceof Paragraph p) || FieldLine.label(p.getFirstChild()) == null) {
                return false;
            }
        }
        return list.getFirstChild() != null;
    }

    boolean nestedHoldsEntries(ListItem item) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                for (Node n = nested.getFirstChild(); n != null; n = n.getNext()) {
                    if (n.getFirstChild() instanceof Paragraph p) {
                        ItemHead h = ItemHead.head(p);
                        if (h != null && h.linkUrl != null) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- tables

}
