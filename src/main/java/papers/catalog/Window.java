package papers.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file's text as an edit of a few of its sections sees it: those sections as they are, and every other
 * section as its heading line over as many empty lines as it has below it, so that each line keeps its
 * number and each heading its place, and the edit costs what those sections cost however big the file. The
 * edited text goes back into the file's bytes: the sections shown as they now read, the others byte for byte
 * as they were. An edit that changed anything outside the sections shown, or added or took out a heading,
 * does not go back ({@link #splice} gives null): it is to be worked out on the whole text.
 *
 * <pre>{@code
 * Window w = Window.of("README.md", bytes, sections, List.of(section)).orElseThrow();
 * Window.Spliced written = w.splice(change.apply(w.text())); // null: work it out on the whole text
 * }</pre>
 */
public final class Window {
    private final String path;
    private final byte[] bytes;
    private final List<Sections.Section> sections;
    private final boolean[] shown;
    private final String text;
    // section k is text[at[k], at[k + 1])
    private final int[] at;
    private final List<ParsedFile.Heading> headings;
    private Spliced last;

    private Window(String path, byte[] bytes, List<Sections.Section> sections, boolean[] shown, String text, int[] at,
            List<ParsedFile.Heading> headings) {
        this.path = path;
        this.bytes = bytes;
        this.sections = sections;
        this.shown = shown;
        this.text = text;
        this.at = at;
        this.headings = headings;
    }

    /**
     * The window of the file {@code path}, whose UTF-8 {@code bytes} were cut into {@code sections}, that
     * shows the sections {@code show} (and the text above the first heading, always); empty when the file
     * cannot be windowed (read whole, CR line breaks, or its headings read otherwise once the rest is hidden).
     */
    public static Optional<Window> of(String path, byte[] bytes, List<Sections.Section> sections,
            Collection<Sections.Section> show) {
        Objects.requireNonNull(path);
        if (sections.isEmpty() || sections.get(0).whole() || MarkdownLines.indexOf(bytes, (byte) '\r', 0) >= 0) {
            return Optional.empty();
        }
        int n = sections.size();
        boolean[] shown = new boolean[n];
        int[] at = new int[n + 1];
        StringBuilder sb = new StringBuilder();
        boolean breakAtEnd = bytes.length > 0 && bytes[bytes.length - 1] == '\n';
        for (int k = 0; k < n; k++) {
            Sections.Section s = sections.get(k);
            // the last section of a file without a final line break is shown: its last line has nothing to stand for it
            shown[k] = s.heading() == null || show.contains(s) || (k == n - 1 && !breakAtEnd);
            at[k] = sb.length();
            if (shown[k]) {
                sb.append(new String(bytes, s.from(), s.to() - s.from(), StandardCharsets.UTF_8));
                continue;
            }
            int lf = MarkdownLines.indexOf(bytes, (byte) '\n', s.from());
            int headingEnd = lf < 0 || lf >= s.to() ? s.to() : lf + 1;
            sb.append(new String(bytes, s.from(), headingEnd - s.from(), StandardCharsets.UTF_8));
            // the last section ends at the file's end: its line count holds the empty line past the final break
            sb.append("\n".repeat(s.end() - s.start() - (k == n - 1 ? 2 : 1)));
        }
        at[n] = sb.length();
        String text = sb.toString();
        List<ParsedFile.Heading> headings = Sections.headings(sections);
        if (!CatalogParser.outline(new SourceFile(path, text)).equals(headings)) {
            return Optional.empty();
        }
        return Optional.of(new Window(path, bytes, List.copyOf(sections), shown, text, at, headings));
    }

    /**
     * A window on {@code f}, read a section at a time, showing the sections it was read in and those holding
     * {@code lines}: none when it was read whole, or a section added holds no entries (a placement there learns
     * from its neighbours, which the window would hide).
     */
    public static Optional<Window> around(ParsedFile f, List<Integer> lines) {
        if (f.sections() == null) {
            return Optional.empty();
        }
        List<Sections.Section> show = new ArrayList<>(f.sectionsRead());
        List<Sections.Section> added = new ArrayList<>();
        for (int line : lines) {
            for (Sections.Section s : f.sections()) {
                if (line >= s.start() && line < s.end() && !show.contains(s)) {
                    show.add(s);
                    added.add(s);
                }
            }
        }
        if (added.isEmpty() && f.window() != null) {
            return Optional.of(f.window());
        }
        String path = f.source().path();
        if (!added.isEmpty()) {
            List<List<Entry>> read = Sections.read(new CatalogParser(), path, f.bytes(), f.sections(), added);
            if (read == null || read.stream().anyMatch(List::isEmpty)) {
                return Optional.empty();
            }
        }
        return of(path, f.bytes(), f.sections(), show);
    }

    /** The text the edit works on: the whole file's lines, those of hidden sections but their headings empty. */
    public String text() {
        return text;
    }

    /** A file's new bytes, and the sections they cut into. */
    public record Spliced(byte[] bytes, List<Sections.Section> sections) {}

    /** The last {@link #splice} that went back; empty before one did. */
    public Optional<Spliced> last() {
        return Optional.ofNullable(last);
    }

    /**
     * The file's new bytes, for {@code after} (the edit of {@link #text()}): each shown section as {@code after}
     * has it, each hidden one as it was, with their sections (cut as {@link Sections#cut(byte[])} would cut
     * them); null when {@code after} changed a hidden section or the headings.
     */
    public Spliced splice(String after) {
        List<ParsedFile.Heading> now = CatalogParser.outline(new SourceFile(path, after));
        if (now.size() != headings.size()) {
            return null;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).level() != headings.get(i).level() || !now.get(i).text().equals(headings.get(i).text())) {
                return null;
            }
        }
        int[] starts = MarkdownLines.lineStarts(after);
        int n = sections.size();
        int top = sections.get(0).heading() == null ? 1 : 0;
        List<byte[]> pieces = new ArrayList<>();
        int length = 0;
        int from = 0;
        for (int k = 0; k < n; k++) {
            int to = k + 1 < n ? starts[now.get(k + 1 - top).line() - 1] : after.length();
            Sections.Section s = sections.get(k);
            byte[] piece;
            if (shown[k]) {
                piece = after.substring(from, to).getBytes(StandardCharsets.UTF_8);
            } else if (to - from == at[k + 1] - at[k] && after.regionMatches(from, text, at[k], to - from)) {
                piece = null;
            } else {
                return null;
            }
            pieces.add(piece);
            length += piece == null ? s.to() - s.from() : piece.length;
            from = to;
        }
        byte[] out = new byte[length];
        int[] headingStarts = new int[now.size()];
        int pos = 0;
        for (int k = 0; k < n; k++) {
            byte[] piece = pieces.get(k);
            Sections.Section s = sections.get(k);
            if (k >= top) {
                headingStarts[k - top] = pos;
            }
            if (piece == null) {
                System.arraycopy(bytes, s.from(), out, pos, s.to() - s.from());
                pos += s.to() - s.from();
            } else {
                System.arraycopy(piece, 0, out, pos, piece.length);
                pos += piece.length;
            }
        }
        last = new Spliced(out, Sections.cut(out, starts.length, now, headingStarts));
        return last;
    }
}
