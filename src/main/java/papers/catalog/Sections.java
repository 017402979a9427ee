package papers.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.zip.CRC32C;

/**
 * A file cut at its headings into sections that read the same alone as in the whole file, each with a
 * hash of its text and of the headings above it, so that after a change only the sections whose hash
 * changed are read again.
 *
 * <pre>{@code
 * List<Sections.Section> now = Sections.cut(bytes);
 * List<Sections.Section> changed = now.stream().filter(s -> !known.contains(s.hash())).toList();
 * List<List<Entry>> entries = Sections.read(parser, "README.md", bytes, now, changed); // null: read it whole
 * }</pre>
 *
 * <p>A file that cannot be cut so (link reference definitions reach across sections; HTML headings and
 * setext headings open sections a scan of the lines does not see) is one section, read whole.
 */
public final class Sections {

    private Sections() {}

    /**
     * Lines {@code start} to {@code end} (1-based, end exclusive) of a file, bytes {@code from} to {@code to} of
     * it, opened by {@code heading} (null for the text above the first heading, and for a file read whole),
     * and the hash of what reading them depends on: their bytes and the headings above.
     */
    public record Section(int start, int end, int from, int to, long hash, ParsedFile.Heading heading, boolean whole) {}

    /**
     * The sections of a file's UTF-8 {@code bytes}, from a scan of its lines, without decoding the whole text;
     * one whole section when it cannot be cut.
     */
    public static List<Section> cut(byte[] bytes) {
        String scan = scanView(bytes);
        int[] starts = MarkdownLines.lineStarts(bytes);
        if (!cuttable(bytes, scan)) {
            return List.of(whole(bytes, starts));
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        // the scan reads the bytes themselves, but for a byte-order mark, which the view shows as spaces
        List<ParsedFile.Heading> outline = CatalogParser.outline(scan, bom ? null : bytes, starts, (pos, line) -> pos == 0 && bom
                ? new String(bytes, 3, line.length() - 3, StandardCharsets.UTF_8)
                : new String(bytes, pos, line.length(), StandardCharsets.UTF_8));
        return cut(bytes, n -> n > starts.length ? bytes.length : starts[n - 1], starts.length, outline);
    }

    /**
     * The sections of a file's UTF-8 {@code bytes} of {@code lines} lines whose headings are {@code outline}, each
     * heading's line starting at the offset {@code headingStarts} gives for it (in the outline's order): the cut
     * of a file put together from pieces whose headings are known, without a scan of its lines.
     */
    public static List<Section> cut(byte[] bytes, int lines, List<ParsedFile.Heading> outline, int[] headingStarts) {
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < outline.size(); i++) {
            at.put(outline.get(i).line(), headingStarts[i]);
        }
        return cut(bytes, n -> n > lines ? bytes.length : at.get(n), lines, outline);
    }

    /**
     * The sections of a file as {@link CatalogParser#parse} read it: those of {@link #cut(byte[])} when the parse
     * found exactly the headings the scan finds, else one whole section.
     */
    public static List<Section> of(ParsedFile parsed) {
        byte[] bytes = parsed.source().text().getBytes(StandardCharsets.UTF_8);
        List<Section> cut = cut(bytes);
        if (cut.get(0).whole()) {
            return cut;
        }
        List<ParsedFile.Heading> outline = headings(cut);
        return outline.equals(parsed.headings()) ? cut : List.of(whole(bytes, MarkdownLines.lineStarts(parsed.source().text())));
    }

    /**
     * Reads the sections {@code wanted} of the file {@code path} whose bytes are {@code bytes}, cut as
     * {@code sections}: each one's entries, in the order asked, decoding only those sections; null when what one
     * holds is not what the cut took it for (a heading the scan did not see, bytes that are not UTF-8), and
     * the file must be read whole.
     */
    public static List<List<Entry>> read(CatalogParser parser, String path, byte[] bytes, List<Section> sections,
            List<Section> wanted) {
        if (wanted.size() == 1 && wanted.get(0).whole()) {
            return List.of(parser.parse(CatalogReader.decode(bytes, path)).entries());
        }
        List<ParsedFile.Heading> outline = headings(sections);
        List<List<Entry>> out = new ArrayList<>();
        for (Section section : wanted) {
            if (section.whole()) {
                return null;
            }
            String text;
            try {
                text = CatalogReader.decode(Arrays.copyOfRange(bytes, section.from(), section.to()), path).text();
            } catch (CatalogException e) {
                return null;
            }
            // blank lines above keep the lines where they are in the file
            SourceFile alone = new SourceFile(path, "\n".repeat(section.start() - 1) + text);
            ParsedFile read = parser.parsePart(alone, MarkdownLines.of(alone.text()), outline, section.heading(), section.start(),
                    section.end());
            List<ParsedFile.Heading> expected = section.heading() == null ? List.of() : List.of(section.heading());
            if (!read.headings().equals(expected)) {
                return null;
            }
            out.add(read.entries());
        }
        return out;
    }

    /** Which sections of a file to read: chosen from its path, its bytes and the sections they were cut into. */
    @FunctionalInterface
    public interface Chooser {
        List<Section> choose(String path, byte[] bytes, List<Section> sections);
    }

