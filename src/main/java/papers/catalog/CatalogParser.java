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
            "stars", "twitter", "tweet", "medium", "report", "technical report", "tech report", "playground");

    private static final Set<String> AUTHOR_LABELS = Set.of("authors", "author", "作者");
    private static final Set<String> VENUE_LABELS = Set.of("venue", "conference", "conf", "journal", "publication",
            "published", "published in", "pub", "publication venue", "venue/conference", "会议", "发表", "期刊");
    private static final Set<String> DATE_LABELS = Set.of("date", "time", "month", "published date",
            "release date", "released", "日期", "时间");
    private static final Set<String> TAG_LABELS = Set.of("tags", "tag", "keywords", "keyword", "category",
            "categories", "topic", "topics");
    private static final Set<String> TITLE_LABELS = Set.of("title", "paper", "paper title", "paper name", "work",
            "标题", "论文");
    /** Columns that give a work's short name; the title when no column gives one. */
    private static final Set<String> NAME_LABELS = Set.of("name", "model", "method", "short name", "abbr",
            "abbreviation", "alias", "dataset", "benchmark", "名称", "模型", "方法", "数据集");

    private static final Pattern TEMPLATE_HEADING = Pattern.compile(
            "(?i).*\\b(contribut\\w*|template|how to add|submission format|entry format)\\b.*|.*贡献.*");
    private static final Set<String> PLACEHOLDER_TITLES = Set.of("title", "paper title", "paper name", "name",
            "your paper title", "title of the paper");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:\\[\\d+]|\\(\\d+\\)|\\d+[.)])\\s+");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\s*[\\[(【]?((?:19|20)\\d{2}(?:[-./](?:1[0-2]|0?[1-9])(?:[-./](?:3[01]|[12]\\d|0?[1-9]))?)?)(?!\\d)[\\])】]?\\s*[:：\\-–|]?\\s*");
    private static final Pattern BADGE_ARXIV = Pattern.compile("(?i)arxiv[-_%20 ]+(\\d{4}\\.\\d{4,5})");
    private static final Pattern DOI = Pattern.compile("(?i)(?:doi\\.org/|doi:\\s*)(10\\.\\d{4,9}/[^\\s)\\]>]+)");
    private static final Pattern HEADING_RANGE = Pattern.compile(
            "(?i)((?:19|20)\\d{2})\\s+(" + EntryDate.MONTH_NAME + ")\\s*(?:to|-|–|~|—)\\s*(" + EntryDate.MONTH_NAME + ")");
    private static final Pattern WEEK_RANGE = Pattern.compile("(?i)\\b(" + EntryDate.MONTH_NAME
            + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|—|~|to)\\s*(?:(" + EntryDate.MONTH_NAME
            + ")\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b[^\\d]{0,12}+((?:19|20)\\d{2})\\b");
    private static final Pattern PREFIX_GROUP = Pattern.compile("[(（\\[【]([^()（）\\[\\]【】]{1,40}+)[)）\\]】]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private static final Pattern NOT_DATE_CHARS = Pattern.compile("[^\\p{L}\\p{N}.,/\\- ~–—]");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern VENUE_LINE_END = Pattern.compile("[\\s,;:|\\[(]+$");
    private static final Pattern BRACKETED = Pattern.compile("(?<!\\[)\\[++[^\\]]*+]++");
    private static final Pattern BRACKET_PREFIX = Pattern.compile("^[\\[(【]([^\\])】]{1,40})[\\])】]\\s*");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:：,\\-–|\\[(]+$");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cf}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LABEL_DECORATION = Pattern.compile("[\\[\\]*_`📄💻🔗📝⭐️🌐🤗]");
    private static final Pattern COLON_START = Pattern.compile("^\\s*[:：].*");
    private static final Pattern CLOSE_PARENS = Pattern.compile("[)）\\s]");
    private static final Pattern OPEN_PARENS_END = Pattern.compile("[\\s(（]+$");
    private static final Pattern SEGMENT_TRIM = Pattern.compile("^[\\s.,;:]+|[\\s.,;]+$");
    private static final Pattern ID_CHARS = Pattern.compile("[\\d.v]+");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s,·|]*");
    private static final Pattern TEXT_LABEL = Pattern.compile("^\\s*([A-Z][A-Za-z ]{1,20})\\s*[:：]\\s*");
    private static final Pattern VALUE_LABEL = Pattern.compile("^\\s*(?:[A-Z][A-Za-z ]{1,20}\\s*)?[:：]");
    private static final Pattern VALUE_TRIM = Pattern.compile("^[.\\s]+|\\s+$");
    private static final Pattern DOTS_SPACES = Pattern.compile("[.\\s]");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
    private static final Pattern BRACKETED_SPACED = Pattern.compile("(?<!\\s)\\s*+(?<!\\[)\\[++[^\\]]*+]++\\s*+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NAME_END_DOT = Pattern.compile("(?:[\\p{Ll})]|\\p{L}{2})\\.$");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|，|、|\\s+and\\s+|\\s*&\\s*)\\s*");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\[\\s*]|\\(\\s*\\)|（\\s*）");
    private static final Pattern BRACKET_LABEL = Pattern.compile("(?<!\\[)\\[++\\s*+\\**+([^\\[\\]*]{1,30})\\**\\s*]+");
    private static final Pattern LONE_PUNCT = Pattern.compile("(?<=^|\\s)[\\[\\]·•|.,;:]+(?=\\s|$)");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s.,:;·|\\-–]+");
    private static final Pattern PAREN_GROUP = Pattern.compile("(?<=^|\\s)[(（]([^()（）]*)[)）](?=\\s|$)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;，、]");
    private static final Pattern OUTER_BRACKETS = Pattern.compile("^[\\[(【]\\s*|\\s*[\\])】]$");
    private static final Pattern TRAILING_SEP = Pattern.compile("[:：\\-–|]+$");
    private static final Pattern STARS = Pattern.compile("^\\*+|\\*+$");
    private static final Pattern BRACKET_GROUP = Pattern.compile("[(（]([^()（）]{0,200}+)[)）]");
    private static final Pattern ALIAS_THEN_BRACKETED = Pattern.compile("^\\s*\\[([^\\[\\]]{3,400}+)](?!\\()");
    private static final Pattern OUTER_SQUARE = Pattern.compile("^\\[+|]+$");

    private final Parser markdown;

    public CatalogParser() {
        this.markdown = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                // deeper lists are still read as lists (the walk stops a too deep one with an error naming the line)
                .maxOpenBlockParsers(Integer.MAX_VALUE)
                .build();
    }

    /** True for a heading over a contribution template ("Contributing", "Template", ...): no entries there. */
    public static boolean isTemplateHeading(String text) {
        return TEMPLATE_HEADING.matcher(text).matches();
    }

    /** Reads every entry of {@code file}, in document order. */
    public ParsedFile parse(SourceFile file) {
        Walk walk = new Walk(file);
        String text = withoutBom(file.text());
        List<int[]> chunks = chunks(text);
        for (int i = 0; i < chunks.size(); i++) {
            int start = chunks.get(i)[0];
            int end = i + 1 < chunks.size() ? chunks.get(i + 1)[0] : text.length();
            Node document;
            try {
                document = markdown.parse(chunks.size() == 1 ? text : text.substring(start, end));
            } catch (RuntimeException | StackOverflowError e) {
                throw new CatalogException(file.path(), chunks.get(i)[1] + 1, "cannot parse the Markdown: " + e, e);
            }
            walk.offset = chunks.get(i)[1];
            try {
                walk.document(document, i == 0);
            } catch (StackOverflowError e) {
                throw new CatalogException(file.path(), walk.lastLine, "nesting too deep to read");
            }
        }
        return new ParsedFile(file, walk.entries, walk.headings, walk.warnings);
    }

    private static final int CHUNK_CHARS = 128 * 1024;
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]++]:");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");
    private static final Pattern HTML_START = Pattern.compile("^ {0,3}<[/!?a-zA-Z].*");

    /**
     * Splits a large document at top-level headings into pieces that parse alike alone, each as
     * {start offset, lines before it}: Markdown's tree for a whole 20 MB list lives long enough to
     * cost more in garbage collection than parsing. Headings inside fences, HTML blocks and comments
     * are not split at; a document with link reference definitions is not split at all.
     */
    static List<int[]> chunks(String text) {
        List<int[]> chunks = new ArrayList<>();
        chunks.add(new int[] {0, 0});
        if (text.length() < 2 * CHUNK_CHARS || REFERENCE_DEFINITION.matcher(text).find()) {
            return chunks;
        }
        int[] lastStart = {0};
        scanHeadingLines(text, (pos, lineNo, line) -> {
            if (pos - lastStart[0] >= CHUNK_CHARS) {
                chunks.add(new int[] {pos, lineNo});
                lastStart[0] = pos;
            }
        });
        return chunks;
    }

    /** Called for each line that starts an ATX heading outside fences, comments and HTML blocks. */
    @FunctionalInterface
    interface HeadingLine {
        void at(int offset, int lineIndex, String line);
    }

    /** Finds the heading lines of {@code text} without parsing it: fences, HTML comments and HTML blocks are skipped. */
    static void scanHeadingLines(String text, HeadingLine sink) {
        String fence = null;
        boolean inComment = false;
        boolean inHtml = false;
        int lineNo = 0;
        int pos = 0;
        int nextComment = text.indexOf("<!--");
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int next = nl < 0 ? text.length() : nl + 1;
            int end = nl < 0 ? text.length() : (nl > pos && text.charAt(nl - 1) == '\r' ? nl - 1 : nl);
            if (nextComment >= 0 && nextComment < pos) {
                nextComment = text.indexOf("<!--", pos);
            }
            boolean hasComment = nextComment >= 0 && nextComment < end;
            if (fence == null && !inComment && !hasComment) {
                // the common case, decided without copying the line: not a heading, fence or HTML start
                int i = pos;
                while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || (i == 0 && text.charAt(i) == '\uFEFF'))) {
                    i++;
                }
                char c0 = i < end ? text.charAt(i) : ' ';
                if (i == end) {
                    inHtml = false;
                    pos = next;
                    lineNo++;
                    continue;
                }
                if (c0 != '#' && c0 != '`' && c0 != '~' && c0 != '<') {
                    pos = next;
                    lineNo++;
                    continue;
                }
            }
            String line = text.substring(pos, end);
            if (lineNo == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
            } else if (inComment) {
                inComment = !line.contains("-->");
            } else {
                char c0 = line.stripLeading().isEmpty() ? ' ' : line.stripLeading().charAt(0);
                Matcher f = c0 == '`' || c0 == '~' ? FENCE.matcher(line) : null;
                int comment = line.indexOf("<!--");
                if (f != null && f.matches()) {
                    fence = f.group(1);
                } else if (comment >= 0 && line.indexOf("-->", comment) < 0) {
                    inComment = true;
                } else if (line.isBlank()) {
                    inHtml = false;
                } else if (c0 == '<' && HTML_START.matcher(line).matches()) {
                    inHtml = true;
                } else if (c0 == '#' && !inHtml && ATX.matcher(line).matches()) {
                    sink.at(pos, lineNo, line);
                }
            }
            pos = next;
            lineNo++;
        }
    }

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    /**
     * The headings of a file from a scan of its lines, without parsing it: what {@link #parse} finds
     * for ATX headings (the kind awesome lists use), at a fraction of the cost.
     */
    public static List<ParsedFile.Heading> outline(SourceFile file) {
        List<ParsedFile.Heading> out = new ArrayList<>();
        String text = file.text();
        int firstContent = -1;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\uFEFF') {
                firstContent = i;
                break;
            }
        }
        int first = firstContent;
        scanHeadingLines(text, (pos, lineNo, line) -> {
            Matcher m = ATX.matcher(line);
            if (!m.matches()) {
                return;
            }
            int level = m.group(1).length();
            String raw = m.group(2) == null ? "" : m.group(2);
            String plain = INLINE_LINK.matcher(raw).replaceAll("$1").replaceAll("(?<!\\\\)[*`]", "").replaceAll("(?<![\\w\\\\])_+|_+(?!\\w)", "").replaceAll("\\\\(.)", "$1")
                    .replaceAll("<[^>]+>", "").strip();
            boolean title = level == 1 && pos <= first + 3 && out.isEmpty();
            HeadingDate d = HeadingDate.parse(plain).orElse(null);
            out.add(new ParsedFile.Heading(level, plain, lineNo + 1, title, d == null ? null : d.start(), d == null ? null : d.end()));
        });
        return out;
    }

    /**
     * Parses only the part of {@code file} under {@code target} (up to the next heading), with the
     * headings above it as context, so its entries have their full section path and tags. The result
     * holds the whole text, that part's entries, and {@code outline} as headings.
     */
    public ParsedFile parseSection(SourceFile file, List<ParsedFile.Heading> outline, ParsedFile.Heading target) {
        String text = withoutBom(file.text());
        int from = target == null ? 1 : target.line();
        int to = Integer.MAX_VALUE;
        for (ParsedFile.Heading h : outline) {
            if (h.line() > from || (target == null && h.line() >= from)) {
                to = h.line() - 1;
                break;
            }
        }
        int[] starts = lineStarts(text);
        if (to < from) {
            return new ParsedFile(file, List.of(), outline, List.of());
        }
        int a = starts[Math.min(from - 1, starts.length - 1)];
        int b = to >= starts.length ? text.length() : starts[to];
        Walk walk = new Walk(file);
        walk.lineStarts = starts;
        walk.offset = from - 1;
        if (target != null) {
            int level = target.level();
            List<ParsedFile.Heading> ancestors = new ArrayList<>();
            for (int i = outline.size() - 1; i >= 0; i--) {
                ParsedFile.Heading h = outline.get(i);
                if (h.line() < target.line() && h.level() < level) {
                    ancestors.add(0, h);
                    level = h.level();
                }
            }
            for (ParsedFile.Heading h : ancestors) {
                walk.open.push(new OpenHeading(h.level(), h.text(), h.isTitle(), TEMPLATE_HEADING.matcher(h.text()).matches(),
                        h.isDate() ? new HeadingDate(h.from(), h.to()) : null));
            }
        }
        Node document = markdown.parse(text.substring(a, b));
        walk.document(document, target != null && target.isTitle());
        return new ParsedFile(file, walk.entries, outline, walk.warnings);
    }

    /** The text with a byte-order mark turned into a space, so that offsets and lines stay as they were. */
    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    }

    /**
     * Start offsets of the lines of {@code text}, breaking where commonmark does: at \\n, \\r\\n and
     * a lone \\r. The one line index of papers.
     */
    public static int[] lineStarts(String text) {
        int[] starts = new int[256];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
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
            String s = NOT_DATE_CHARS.matcher(text).replaceAll(" ").strip();
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
            // a week: "June 23 - June 29, 2025", "(May 27 - June 2) - 2024"
            Matcher week = WEEK_RANGE.matcher(s);
            if (week.find()) {
                int year = Integer.parseInt(week.group(3));
                int from = Integer.parseInt(EntryDate.monthNumber(week.group(1)));
                int to = week.group(2) == null ? from : Integer.parseInt(EntryDate.monthNumber(week.group(2)));
                return Optional.of(new HeadingDate(EntryDate.of(year, from), EntryDate.of(year, to)));
            }
            return Optional.empty();
        }
    }

    private record OpenHeading(int level, String text, boolean isTitle, boolean isTemplate, HeadingDate date) {}

    /** What the open headings say of the entries under them: section path, topic tags, date. */
    private record Context(List<String> section, List<String> tags, HeadingDate date) {}

    /** One pass over one document. */
    private final class Walk {
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

        Walk(SourceFile file) {
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
                java.util.Collections.reverse(path);
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

        int[] lineStarts;

        /** Start offsets of the file's lines, found once: commonmark's breaks are \\n, \\r\\n and \\r. */
        private int[] lineStarts() {
            if (lineStarts == null) {
                lineStarts = CatalogParser.lineStarts(file.text());
            }
            return lineStarts;
        }

        int lineCount() {
            return lineStarts().length;
        }

        /** Line {@code n} (1-based) without its line ending. */
        String lineText(int n) {
            int[] starts = lineStarts();
            String t = file.text();
            int from = starts[n - 1];
            int to = n < starts.length ? starts[n] : t.length();
            while (to > from && (t.charAt(to - 1) == '\n' || t.charAt(to - 1) == '\r')) {
                to--;
            }
            return t.substring(from, to);
        }

        void document(Node document, boolean firstChunk) {
            boolean first = firstChunk;
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
            } else if (block instanceof Paragraph p) {
                paragraphEntry(p);
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
            String text = headingText(h);
            while (!open.isEmpty() && open.peek().level() >= h.getLevel()) {
                open.pop();
            }
            boolean isTitle = firstOfDocument && h.getLevel() == 1;
            HeadingDate date = HeadingDate.parse(text).orElse(null);
            boolean template = TEMPLATE_HEADING.matcher(text).matches();
            open.push(new OpenHeading(h.getLevel(), text, isTitle, template, date));
            context = null;
            headings.add(new ParsedFile.Heading(h.getLevel(), text, line(h), isTitle, date == null ? null : date.start(),
                    date == null ? null : date.end()));
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
            return dropped ? EMPTY_BRACKETS.matcher(text).replaceAll("").strip() : text;
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

        /**
         * A paragraph outside any list is an entry when it starts with a bold title and goes on, after a line
         * break, with another field: authors, a date or a link ({@code **Title**\\}, {@code _Authors_\\},
         * {@code Venue, [[Paper](...)]\\}, {@code 18 Sep 2024}). Prose that merely starts in bold is not.
         */
        void paragraphEntry(Paragraph p) {
            Head head = head(p);
            if (head == null || !(head.titleNode instanceof StrongEmphasis) || head.linkUrl != null || inTemplate()
                    || !(head.titleEnd instanceof SoftLineBreak || head.titleEnd instanceof HardLineBreak)) {
                return;
            }
            Builder b = new Builder(head);
            b.line = line(p);
            b.lastLine = lastNonBlank(b.line, lastLine(p));
            b.tail(head.titleEnd);
            Entry e = b.build();
            if (!e.authors().isEmpty() || e.date() != null || !e.links().isEmpty()) {
                entries.add(e);
            }
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
            for (Set<String> labels : List.of(TITLE_LABELS, NAME_LABELS)) {
                for (int i = 0; i < cells.size() && head == null; i++) {
                    String name = i < header.size() ? header.get(i).toLowerCase(Locale.ROOT) : "";
                    if (labels.contains(name)) {
                        head = cellHead(cells.get(i), true);
                        titleColumn = i;
                    }
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
                    b.inlines(head.titleEnd, null, true);
                    if (head.description != null) {
                        b.note(head.description);
                    }
                    continue;
                }
                String text = clean(plain(cell));
                if (DATE_LABELS.contains(key) || (key.equals("year") && FOUR_DIGITS.matcher(text).matches())) {
                    EntryDate.parse(text).ifPresent(d -> b.date = d);
                } else if (VENUE_LABELS.contains(key)) {
                    if (!text.isEmpty()) {
                        b.venue = Venues.parse(text).orElse(text);
                    }
                } else if (AUTHOR_LABELS.contains(key)) {
                    b.authors.addAll(splitAuthors(text));
                } else if (NAME_LABELS.contains(key) && !text.isEmpty() && text.length() <= 60) {
                    b.alias = text;
                    b.inlines(cell.getFirstChild(), null, false);
                } else if (TAG_LABELS.contains(key)) {
                    String[] values = LIST_SEPARATOR.split(text);
                    if (values.length == 1 && text.length() <= 40 && key.startsWith("keyword")) {
                        b.alias = text; // one keyword per row names the work ("Transformers", "GPT 1.0")
                    }
                    for (String t : values) {
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
                // "1) Title  What the paper does ...": a row number, the title, two spaces, a description
                String text = LEADING_NUMBER.matcher(plain(cell).strip()).replaceFirst("");
                int gap = text.indexOf("  ");
                int dash = text.indexOf(" - ");
                h = new Head();
                if (gap >= 2 && isDescription(text.substring(gap).strip(), true)) {
                    h.description = clean(text.substring(gap));
                    text = text.substring(0, gap);
                } else if (dash >= 2 && isDescription(text.substring(dash + 3).strip(), false)) {
                    h.description = clean(text.substring(dash + 3));
                    text = text.substring(0, dash);
                }
                h.title = clean(text);
                if (h.title.isEmpty()) {
                    return null;
                }
            }
            return h;
        }

        /**
         * Prose that describes a work: after two spaces, a capitalised sentence of six words or more; after a dash,
         * one of ten words or more that goes on in lower case ("- introduces a new series of models ...").
         */
        boolean isDescription(String text, boolean afterGap) {
            if (text.isEmpty()) {
                return false;
            }
            int first = text.codePointAt(0);
            return afterGap ? Character.isUpperCase(first) && SPACES.split(text, 7).length >= 6
                    : Character.isLowerCase(first) && SPACES.split(text, 11).length >= 10;
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
                if (n instanceof Text t && n == first && quoted(t, h)) {
                    return h;
                }
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
                    if (isNavigation(link.getDestination())) {
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
                        if (isNavigation(inner.getDestination())) {
                            return null;
                        }
                        h.title = clean(plain(inner));
                        h.linkUrl = inner.getDestination();
                        h.titleNode = strong;
                        break;
                    }
                    if (isFieldLabel(strong)) {
                        // "**LR-Net**: "Title", ICCV, 2019": a short name, then the title in quotes
                        if (strong.getNext() instanceof Text after && quoted(after, h)) {
                            h.alias = TRAILING_COLON.matcher(text).replaceAll("").strip();
                            return acceptPrefix(prefix.toString(), h) ? h : null;
                        }
                        return null;
                    }
                    if (text.isEmpty() || BRACKETED.matcher(text).matches()) {
                        continue;
                    }
                    if (Venues.parse(text).isPresent() || EntryDate.parse(text).isPresent()) {
                        prefix.append(' ').append(text).append(' ');
                        continue;
                    }
                    if (aliasBefore(strong, prefix, h)) {
                        h.alias = text;
                        if (h.title != null) {
                            break;
                        }
                        continue;
                    }
                    // "**Title;** Authors": the separator is the list's, not the title's
                    h.title = text.replaceAll("\\s*[;,]+$", "");
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

        /**
         * Whether bold {@code strong} is a short name shown beside the title rather than the title: before a
         * link ({@code **HalLoc** [Title](url)}: false title, the loop goes on to the link), before a bracketed
         * title ({@code **HalLoc** [Title] (date)}) or inside brackets before it ({@code [**YOCO**] Title}).
         * The last two set the title in {@code h} from the text that follows.
         */
        boolean aliasBefore(StrongEmphasis strong, StringBuilder prefix, Head h) {
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

        /** Takes a title in quotes at the start of {@code t} (see {@link QuotedTitle}) into {@code h}; false if none. */
        boolean quoted(Text t, Head h) {
            Optional<QuotedTitle> q = QuotedTitle.parse(t.getLiteral());
            if (q.isEmpty()) {
                return false;
            }
            h.title = clean(q.get().title());
            h.venue = q.get().venue();
            h.date = q.get().date();
            h.titleNode = t;
            h.titleEnd = t.getNext();
            // "(*Org*)" after it names where the work comes from, not its authors
            if (t.getLiteral().stripTrailing().endsWith("(") && t.getNext() instanceof Emphasis org
                    && org.getNext() instanceof Text close && close.getLiteral().startsWith(")")) {
                h.affiliation = clean(plain(org));
                h.titleEnd = close;
            }
            return true;
        }

        /** "Title text [[paper](url)] [[code](url)]": the title is the text before the first label link. */
        Head fallbackHead(Node first, Node stop, String prefix, Head h) {
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
        boolean acceptPrefix(String prefix, Head h) {
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
            String[] words = SPACES.split(rest);
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
            if (text.length() > 40) {
                return text.startsWith("http://") || text.startsWith("https://");
            }
            String t = LABEL_DECORATION.matcher(text).replaceAll("").strip().toLowerCase(Locale.ROOT);
            return t.isEmpty() || LINK_LABELS.contains(t) || t.startsWith("http://") || t.startsWith("https://");
        }

        boolean isFieldLabel(Node strong) {
            String text = plain(strong).strip();
            if (text.endsWith(":") || text.endsWith("：")) {
                return text.length() <= 30;
            }
            Node next = strong.getNext();
            return next instanceof Text t && COLON_START.matcher(t.getLiteral()).matches() && text.length() <= 30;
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
            String alias;
            final List<String> authors = new ArrayList<>();
            final List<papers.catalog.Link> links = new ArrayList<>();
            final Set<String> tags = new LinkedHashSet<>();
            final Map<String, String> fields = new LinkedHashMap<>();
            final StringBuilder notes = new StringBuilder();
            ArxivId textArxiv;

            Builder(Head head) {
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
                if (from == head.titleEnd && head.pendingText != null) {
                    text.append(head.pendingText);
                }
                while (n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak)) {
                    if (n instanceof Text t) {
                        text.append(t.getLiteral());
                        n = n.getNext();
                        continue;
                    }
                    break;
                }
                if (from == head.titleEnd) {
                    n = besideTitle(text, n);
                }
                String rest = segments(text.toString());
                if (!rest.isBlank()) {
                    note(rest);
                }
                if (n != null) {
                    paragraph(n);
                }
            }

            /**
             * What the title's own line says right after it, taken out of {@code text} (the line's text up to
             * {@code next}): the ")" of an affiliation, a written date and the venue in its brackets, authors after
             * a bold title, or the italics beside it. Returns the node to go on from.
             */
            Node besideTitle(StringBuilder text, Node next) {
                if (head.affiliation != null && text.length() > 0 && text.charAt(0) == ')') {
                    fields.put("Affiliation", head.affiliation);
                    text.deleteCharAt(0);
                }
                if (date == null) {
                    // "(Mar. 20, 2025, CVPR 2025)": a written date, before the text is cut at its dots
                    Optional<EntryDate.Match> written = EntryDate.findWritten(text.toString());
                    if (written.isPresent()) {
                        date = written.get().date();
                        text.delete(written.get().start(), written.get().end());
                        venueInBrackets(text);
                    }
                }
                if (!authors.isEmpty() || !(head.titleNode instanceof StrongEmphasis)) {
                    return next;
                }
                authorsAfterTitle(text);
                if (text.toString().isBlank() && next instanceof Emphasis em && authors.isEmpty()) {
                    // "**Title** *First Author et al. arXiv.*": the italics beside the title
                    Optional<AuthorLine> a = AuthorLine.parse(clean(plain(em)));
                    if (a.isPresent()) {
                        authors.addAll(a.get().authors());
                        if (a.get().venue() != null && (venue == null || Venues.isPreprint(venue))) {
                            venue = a.get().venue();
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
                // nothing, or text glued to the title with no separator, names no authors
                if (lead.isEmpty() || lead.length() == t.length()) {
                    return;
                }
                int semi = lead.indexOf(';');
                String candidate = semi >= 0 ? lead.substring(0, semi) : lead;
                Optional<AuthorLine> a = AuthorLine.parse(candidate);
                if (a.isPresent() && a.get().venue() == null) {
                    authors.addAll(a.get().authors());
                    text.setLength(0);
                    text.append(semi >= 0 ? lead.substring(semi + 1) : "");
                }
            }

            /** "(date, CVPR 2025)" once the date is out: a comma-separated piece in brackets that names a venue. */
            void venueInBrackets(StringBuilder text) {
                Matcher m = BRACKET_GROUP.matcher(text);
                if (!m.find() || venue != null && !Venues.isPreprint(venue)) {
                    return;
                }
                for (String piece : m.group(1).split("[,;]")) {
                    Optional<String> v = Venues.parse(piece.strip());
                    if (v.isPresent()) {
                        venue = v.get();
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
                List<Node> solid = nodes.stream().filter(n -> !(n instanceof Text t && t.getLiteral().isBlank())).toList();
                if (authors.isEmpty() && solid.size() == 1 && solid.get(0) instanceof Emphasis em) {
                    authors.addAll(splitAuthors(clean(plain(em))));
                    return;
                }
                String label = fieldLabel(first);
                if (label != null) {
                    field(label, first);
                    return;
                }
                if (first instanceof Text t && venueBeforeLinks(t, nodes)) {
                    first = first.getNext();
                }
                inlines(first, nodes.get(nodes.size() - 1).getNext(), false);
            }

            /**
             * "CVPR 2024 Tutorial, [[Paper](url)] [[Code](url)]": a line of its own under the title whose text before
             * its links names where the work appeared (a known venue, or words with a year). Takes it as the venue.
             */
            boolean venueBeforeLinks(Text text, List<Node> nodes) {
                if (venue != null && !Venues.isPreprint(venue) || nodes.size() < 2 || !(text.getNext() instanceof Link)) {
                    return false;
                }
                String v = VENUE_LINE_END.matcher(text.getLiteral()).replaceAll("").strip();
                if (v.isEmpty() || v.length() > 60 || !v.codePoints().anyMatch(Character::isLetter)
                        || !(Venues.find(v).isPresent() || YEAR.matcher(v).find())) {
                    return false;
                }
                venue = Venues.parse(v).orElse(v);
                return true;
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
                    if (next instanceof Text t && COLON_START.matcher(t.getLiteral()).matches() && text.length() <= 30) {
                        return text;
                    }
                }
                if (first instanceof Text t) {
                    Matcher m = TEXT_LABEL.matcher(t.getLiteral());
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
                String text = clean(VALUE_LABEL.matcher(value.toString()).replaceFirst(""));
                text = VALUE_TRIM.matcher(text).replaceAll("");
                if (AUTHOR_LABELS.contains(key)) {
                    authors.addAll(splitAuthors(text));
                } else if (VENUE_LABELS.contains(key)) {
                    venue = text;
                } else if (DATE_LABELS.contains(key)) {
                    EntryDate.parse(text).ifPresent(d -> date = d);
                } else if (TAG_LABELS.contains(key)) {
                    for (String t : LIST_SEPARATOR.split(text)) {
                        if (!t.isBlank()) {
                            tags.add(Slugs.tag(t.replace("`", "")));
                        }
                    }
                } else if (links.size() == before || !DOTS_SPACES.matcher(text).replaceAll("").isEmpty()) {
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
                            field(TRAILING_COLON.matcher(text).replaceAll(""), strong);
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
                links.add(new papers.catalog.Link(label, l.getDestination(), 0, 0));
                Matcher doiMatch = DOI.matcher(l.getDestination());
                if (doi == null && doiMatch.find()) {
                    doi = doiMatch.group(1);
                }
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
                    for (int i = ln; i <= Math.max(lastLine, line) && i <= lineCount() && !target.isEmpty(); i++) {
                        int at = lineText(i).indexOf(target, i == ln ? col : 0);
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
                Context context = context();
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
                return Entry.builder(cleanTitle, file.path()).alias(name).authors(authors).arxiv(id).url(url)
                        .links(placedLinks()).venue(venue).date(when).doi(doi).tags(new ArrayList<>(allTags))
                        .section(section).fields(fields).notes(note.isEmpty() ? null : note).lines(line, lastLine).build();
            }
        }
    }

    /** What the start of an item says: its title, the title's link, and a date or venue before it. */
    private static final class Head {
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
        /** An organisation written in parentheses after a quoted title; its ")" opens {@link #titleEnd}. */
        String affiliation;
        final List<Link> badges = new ArrayList<>();
    }

    // -------------------------------------------------------------------- text helpers

    /**
     * True for a link that moves around the list rather than naming a work: an anchor ({@code #top},
     * {@code ./#section}) or another Markdown file of the repository ({@code docs/more.md#part}).
     */
    static boolean isNavigation(String destination) {
        String d = destination.strip();
        if (d.startsWith("#") || d.startsWith("./#") || d.startsWith("/#")) {
            return true;
        }
        if (d.contains("://") || d.startsWith("mailto:")) {
            return false;
        }
        int cut = d.indexOf('#');
        String path = (cut < 0 ? d : d.substring(0, cut)).toLowerCase(Locale.ROOT);
        return path.endsWith(".md") || path.endsWith(".markdown");
    }

    /**
     * Splits the text after a title at {@code ·}, {@code •}, {@code |} and sentence-ending dots
     * ({@code . arXiv:2301.13823. ICML2023.}), but not at the dots of {@code 2.5} or {@code S. M.}.
     */
    static List<String> splitSegments(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cut = c == '·' || c == '•' || c == '|';
            if (c == '.') {
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                cut = Character.isWhitespace(after) && !Character.isWhitespace(before) && before != '.'
                        && !Character.isUpperCase(before);
            }
            if (cut) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    static boolean looksLikeAuthors(String text) {
        if (text.isEmpty() || text.length() > 5000) {
            return false;
        }
        if (DIGIT.matcher(text).find()) {
            return text.split(",").length >= 3;
        }
        return text.contains(",") || text.contains(" and ") || SPACES.split(text).length <= 4;
    }

    /** Splits an author list: {@code "A, B, C."}, {@code "A and B"}, or BibTeX's {@code "Last, First and Last, First"}. */
    public static List<String> splitAuthors(String text) {
        String s = text.strip();
        if (s.endsWith("..")) {
            s = s.substring(0, s.length() - 1);
        } else if (NAME_END_DOT.matcher(s).find()) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        String[] byAnd = s.contains(" and ") ? AND.split(s) : new String[] {s};
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
        for (String part : AUTHOR_SEPARATOR.split(s)) {
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
        if (s.isBlank()) {
            return "";
        }
        String t = s;
        boolean brackets = t.indexOf('[') >= 0;
        boolean parens = t.indexOf('(') >= 0 || t.indexOf('（') >= 0;
        if (brackets || parens) {
            t = EMPTY_BRACKETS.matcher(t).replaceAll(" ");
        }
        if (brackets) {
            Matcher label = BRACKET_LABEL.matcher(t);
            StringBuilder kept = new StringBuilder();
            while (label.find()) {
                boolean isLabel = LINK_LABELS.contains(label.group(1).strip().toLowerCase(Locale.ROOT));
                label.appendReplacement(kept, isLabel ? " " : Matcher.quoteReplacement(label.group()));
            }
            label.appendTail(kept);
            t = kept.toString();
        }
        t = LONE_PUNCT.matcher(t).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = LEADING_PUNCT.matcher(t).replaceAll("").strip();
        if (parens) {
            t = PAREN_GROUP.matcher(t).replaceAll("$1").strip();
        }
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
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= ' ' && c != 0x7f && (c != ' ' || i + 1 == s.length() || s.charAt(i + 1) != ' ')
                    && !(c >= 0x80 && (Character.isWhitespace(c) || Character.isISOControl(c) || c == 0xa0));
        }
        if (plain) {
            return s.strip();
        }
        return SPACES.matcher(CONTROL.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
