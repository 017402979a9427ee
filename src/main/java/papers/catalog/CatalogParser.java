package papers.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
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
    private static final int CHUNK_CHARS = 128 * 1024;
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS_MARK = Pattern.compile("(?<!\\\\)[*`]");
    private static final Pattern UNDERSCORES = Pattern.compile("(?<![\\w\\\\])_+|_+(?!\\w)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");


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
        return FieldLabels.TEMPLATE_HEADING.matcher(text).matches();
    }

    /** Reads every entry of {@code file}, in document order. */
    public ParsedFile parse(SourceFile file) {
        DocumentWalk walk = new DocumentWalk(file);
        String text = capped(withoutBom(file.text()), file.path(), walk.warnings);
        List<int[]> chunks = chunks(text);
        // with more than one piece and a second core, the next piece is parsed while this one is walked (the walk
        // carries headings, dates and numbering from piece to piece, so it stays in order, on this thread)
        ExecutorService ahead = chunks.size() > 1 && Runtime.getRuntime().availableProcessors() > 1
                ? Executors.newSingleThreadExecutor(CatalogParser::daemon) : null;
        try {
            Future<Node> next = parseAhead(ahead, text, chunks, 0);
            for (int i = 0; i < chunks.size(); i++) {
                Future<Node> piece = next;
                next = i + 1 < chunks.size() ? parseAhead(ahead, text, chunks, i + 1) : null;
                Node document = parsed(file, piece, chunks.get(i)[1] + 1);
                walk.offset = chunks.get(i)[1];
                try {
                    walk.document(document, i == 0);
                } catch (StackOverflowError e) {
                    throw new CatalogException(file.path(), walk.lastLine, "nesting too deep to read");
                }
            }
        } finally {
            if (ahead != null) {
                ahead.shutdownNow();
            }
        }
        return new ParsedFile(file, walk.entries, walk.headings, walk.warnings, walk.lines);
    }

    /** Piece {@code i} of {@code text} parsed on {@code ahead}, or here and now when there is none. */
    private Future<Node> parseAhead(ExecutorService ahead, String text, List<int[]> chunks, int i) {
        int start = chunks.get(i)[0];
        int end = i + 1 < chunks.size() ? chunks.get(i + 1)[0] : text.length();
        Callable<Node> parse = () -> markdown.parse(chunks.size() == 1 ? text : text.substring(start, end));
        if (ahead != null) {
            return ahead.submit(parse);
        }
        FutureTask<Node> now = new FutureTask<>(parse);
        now.run();
        return now;
    }

    /** The tree of a piece that starts at {@code line}; what commonmark threw, as an error naming the file and line. */
    private static Node parsed(SourceFile file, Future<Node> piece, int line) {
        try {
            return piece.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error && !(cause instanceof StackOverflowError)) {
                throw error; // out of memory, say: as if it had happened here
            }
            throw new CatalogException(file.path(), line, "cannot parse the Markdown: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException(file.path(), line, "interrupted while parsing", e);
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "papers-parse-ahead");
        t.setDaemon(true);
        return t;
    }


    /**
     * Splits a large document at top-level headings into pieces that parse alike alone, each as
     * {start offset, lines before it}: Markdown's tree for a whole 20 MB list lives long enough to
     * cost more in garbage collection than parsing. Headings inside fences, HTML blocks and comments
     * are not split at; a document with link reference definitions is not split at all.
     */
    static List<int[]> chunks(String text) {
        List<int[]> chunks = new ArrayList<>();
        chunks.add(new int[] {0, 0});
        if (text.length() < 2 * CHUNK_CHARS || MarkdownLines.hasReferenceDefinition(text)) {
            return chunks;
        }
        int[] lastStart = {0};
        MarkdownLines.scanHeadingLines(text, (pos, lineNo, line) -> {
            if (pos - lastStart[0] >= CHUNK_CHARS) {
                chunks.add(new int[] {pos, lineNo});
                lastStart[0] = pos;
            }
        });
        return chunks;
    }

    /** A heading line's text as read: links and images as their text, emphasis, escapes and tags gone. */
    private static String plainHeading(String raw) {
        return clean(raw).strip();
    }

    private static String clean(String raw) {
        if (!hasMarkup(raw)) {
            return raw; // most headings: nothing to take out, and no pattern run
        }
        String s = INLINE_LINK.matcher(raw).replaceAll("$1");
        s = EMPHASIS_MARK.matcher(s).replaceAll("");
        s = UNDERSCORES.matcher(s).replaceAll("");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return TAG.matcher(s).replaceAll("");
    }

    /** Whether {@code raw} holds a character that {@link #clean} may take out. */
    private static boolean hasMarkup(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '[' || c == '*' || c == '`' || c == '_' || c == '\\' || c == '<') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text GitHub makes a heading's anchor from: without its images, keeping the space beside one at either
     * end ({@code LLM ![badge](b.svg)} gives {@code "LLM "}, so {@code #llm-}).
     */
    static String anchorText(String raw) {
        return clean(IMAGE.matcher(raw).replaceAll(""));
    }

    /**
     * The headings of a file from a scan of its lines, without parsing it: what {@link #parse} finds
     * for MarkdownLines.ATX headings (the kind awesome lists use), at a fraction of the cost.
     */
    public static List<ParsedFile.Heading> outline(SourceFile file) {
        return outline(file.text(), (pos, line) -> line);
    }

    /** The real text of a heading line that a scan found at {@code pos} as {@code line}. */
    @FunctionalInterface
    interface LineText {
        String at(int pos, String line);
    }

    /**
     * The headings of {@code text} from a scan of its lines, with each heading line's text as {@code real}
     * gives it: {@code scanned} may be a file's bytes seen as Latin-1, which holds every line break and every
     * ASCII mark where the UTF-8 text has them.
     */
    static List<ParsedFile.Heading> outline(String text, LineText real) {
        return outline(text, null, MarkdownLines.lineStarts(text), real);
    }

    /**
     * As {@link #outline(String, LineText)}, for a text whose lines start at {@code starts}; {@code latin1}, when
     * not null, is the bytes {@code text} is the Latin-1 view of.
     */
    static List<ParsedFile.Heading> outline(String text, byte[] latin1, int[] starts, LineText real) {
        List<ParsedFile.Heading> out = new ArrayList<>();
        int firstContent = -1;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\uFEFF') {
                firstContent = i;
                break;
            }
        }
        int first = firstContent;
        MarkdownLines.scanHeadingLines(text, latin1, starts, (pos, lineNo, scannedLine) -> {
            HeadingLine h = HEADING_LINES.computeIfAbsent(real.at(pos, scannedLine), CatalogParser::headingLine);
            if (h == NO_HEADING) {
                return;
            }
            boolean title = h.level() == 1 && pos <= first + 3 && out.isEmpty();
            out.add(new ParsedFile.Heading(h.level(), h.plain(), lineNo + 1, title, h.from(), h.to(), h.anchorText()));
        });
        if (HEADING_LINES.size() > 50_000) {
            HEADING_LINES.clear();
        }
        return out;
    }

    /** What a heading line says wherever it stands: its level, plain text, dates and anchor text. */
    private record HeadingLine(int level, String plain, EntryDate from, EntryDate to, String anchorText) {}

    private static final HeadingLine NO_HEADING = new HeadingLine(0, "", null, null, "");

    /**
     * Heading lines read before, by their text: an edit outlines a big file's text several times, and reading
     * each of thousands of headings again (their dates, their markup) would cost more than the scan.
     */
    private static final Map<String, HeadingLine> HEADING_LINES = new ConcurrentHashMap<>();

    private static HeadingLine headingLine(String line) {
        Matcher m = MarkdownLines.ATX.matcher(line);
        if (!m.matches()) {
            return NO_HEADING;
        }
        String raw = m.group(2) == null ? "" : m.group(2);
        String plain = plainHeading(raw);
        HeadingDate d = HeadingDate.parse(plain).orElse(null);
        return new HeadingLine(m.group(1).length(), plain, d == null ? null : d.start(), d == null ? null : d.end(),
                raw.contains("![") ? anchorText(raw) : plain);
    }

    /**
     * Parses only the part of {@code file} under {@code target} (up to the next heading), with the
     * headings above it as context, so its entries have their full section path and tags. The result
     * holds the whole text, that part's entries, and {@code outline} as headings.
     */
    public ParsedFile parseSection(SourceFile file, List<ParsedFile.Heading> outline, ParsedFile.Heading target) {
        int from = target == null ? 1 : target.line();
        int to = Integer.MAX_VALUE;
        for (ParsedFile.Heading h : outline) {
            if (h.line() > from || (target == null && h.line() >= from)) {
                to = h.line() - 1;
                break;
            }
        }
        if (to < from) {
            return new ParsedFile(file, List.of(), outline, List.of());
        }
        DocumentWalk walk = walkPart(file, MarkdownLines.of(file.text()), outline, target, from, to,
                target != null && target.isTitle());
        return new ParsedFile(file, walk.entries, outline, walk.warnings, walk.lines);
    }

    /**
     * Parses lines {@code from} to {@code end} (exclusive) of {@code file}, which {@code target} opens (null: the
     * top of the file), with the headings of {@code outline} above it as context. The result holds the
     * whole text, those lines' entries, and the headings the parse found in them.
     */
    ParsedFile parsePart(SourceFile file, MarkdownLines lines, List<ParsedFile.Heading> outline, ParsedFile.Heading target,
            int from, int end) {
        DocumentWalk walk = walkPart(file, lines, outline, target, from, end - 1, target == null ? from == 1 : target.isTitle());
        return new ParsedFile(file, walk.entries, walk.headings, walk.warnings, walk.lines);
    }

    private DocumentWalk walkPart(SourceFile file, MarkdownLines lines, List<ParsedFile.Heading> outline,
            ParsedFile.Heading target, int from, int to, boolean first) {
        String text = withoutBom(file.text());
        int a = lines.start(Math.min(from, lines.count()));
        int b = to >= lines.count() ? text.length() : lines.start(to + 1);
        DocumentWalk walk = new DocumentWalk(file);
        walk.lines = lines;
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
                walk.open.push(new DocumentWalk.OpenHeading(h.level(), h.text(), h.isTitle(), FieldLabels.TEMPLATE_HEADING.matcher(h.text()).matches(),
                        h.isDate() ? new HeadingDate(h.from(), h.to()) : null));
            }
        }
        Node document;
        try {
            // capped here, on these lines only: the cap is per line, and the rest of the file is not read
            document = markdown.parse(capped(text.substring(a, b), file.path(), new ArrayList<>()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new CatalogException(file.path(), from, "cannot parse the Markdown: " + e, e);
        }
        try {
            walk.document(document, first);
        } catch (StackOverflowError e) {
            throw new CatalogException(file.path(), walk.lastLine, "nesting too deep to read");
        }
        return walk;
    }

    /** The longest line read as Markdown whole; the longest in the seeds and the corpus is under 3,000 characters. */
    static final int LINE_CAP = 64 * 1024;

    /**
     * {@code text} with the Markdown marks of every line past its first {@link #LINE_CAP} characters turned into
     * spaces (offsets and lines stay as they were), and a warning for each such line: what no list writes by hand
     * must not cost the parser more than a normal catalog of its size (a megabyte of {@code *a} or of nested
     * brackets made commonmark's inline parser work ten times as hard).
     */
    static String capped(String text, String path, List<String> warnings) {
        char[] out = null;
        int line = 1;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            if (end - start > LINE_CAP) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int i = start + LINE_CAP; i < end; i++) {
                    if ("[]()*_`<>!\\~|&#".indexOf(out[i]) >= 0) {
                        out[i] = ' ';
                    }
                }
                warnings.add(String.format(Locale.ROOT, "%s:%d: a line of %,d characters; past its first %,d only its words are read",
                        path, line, end - start, LINE_CAP));
            }
            line++;
            start = end + 1;
        }
        return out == null ? text : new String(out);
    }

    /** The text with a byte-order mark turned into a space, so that offsets and lines stay as they were. */
    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    }
}
