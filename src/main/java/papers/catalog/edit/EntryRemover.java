package papers.catalog.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;

/**
 * Takes an entry's lines out of a file: the lines it spans, the blank line that set it apart from
 * its neighbours where the section separates entries so, and the numbers of the items after it where
 * the list is numbered in sequence. The undoing of {@link EntryPlacer}: placing an entry and then
 * removing it gives the text back byte for byte.
 *
 * <pre>{@code
 * String after = EntryRemover.remove(parsed, entry);
 * }</pre>
 */
public final class EntryRemover {
    private static final Pattern NUMBER = Pattern.compile("^(\\s*)(\\d+)([.)])(\\s+)");

    private EntryRemover() {}

    /** The text of {@code parsed} without {@code entry}, which must be one of its entries. */
    public static String remove(ParsedFile parsed, Entry entry) {
        Objects.requireNonNull(entry, "entry");
        TextLines text = TextLines.of(parsed.source().text());
        List<Entry> section = sectionOf(parsed, entry);
        int at = section.indexOf(entry);
        if (at < 0) {
            throw new IllegalArgumentException("not an entry of " + parsed.source().path() + ": " + entry.title());
        }

        // the items after it, one number less, where the list counts 1, 2, 3
        List<Integer> numbers = new ArrayList<>();
        for (Entry x : section) {
            Matcher m = NUMBER.matcher(text.line(x.line()));
            numbers.add(m.find() ? Integer.valueOf(m.group(2)) : null);
        }
        boolean sequential = section.size() > 1 && numbers.stream().allMatch(n -> n != null);
        for (int i = 1; sequential && i < numbers.size(); i++) {
            sequential = numbers.get(i) == numbers.get(i - 1) + 1;
        }
        if (sequential) {
            for (int i = at + 1; i < section.size(); i++) {
                int ln = section.get(i).line();
                Matcher m = NUMBER.matcher(text.line(ln));
                if (m.find()) {
                    text.set(ln, m.group(1) + (numbers.get(i) - 1) + m.group(3) + m.group(4) + text.line(ln).substring(m.end()));
                }
            }
        }

        Optional<ParsedFile.Heading> emptied = emptiedDateHeading(parsed, entry);
        if (emptied.isPresent()) {
            // the month or year heading held this entry alone: it goes too, as add would have made it
            ParsedFile.Heading h = emptied.get();
            int next = parsed.headings().stream().filter(x -> x.line() > h.line()).mapToInt(ParsedFile.Heading::line)
                    .findFirst().orElse(0);
            if (next > 0) {
                text.remove(h.line(), next - 1);
            } else {
                text.remove(blank(text, h.line() - 1) ? h.line() - 1 : h.line(), entry.lastLine());
            }
            return text.toString();
        }
        int from = entry.line();
        int to = entry.lastLine();
        boolean last = at == section.size() - 1;
        if (!last && blank(text, to + 1) && section.get(at + 1).line() > to + 1) {
            to++;
        } else if (last && at > 0 && blank(text, from - 1) && section.get(at - 1).lastLine() < from - 1) {
            from--;
        } else if (section.size() == 1 && blank(text, from - 1)) {
            from--;
        }
        text.remove(from, to);
        return text.toString();
    }

    /**
     * The entry of {@code parsed} that is {@code was} (read from an earlier text of the same file):
     * the same title and arXiv id, nearest its old line; empty when it is gone.
     */
    public static Optional<Entry> find(ParsedFile parsed, Entry was) {
        Entry best = null;
        for (Entry x : parsed.entries()) {
            if (x.title().equals(was.title()) && Objects.equals(x.arxiv(), was.arxiv())
                    && (best == null || Math.abs(x.line() - was.line()) < Math.abs(best.line() - was.line()))) {
                best = x;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The month or year heading that removing {@code entry} leaves empty: the one right above it, with no
     * other entry, text or subheading under it. Such a heading is removed with the entry.
     */
    public static Optional<ParsedFile.Heading> emptiedDateHeading(ParsedFile parsed, Entry entry) {
        ParsedFile.Heading above = null;
        ParsedFile.Heading next = null;
        for (ParsedFile.Heading h : parsed.headings()) {
            if (h.line() < entry.line()) {
                above = h;
            } else if (next == null) {
                next = h;
            }
        }
        if (above == null || !above.isDate() || (next != null && next.level() > above.level())) {
            return Optional.empty();
        }
        int end = next == null ? Integer.MAX_VALUE : next.line() - 1;
        for (String l : parsed.lines(above.line() + 1, entry.line() - 1)) {
            if (!l.isBlank()) {
                return Optional.empty();
            }
        }
        for (String l : parsed.lines(entry.lastLine() + 1, end)) {
            if (!l.isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(above);
    }

    /** The entries of the section {@code entry} is in: those between the heading above it and the next heading. */
    static List<Entry> sectionOf(ParsedFile parsed, Entry entry) {
        int start = 0;
        int end = Integer.MAX_VALUE;
        for (ParsedFile.Heading h : parsed.headings()) {
            if (h.line() < entry.line()) {
                start = h.line();
            } else if (h.line() > entry.line()) {
                end = h.line();
                break;
            }
        }
        int a = start;
        int b = end;
        return parsed.entries().stream().filter(x -> x.line() > a && x.line() < b).toList();
    }

    private static boolean blank(TextLines text, int line) {
        return line >= 1 && line <= text.size() && text.line(line).isBlank();
    }
}