    /**
     * The file {@code path}, whose UTF-8 bytes are {@code bytes}, read as far as {@code chooser} asks: every
     * heading, and the entries of the sections chosen only (and no warnings), its text the {@link Window} that
     * shows those sections (the whole text when it cannot be windowed); the file read whole when it cannot be
     * cut, or a chosen section does not read alone. The bytes and sections are kept with it, for the write.
     */
    public static ParsedFile parseSome(CatalogParser parser, String path, byte[] bytes, Chooser chooser) {
        List<Section> cut = cut(bytes);
        if (cut.get(0).whole()) {
            return parser.parse(CatalogReader.decode(bytes, path)).keeping(bytes);
        }
        List<Section> chosen = chooser.choose(path, bytes, cut);
        List<List<Entry>> read = read(parser, path, bytes, cut, chosen);
        if (read == null) {
            return parser.parse(CatalogReader.decode(bytes, path)).keeping(bytes);
        }
        List<Entry> entries = new ArrayList<>();
        read.forEach(entries::addAll);
        return shown(path, bytes, cut, chosen, entries);
    }

    /**
     * The file {@code path}, whose UTF-8 bytes are {@code bytes}, as a placement reads it: its headings and no
     * entries, its text the {@link Window} that shows no section where the file can be cut (else the whole text),
     * and its bytes and sections kept for the write.
     */
    public static ParsedFile outline(String path, byte[] bytes) {
        List<Section> cut = cut(bytes);
        if (!cut.get(0).whole()) {
            return shown(path, bytes, cut, List.of(), List.of());
        }
        SourceFile text = CatalogReader.decode(bytes, path);
        return new ParsedFile(text, List.of(), CatalogParser.outline(text), List.of()).keeping(bytes);
    }

    /**
     * The file {@code path}, cut as {@code cut}, with {@code entries} (those of the sections {@code chosen}) and
     * every heading: its text the window showing those sections, or the whole text where it cannot be windowed;
     * bytes that are not UTF-8 refused as a whole read refuses them.
     */
    private static ParsedFile shown(String path, byte[] bytes, List<Section> cut, List<Section> chosen, List<Entry> entries) {
        CatalogReader.check(bytes, path);
        Window window = Window.of(path, bytes, cut, chosen).orElse(null);
        SourceFile source = window == null ? CatalogReader.decode(bytes, path) : new SourceFile(path, window.text());
        return new ParsedFile(source, entries, headings(cut), List.of()).keeping(bytes, cut, chosen, window);
    }

    /** The headings that open {@code sections}, in order. */
    public static List<ParsedFile.Heading> headings(List<Section> sections) {
        List<ParsedFile.Heading> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.heading() != null) {
                out.add(s.heading());
            }
        }
        return out;
    }

    /** The bytes as Latin-1, one char per byte, a byte-order mark as three spaces: lines and ASCII marks as in the text. */
    private static String scanView(byte[] bytes) {
        String scan = new String(bytes, StandardCharsets.ISO_8859_1);
        return scan.startsWith("\u00EF\u00BB\u00BF") ? "   " + scan.substring(3) : scan;
    }

    /** No link reference definitions, and no HTML tags that open sections: of the bytes, seen as Latin-1 {@code text}. */
    private static boolean cuttable(byte[] bytes, String text) {
        if (MarkdownLines.hasReferenceDefinition(bytes, text)) {
            return false;
        }
        for (int at = MarkdownLines.indexOf(bytes, (byte) '<', 0); at >= 0; at = MarkdownLines.indexOf(bytes, (byte) '<', at + 1)) {
            String tag = text.substring(at + 1, Math.min(text.length(), at + 8)).toLowerCase(Locale.ROOT);
            if (tag.startsWith("summary") || tag.startsWith("details") || tag.length() > 1 && tag.charAt(0) == 'h'
                    && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return false;
            }
        }
        return true;
    }

    private static Section whole(byte[] bytes, int[] starts) {
        return new Section(1, starts.length + 1, 0, bytes.length, hash(bytes, 0, bytes.length, 0x9E3779B97F4A7C15L), null, true);
    }

    /** The sections of {@code bytes}, {@code lines} lines long, at {@code outline}; line n starts at {@code lineStart}(n). */
    private static List<Section> cut(byte[] bytes, IntUnaryOperator lineStart, int lines, List<ParsedFile.Heading> outline) {
        List<Section> out = new ArrayList<>();
        if (outline.isEmpty() || outline.get(0).line() > 1) {
            int end = outline.isEmpty() ? lines + 1 : outline.get(0).line();
            int to = lineStart.applyAsInt(end);
            out.add(new Section(1, end, 0, to, hash(bytes, 0, to, 1), null, false));
        }
        Deque<ParsedFile.Heading> open = new ArrayDeque<>();
        for (int i = 0; i < outline.size(); i++) {
            ParsedFile.Heading h = outline.get(i);
            while (!open.isEmpty() && open.peek().level() >= h.level()) {
                open.pop();
            }
            long context = 17;
            for (ParsedFile.Heading a : open) {
                context = context * 31 + withoutLine(a);
            }
            context = context * 31 + withoutLine(h);
            int end = i + 1 < outline.size() ? outline.get(i + 1).line() : lines + 1;
            int from = lineStart.applyAsInt(h.line());
            int to = lineStart.applyAsInt(end);
            out.add(new Section(h.line(), end, from, to, hash(bytes, from, to, context), h, false));
            open.push(h);
        }
        return out;
    }

    /** What reading the lines under a heading depends on: all of it but where it is. */
    private static int withoutLine(ParsedFile.Heading h) {
        return Objects.hash(h.level(), h.text(), h.isTitle(), h.from(), h.to(), h.anchorText());
    }

    /** A 64-bit hash of {@code bytes[from, to)} seeded with {@code seed}: their CRC-32C and length, mixed with the seed. */
    static long hash(byte[] bytes, int from, int to, long seed) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, to - from);
        long h = (crc.getValue() | (long) (to - from) << 32) ^ seed * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
