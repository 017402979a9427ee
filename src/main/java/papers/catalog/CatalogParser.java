package papers.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown awesome list into entries, whatever its entry format: numbered or bulleted link
 * lines, bold-title blocks, labelled-field blocks, date- or venue-prefixed lines, GFM tables.
 *
 * <pre>{@code
 * ParsedFile parsed = new CatalogParser().parse(new SourceFile("README.md", text));
 * parsed.entries().forEach(e -> System.out.println(e.line() + " " + e.title()));
 * }</pre>
 *
 * <p>Tables of contents, fenced code, HTML comments, news bullets and contribution templates are
 * not entries. Parsing never writes and never throws but {@link CatalogException}.
 */
public final class CatalogParser {

    /** Link texts that label a link rather than name a work. */
    private static final Set<String> LINK_LABELS = Set.of(
            "paper", "papers", "pdf", "code", "github", "git", "project", "project page", "page", "website", "web",
            "homepage", "demo", "arxiv", "blog", "notes", "note", "reading notes", "readnotes", "model", "models",
            "dataset", "data", "video", "slides", "poster", "huggingface", "hf", "hugging face", "openreview",
            "link", "bib", "bibtex", "citation", "doi", "supp", "supplementary", "leaderboard", "checkpoint",
            "checkpoints", "weights", "colab", "talk", "youtube", "zhihu", "知乎", "笔记", "论文", "代码", "项目",
            "official", "abs", "html", "api", "docs", "documentation", "benchmark", "repo", "source", "star",
            "stars", "twitter", "x", "tweet", "medium", "report", "technical report", "tech report", "playground");

    private static final Set<String> AUTHOR_LABELS = Set.of("authors", "author", "作者");
    private static final Set<String> VENUE_LABELS = Set.of("venue", "conference", "conf", "journal", "publication",
            "published", "published in", "pub", "会议");
    private static final Set<String> DATE_LABELS = Set.of("date", "time", "month", "published date",
            "release date", "released", "日期", "时间");
    private static final Set<String> TAG_LABELS = Set.of("tags", "tag", "keywords", "keyword", "category",
            "categories", "topic", "topics");
    private static final Set<String> TITLE_LABELS = Set.of("title", "paper", "paper title", "name", "model",
            "paper name", "work", "标题", "论文", "名称");

    private static final Pattern TEMPLATE_HEADING = Pattern.compile(
            "(?i).*\\b(contribut\\w*|template|how to add|submission format|entry format)\\b.*|.*贡献.*");
    private static final Set<String> PLACEHOLDER_TITLES = Set.of("title", "paper title", "paper name", "name",
            "your paper title", "title of the paper");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:\\[\\d+]|\\(\\d+\\)|\\d+[.)])\\s+");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\s*[\\[(【]?((?:19|20)\\d{2}(?:[-./](?:1[0-2]|0?[1-9])(?:[-./](?:3[01]|[12]\\d|0?[1-9]))?)?)(?!\\d)[\\])】]?\\s*[:：\\-–|]?\\s*");
    private static final Pattern BADGE_ARXIV = Pattern.compile("(?i)arxiv[-_%20 ]+(\\d{4}\\.\\d{4,5})");
    private static final Pattern DOI = Pattern.compile("(?i)(?:doi\\.org/|doi:\\s*)(10\\.\\d{4,9}/[^\\s)\\]>]+)");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:·|•|\\||(?<=[^A-Z\\s.])\\.(?=\\s|$))\\s*");
    private static final Pattern HEADING_RANGE = Pattern.compile(
            "(?i)((?:19|20)\\d{2})\\s+(" + EntryDate.MONTH_NAME + ")\\s*(?:to|-|–|~|—)\\s*(" + EntryDate.MONTH_NAME + ")");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private final Parser markdown;

    public CatalogParser() {
        this.markdown = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    /** Reads every entry of {@code file}, in document order. */
    public ParsedFile parse(SourceFile file) {
        Node document;
        try {
            document = markdown.parse(file.text());
        } catch (RuntimeException | StackOverflowError e) {
            throw new CatalogException(file.path(), 0, "cannot parse the Markdown: " + e, e);
        }
        Walk walk = new Walk(file);
        try {
            walk.document(document);
        } catch (StackOverflowError e) {
            throw new CatalogException(file.path(), walk.lastLine, "nesting too deep to read");
        }
        return new ParsedFile(file, walk.entries, walk.headings, walk.warnings);
    }

    /** The date a heading stands for: one month or day ({@code 2023 May}), a year, or a range of months. */
    record HeadingDate(EntryDate start, EntryDate end) {
        boolean isPoint() {
            return start.equals(end) && start.month() != 0;
        }

        boolean contains(EntryDate d) {
            if (d.month() == 0) {
                return d.year() == start.year() && d.year() == end.year();
            }
            EntryDate month = EntryDate.of(d.year(), d.month());
            EntryDate lo = start.month() == 0 ? EntryDate.of(start.year(), 1) : start;
            EntryDate hi = end.month() == 0 ? EntryDate.of(end.year(), 12) : EntryDate.of(end.year(), end.month());
            return month.compareTo(EntryDate.of(lo.year(), lo.month())) >= 0 && month.compareTo(hi) <= 0;
        }

        static Optional<HeadingDate> parse(String text) {
            String s = text.replaceAll("[^\\p{L}\\p{N}.,/\\- ~–—]", " ").strip();
            Optional<EntryDate> d = EntryDate.parse(s);
            if (d.isPresent()) {
                return Optional.of(new HeadingDate(d.get(), d.get()));
            }
            Matcher m = HEADING_RANGE.matcher(s);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int from = Integer.parseInt(EntryDate.monthNumber(m.group(2)));
                int to = Integer.parseInt(EntryDate.monthNumber(m.group(3)));
                return Optional.of(new HeadingDate(EntryDate.of(year, from), EntryDate.of(year, to)));
            }
            return Optional.empty();
        }
    }

    private record OpenHeading(int level, String text, boolean isTitle, boolean isTemplate, HeadingDate date) {}

    /** One pass over one document. */
    private final class Walk {
        final SourceFile file;
        final List<Entry> entries = new ArrayList<>();
        final List<ParsedFile.Heading> headings = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Deque<OpenHeading> open = new ArrayDeque<>();
        int lastLine;

        private String[] lines;

        Walk(SourceFile file) {
            this.file = file;
        }

        /** The last line from {@code first} to {@code last} that is not blank. */
        int lastNonBlank(int first, int last) {
            if (lines == null) {
                lines = file.text().split("\\r\\n|\\r|\\n", -1);
            }
            int l = Math.min(last, lines.length);
            while (l > first && lines[l - 1].isBlank()) {
                l--;
            }
            return l;
        }

        void document(Node document) {
            boolean first = true;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                block(block, first);
                first = false;
            }
        }

        void block(Node block, boolean firstOfDocument) {
            lastLine = line(block);
            if (block instanceof Heading h) {
                heading(h, firstOfDocument);
            } else if (block instanceof ListBlock list) {
                list(list);
            } else if (block instanceof TableBlock table) {
                table(table);
            } else if (block instanceof BlockQuote quote) {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, false);
                }
            } else if (block instanceof HtmlBlock html) {
                String literal = html.getLiteral();
                int open = literal.lastIndexOf("<!--");
                if (open >= 0 && literal.indexOf("-->", open) < 0) {
                    warnings.add(file.path() + ":" + line(block)
                            + ": unclosed HTML comment: everything after it is hidden from readers and from papers");
                }
            }
        }

        void heading(Heading h, boolean firstOfDocument) {
            String text = plain(h).strip();
            while (!open.isEmpty() && open.peek().level() >= h.getLevel()) {
                open.pop();
            }
            boolean isTitle = firstOfDocument && h.getLevel() == 1;
            HeadingDate date = HeadingDate.parse(text).orElse(null);
            boolean template = TEMPLATE_HEADING.matcher(text).matches();
            open.push(new OpenHeading(h.getLevel(), text, isTitle, template, date));
            headings.add(new ParsedFile.Heading(h.getLevel(), text, line(h), date != null, isTitle));
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
            Head head = item.getFirstChild() instanceof Paragraph p ? head(p) : null;
            if (head != null && head.linkUrl == null && nestedHoldsEntries(item)) {
                head = null; // a bold category name over a list of papers
            }
            if (head == null || isPlaceholder(head.title)) {
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock nested) {
                        list(nested);
                    } else if (child instanceof TableBlock table) {
                        table(table);
                    }
                }
                return;
            }
            if (inTemplate()) {
                return;
            }
            Builder b = new Builder(head);
            b.line = line(item);
            b.lastLine = lastNonBlank(b.line, lastLine(item));
            b.body(item, head);
            entries.add(b.build());
        }

        boolean nestedHoldsEntries(ListItem item) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock nested) {
                    for (Node n = nested.getFirstChild(); n != null; n = n.getNext()) {
                        if (n.getFirstChild() instanceof Paragraph p) {
                            Head h = head(p);
                            if (h != null && h.linkUrl != null) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        boolean isPlaceholder(String title) {
            String t = title.strip().toLowerCase(Locale.ROOT);
            return PLACEHOLDER_TITLES.contains(t) || t.contains("(if any)");
        }

        // ---------------------------------------------------------------- tables

        void table(TableBlock table) {
            List<String> header = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<TableCell> cells = new ArrayList<>();
                    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof TableCell cell) {
                            cells.add(cell);
                        }
                    }
                    if (!cells.isEmpty() && cells.get(0).isHeader()) {
                        header.clear();
                        cells.forEach(c -> header.add(plain(c).strip()));
                        continue;
                    }
                    if (!inTemplate()) {
                        row((TableRow) row, cells, header);
                    }
                }
            }
        }

        void row(TableRow row, List<TableCell> cells, List<String> header) {
            int titleColumn = -1;
            Head head = null;
            for (int i = 0; i < cells.size() && head == null; i++) {
                String name = i < header.size() ? header.get(i).toLowerCase(Locale.ROOT) : "";
                if (TITLE_LABELS.contains(name)) {
                    head = cellHead(cells.get(i), true);
                    titleColumn = i;
                }
            }
            for (int i = 0; i < cells.size() && head == null; i++) {
                String name = i < header.size() ? header.get(i).toLowerCase(Locale.ROOT) : "";
                if (!DATE_LABELS.contains(name) && !VENUE_LABELS.contains(name)) {
                    head = cellHead(cells.get(i), false);
                    titleColumn = i;
                }
            }
            if (head == null || isPlaceholder(head.title)) {
                return;
            }
            Builder b = new Builder(head);
            b.line = line(row);
            b.lastLine = b.line;
            for (int i = 0; i < cells.size(); i++) {
                TableCell cell = cells.get(i);
                String label = i < header.size() ? header.get(i) : "";
                String key = label.toLowerCase(Locale.ROOT);
                if (i == titleColumn) {
                    b.inlines(cell.getFirstChild(), head.titleEnd, true);
                    continue;
                }
                String text = clean(plain(cell));
                if (DATE_LABELS.contains(key) || (key.equals("year") && text.matches("\\d{4}"))) {
                    EntryDate.parse(text).ifPresent(d -> b.date = d);
                } else if (VENUE_LABELS.contains(key)) {
                    if (!text.isEmpty()) {
                        b.venue = Venues.parse(text).orElse(text);
                    }
                    b.inlines(cell.getFirstChild(), null, false);
                } else if (AUTHOR_LABELS.contains(key)) {
                    b.authors.addAll(splitAuthors(text));
                } else if (TAG_LABELS.contains(key)) {
                    for (String t : text.split("[,;，、]")) {
                        if (!t.isBlank()) {
                            b.tags.add(Slugs.tag(t));
                        }
                    }
                } else {
                    int before = b.links.size();
                    b.cellLabel = label;
                    b.inlines(cell.getFirstChild(), null, false);
                    b.cellLabel = null;
                    String rest = clean(stripLinks(cell));
                    if (b.links.size() == before && !rest.isEmpty() && !label.isEmpty()) {
                        b.fields.put(label, rest);
                    }
                }
            }
            entries.add(b.build());
        }

        Head cellHead(TableCell cell, boolean titleColumn) {
            Node first = cell.getFirstChild();
            if (first == null) {
                return null;
            }
            Head h = headOf(first);
            if (h == null && titleColumn) {
                String text = clean(plain(cell));
                if (!text.isEmpty()) {
                    h = new Head();
                    h.title = text;
                }
            }
            return h;
        }

        // ---------------------------------------------------------------- the head of an item

        Head head(Paragraph p) {
            return headOf(p.getFirstChild());
        }

        /**
         * Finds the title of an entry at the start of an inline run: the first link that is not a label,
         * or bold text that is not a field label, after at most a date, a venue or a number.
         */
        Head headOf(Node first) {
            StringBuilder prefix = new StringBuilder();
            Head h = new Head();
            Node n = first;
            for (; n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    prefix.append(t.getLiteral());
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    if (!prefix.toString().isBlank()) {
                        break;
                    }
                } else if (n instanceof Code c) {
                    prefix.append(c.getLiteral());
                } else if (n instanceof HtmlInline) {
                    prefix.append(' ');
                } else if (n instanceof Link link) {
                    if (isBadge(link)) {
                        h.badges.add(link);
                        continue;
                    }
                    String text = clean(plain(link));
                    if (link.getDestination().startsWith("#")) {
                        return null;
                    }
                    if (text.isEmpty() || isLabel(text)) {
                        break;
                    }
                    h.title = text;
                    h.linkUrl = link.getDestination();
                    h.titleNode = link;
                    break;
                } else if (n instanceof StrongEmphasis strong) {
                    Link inner = firstLink(strong);
                    String text = clean(plain(strong));
                    if (inner != null && !isBadge(inner) && !isLabel(clean(plain(inner)))) {
                        if (inner.getDestination().startsWith("#")) {
                            return null;
                        }
                        h.title = clean(plain(inner));
                        h.linkUrl = inner.getDestination();
                        h.titleNode = strong;
                        break;
                    }
                    if (isFieldLabel(strong)) {
                        return null;
                    }
                    if (text.isEmpty() || text.matches("\\[+[^\\]]*]+")) {
                        continue;
                    }
                    if (Venues.parse(text).isPresent() || EntryDate.parse(text).isPresent()) {
                        prefix.append(' ').append(text).append(' ');
                        continue;
                    }
                    h.title = text;
                    h.titleNode = strong;
                    break;
                } else if (n instanceof Emphasis e) {
                    prefix.append(plain(e));
                } else if (n instanceof Image) {
                    continue;
                }
            }
            if (h.title == null) {
                return fallbackHead(first, n, prefix.toString(), h);
            }
            h.titleEnd = h.titleNode.getNext();
            return acceptPrefix(prefix.toString(), h) ? h : null;
        }

        /** "Title text [[paper](url)] [[code](url)]": the title is the text before the first label link. */
        Head fallbackHead(Node first, Node stop, String prefix, Head h) {
            if (!(stop instanceof Link link) || link.getDestination().startsWith("#")) {
                return null;
            }
            String text = prefix.strip();
            Matcher date = LEADING_DATE.matcher(text);
            if (date.find() && date.end() > 0) {
                EntryDate.parse(date.group(1)).ifPresent(d -> h.date = d);
                text = text.substring(date.end());
            }
            Matcher venue = Pattern.compile("^[\\[(【]([^\\])】]{1,40})[\\])】]\\s*").matcher(text);
            if (venue.find()) {
                Optional<String> v = Venues.parse(venue.group(1));
                if (v.isPresent()) {
                    h.venue = v.get();
                    text = text.substring(venue.end());
                }
            }
            text = LEADING_NUMBER.matcher(text).replaceFirst("");
            text = text.replaceAll("[\\s:：,\\-–|\\[(]+$", "").strip();
            if (text.length() < 3 || text.length() > 300 || !text.codePoints().anyMatch(Character::isLetter)) {
                return null;
            }
            h.title = clean(text);
            h.titleEnd = stop;
            return h;
        }

        /** What comes before the title may be a number, a date, a venue or an emoji; prose means it is no entry. */
        boolean acceptPrefix(String prefix, Head h) {
            String rest = LEADING_NUMBER.matcher(prefix).replaceFirst("").strip();
            Matcher date = LEADING_DATE.matcher(rest);
            if (!rest.isEmpty() && date.find() && date.end() > 0) {
                EntryDate.parse(date.group(1)).ifPresent(d -> h.date = d);
                rest = rest.substring(date.end()).strip();
            }
            rest = rest.replaceAll("[\\p{So}\\p{Sk}\\p{Cf}]", "").strip();
            rest = rest.replaceAll("^[\\[(【]\\s*|\\s*[\\])】]$", "").replaceAll("[:：\\-–|]+$", "").strip();
            if (rest.isEmpty()) {
                return true;
            }
            Optional<String> venue = Venues.parse(rest);
            if (venue.isPresent()) {
                h.venue = venue.get();
                return true;
            }
            String[] words = rest.split("\\s+");
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

        // ---------------------------------------------------------------- small node helpers

        boolean isBadge(Link link) {
            Node child = link.getFirstChild();
            return child instanceof Image && child.getNext() == null;
        }

        boolean isLabel(String text) {
            String t = text.replaceAll("[\\[\\]*_`📄💻🔗📝⭐️🌐🤗]", "").strip().toLowerCase(Locale.ROOT);
            return t.isEmpty() || LINK_LABELS.contains(t) || t.startsWith("http://") || t.startsWith("https://");
        }

        boolean isFieldLabel(Node strong) {
            String text = plain(strong).strip();
            if (text.endsWith(":") || text.endsWith("：")) {
                return text.length() <= 30;
            }
            Node next = strong.getNext();
            return next instanceof Text t && t.getLiteral().matches("^\\s*[:：].*") && text.length() <= 30;
        }

        Link firstLink(Node parent) {
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Link l) {
                    return l;
                }
            }
            return null;
        }

        /** A parsed entry under construction. */
        private final class Builder {
            final Head head;
            String title;
            EntryDate date;
            String venue;
            ArxivId arxiv;
            String doi;
            int line;
            int lastLine;
            String cellLabel;
            final List<String> authors = new ArrayList<>();
            final List<papers.catalog.Link> links = new ArrayList<>();
            final Set<String> tags = new LinkedHashSet<>();
            final Map<String, String> fields = new LinkedHashMap<>();
            final StringBuilder notes = new StringBuilder();
            ArxivId textArxiv;

            Builder(Head head) {
                this.head = head;
                this.title = head.title;
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
                if (inTitle.isPresent() && title.substring(inTitle.get().end()).replaceAll("[)）\\s]", "").isEmpty()) {
                    date = inTitle.get().date();
                    title = title.substring(0, inTitle.get().start()).replaceAll("[\\s(（]+$", "").strip();
                }
            }

            /** Everything of the item after its title: the rest of the first paragraph, then its other blocks. */
            void body(ListItem item, Head head) {
                Node first = item.getFirstChild();
                tail(head.titleEnd);
                for (Node block = first.getNext(); block != null; block = block.getNext()) {
                    bodyBlock(block);
                }
            }

            void bodyBlock(Node block) {
                if (block instanceof Paragraph p) {
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

            /** The rest of the title line: {@code . arXiv:2301.13823. ICML2023.}, {@code · 2024-09 · NeurIPS 2024}. */
            void tail(Node from) {
                Node n = from;
                StringBuilder text = new StringBuilder();
                while (n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak)) {
                    if (n instanceof Text t) {
                        text.append(t.getLiteral());
                        n = n.getNext();
                        continue;
                    }
                    break;
                }
                String rest = segments(text.toString());
                if (!rest.isBlank()) {
                    note(rest);
                }
                if (n != null) {
                    paragraph(n);
                }
            }

            /** Takes dates, venues and arXiv ids out of separator-delimited text; returns what is left. */
            String segments(String text) {
                StringBuilder left = new StringBuilder();
                for (String seg : SEPARATORS.split(text)) {
                    String s = seg.replaceAll("^[\\s.,;:]+|[\\s.,;]+$", "");
                    if (s.isEmpty()) {
                        continue;
                    }
                    Optional<ArxivId> id = ArxivId.parse(s);
                    if (id.isPresent() && (s.toLowerCase(Locale.ROOT).startsWith("arxiv") || s.matches("[\\d.v]+"))) {
                        textArxiv = textArxiv == null ? id.get() : textArxiv;
                        continue;
                    }
                    Optional<EntryDate> d = EntryDate.parse(s);
                    if (d.isPresent() && date == null) {
                        date = d.get();
                        continue;
                    }
                    Optional<String> v = Venues.parse(s);
                    if (v.isPresent() && (venue == null || Venues.isPreprint(venue))) {
                        if (!Venues.isPreprint(v.get()) || venue == null) {
                            venue = v.get();
                        }
                        continue;
                    }
                    left.append(seg).append(' ');
                }
                return left.toString();
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
                boolean onlyCode = nodes.stream().allMatch(n -> n instanceof Code
                        || (n instanceof Text t && t.getLiteral().matches("[\\s,·|]*")));
                if (onlyCode && nodes.stream().anyMatch(n -> n instanceof Code)) {
                    nodes.stream().filter(n -> n instanceof Code)
                            .forEach(n -> tags.add(Slugs.tag(((Code) n).getLiteral())));
                    return;
                }
                Node first = nodes.get(0);
                String label = fieldLabel(first);
                if (label != null) {
                    field(label, first);
                    return;
                }
                inlines(first, nodes.get(nodes.size() - 1).getNext(), false);
            }

            /** The label of a labelled field line ({@code **Paper**: ...}, {@code `Backbone`: ...}), or null. */
            String fieldLabel(Node first) {
                if (first instanceof StrongEmphasis || first instanceof Code || first instanceof Emphasis) {
                    String text = first instanceof Code c ? c.getLiteral() : plain(first);
                    text = text.strip();
                    if ((text.endsWith(":") || text.endsWith("：")) && text.length() > 1 && text.length() <= 31) {
                        return text.substring(0, text.length() - 1).strip();
                    }
                    Node next = first.getNext();
                    if (next instanceof Text t && t.getLiteral().matches("^\\s*[:：].*") && text.length() <= 30) {
                        return text;
                    }
                }
                if (first instanceof Text t) {
                    Matcher m = Pattern.compile("^\\s*([A-Z][A-Za-z ]{1,20})\\s*[:：]\\s*").matcher(t.getLiteral());
                    if (m.find()) {
                        String label = m.group(1).strip();
                        String key = label.toLowerCase(Locale.ROOT);
                        if (AUTHOR_LABELS.contains(key) || VENUE_LABELS.contains(key) || DATE_LABELS.contains(key)
                                || TAG_LABELS.contains(key) || LINK_LABELS.contains(key)) {
                            return label;
                        }
                    }
                }
                return null;
            }

            void field(String label, Node first) {
                String key = label.toLowerCase(Locale.ROOT);
                int before = links.size();
                String saved = cellLabel;
                cellLabel = label;
                Node valueStart = first instanceof Text ? first : first.getNext();
                StringBuilder value = new StringBuilder();
                for (Node n = valueStart; n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak);
                        n = n.getNext()) {
                    if (n instanceof Link l) {
                        addLink(l);
                    } else {
                        value.append(plain(n));
                    }
                }
                cellLabel = saved;
                String text = clean(value.toString().replaceFirst("^\\s*(?:[A-Z][A-Za-z ]{1,20}\\s*)?[:：]", ""));
                text = text.replaceAll("^[.\\s]+|\\s+$", "");
                if (AUTHOR_LABELS.contains(key)) {
                    authors.addAll(splitAuthors(text));
                } else if (VENUE_LABELS.contains(key)) {
                    venue = text;
                } else if (DATE_LABELS.contains(key)) {
                    EntryDate.parse(text).ifPresent(d -> date = d);
                } else if (TAG_LABELS.contains(key)) {
                    for (String t : text.split("[,;，、]")) {
                        if (!t.isBlank()) {
                            tags.add(Slugs.tag(t.replace("`", "")));
                        }
                    }
                } else if (links.size() == before || !text.replaceAll("[.\\s]", "").isEmpty()) {
                    if (links.size() == before || !LINK_LABELS.contains(key)) {
                        fields.put(label, text);
                    }
                }
            }

            /** Links, authors, arXiv ids, dates and notes from a run of inline nodes up to {@code end}. */
            void inlines(Node from, Node end, boolean skipTitle) {
                for (Node n = from; n != null && n != end; n = n.getNext()) {
                    if (n instanceof Link l) {
                        addLink(l);
                    } else if (n instanceof Image img) {
                        badgeId(img.getDestination());
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
                            field(text.replaceAll("[:：]$", ""), strong);
                            return;
                        }
                        emphasisOrStrong(strong);
                    } else if (n instanceof Text t) {
                        text(t.getLiteral());
                    } else if (n instanceof Code c) {
                        note(c.getLiteral());
                    } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof HtmlInline) {
                        note(" ");
                    }
                }
            }

            void emphasisOrStrong(Node node) {
                for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Link l) {
                        addLink(l);
                    } else if (c instanceof Text t) {
                        String s = t.getLiteral();
                        if (!s.matches("\\s*\\[+[^\\]]*]+\\s*")) {
                            text(s);
                        }
                    } else {
                        inlines(c, c.getNext(), false);
                    }
                }
            }

            void text(String s) {
                ArxivId.findInText(s).ifPresent(id -> textArxiv = textArxiv == null ? id : textArxiv);
                Matcher doiMatch = DOI.matcher(s);
                if (doi == null && doiMatch.find()) {
                    doi = doiMatch.group(1);
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

            void addLink(Link l) {
                String label;
                if (isBadge(l)) {
                    Image img = (Image) l.getFirstChild();
                    label = clean(plain(img));
                    if (label.isEmpty()) {
                        label = img.getTitle() == null ? "badge" : img.getTitle();
                    }
                    badgeId(img.getDestination());
                } else {
                    label = clean(plain(l)).replaceAll("^\\[+|]+$", "").replaceAll("^\\*+|\\*+$", "").strip();
                }
                if (cellLabel != null && (label.isEmpty() || label.startsWith("http") || label.equals(l.getDestination()))) {
                    label = cellLabel;
                }
                addLink(l, label);
            }

            void addLink(Link l, String label) {
                SourceSpan span = l.getSourceSpans().isEmpty() ? null : l.getSourceSpans().get(0);
                int ln = span == null ? line : span.getLineIndex() + 1;
                int col = span == null ? 1 : span.getColumnIndex() + 1;
                links.add(new papers.catalog.Link(label, l.getDestination(), ln, col));
                Matcher doiMatch = DOI.matcher(l.getDestination());
                if (doi == null && doiMatch.find()) {
                    doi = doiMatch.group(1);
                }
            }

            Entry build() {
                String url = head.linkUrl;
                ArxivId id = url == null ? null : ArxivId.parse(url).orElse(null);
                if (url == null) {
                    url = links.stream()
                            .filter(l -> LINK_LABELS.contains(l.label().toLowerCase(Locale.ROOT))
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
                List<String> section = new ArrayList<>();
                List<String> headingTags = new ArrayList<>();
                HeadingDate headingDate = null;
                List<OpenHeading> path = new ArrayList<>(open);
                java.util.Collections.reverse(path);
                for (OpenHeading h : path) {
                    if (h.isTitle()) {
                        continue;
                    }
                    section.add(h.text());
                    if (h.date() != null) {
                        headingDate = h.date();
                    } else {
                        String slug = Slugs.tag(h.text());
                        if (!slug.isEmpty()) {
                            headingTags.add(slug);
                        }
                    }
                }
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
                return new Entry(title, authors, id, url, links, venue, when, doi, allTags, section, fields,
                        note.isEmpty() ? null : note, file.path(), line, lastLine);
            }
        }
    }

    /** What the start of an item says: its title, the title's link, and a date or venue before it. */
    private static final class Head {
        String title;
        String linkUrl;
        Node titleNode;
        Node titleEnd;
        EntryDate date;
        String venue;
        final List<Link> badges = new ArrayList<>();
    }

    // -------------------------------------------------------------------- text helpers

    static boolean looksLikeAuthors(String text) {
        if (text.isEmpty() || text.length() > 5000 || text.matches(".*\\d.*")) {
            return false;
        }
        return text.contains(",") || text.contains(" and ") || text.split("\\s+").length <= 4;
    }

    /** Splits an author list: {@code "A, B, C."}, {@code "A and B"}, or BibTeX's {@code "Last, First and Last, First"}. */
    public static List<String> splitAuthors(String text) {
        String s = text.strip();
        if (s.endsWith("..")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.matches(".*[\\p{Ll})]\\.$") || s.matches(".*[\\p{L}]{2}\\.$")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        String[] byAnd = s.split("\\s+and\\s+");
        boolean bibtex = byAnd.length > 1;
        for (String part : byAnd) {
            if (part.chars().filter(c -> c == ',').count() != 1) {
                bibtex = false;
            }
        }
        if (bibtex) {
            for (String part : byAnd) {
                String[] lf = part.split(",", 2);
                out.add((lf[1].strip() + " " + lf[0].strip()).strip());
            }
            return out;
        }
        for (String part : s.split("\\s*(?:,|;|，|、|\\s+and\\s+|\\s*&\\s*)\\s*")) {
            String p = part.strip();
            if (p.startsWith("and ")) {
                p = p.substring(4).strip();
            }
            if (!p.isEmpty() && !p.equalsIgnoreCase("et al.") && !p.equalsIgnoreCase("et al")
                    && !p.equalsIgnoreCase("etc.")) {
                out.add(p);
            }
        }
        return out;
    }

    static String tidyNotes(String s) {
        String t = s.replaceAll("\\[\\s*]|\\(\\s*\\)|（\\s*）", " ");
        Matcher label = Pattern.compile("\\[+\\s*\\**([^\\[\\]*]{1,30})\\**\\s*]+").matcher(t);
        StringBuilder kept = new StringBuilder();
        while (label.find()) {
            boolean isLabel = LINK_LABELS.contains(label.group(1).strip().toLowerCase(Locale.ROOT));
            label.appendReplacement(kept, isLabel ? " " : Matcher.quoteReplacement(label.group()));
        }
        label.appendTail(kept);
        t = kept.toString();
        t = t.replaceAll("(?<=^|\\s)[\\[\\]·•|.,;:]+(?=\\s|$)", " ");
        t = t.replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[\\s.,:;·|\\-–]+", "").strip();
        t = t.replaceAll("(?<=^|\\s)[(（]([^()（）]*)[)）](?=\\s|$)", "$1").strip();
        return t;
    }

    /** Plain text of a node: text, code and link text, with line breaks as spaces and {@code <br>} as a space. */
    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        plain(node, sb);
        return sb.toString();
    }

    private static void plain(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof HtmlInline) {
            sb.append(' ');
        } else {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                plain(c, sb);
            }
        }
    }

    private static String stripLinks(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof Link) && !(c instanceof Image)) {
                plain(c, sb);
            }
        }
        return sb.toString();
    }

    /** Collapses white space and removes terminal control characters. */
    static String clean(String s) {
        return CONTROL.matcher(s).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    private static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }
}
