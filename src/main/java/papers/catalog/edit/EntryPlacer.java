package papers.catalog.edit;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.EntryRenderer;
import papers.catalog.format.Layout;
import papers.catalog.format.NewEntry;

/**
 * Works out where a new entry goes in a file and splices it in, in the format and order of the
 * section it lands in: the next number of a numbered list ({@code 1.} where every item is {@code 1.}),
 * its date's place in a date-ordered list, a blank line between entries where the section has them.
 * Every other line stays as it was, but for renumbering the items after it where the list needs it.
 */
public final class EntryPlacer {
    private static final Pattern NUMBER = Pattern.compile("^(\\s*)(\\d+)([.)])(\\s+)");

    private EntryPlacer() {}

    /** The result: the new text, the first inserted line, the heading it went under (or null), and the lines. */
    public record Plan(String text, int line, String section, List<String> lines, boolean createdHeading) {}

    /**
     * Inserts {@code e} under {@code heading} of {@code parsed} (null: the file's top, before any heading).
     * {@code declared} is the format papers.yaml declares, or null.
     */
    public static Plan place(ParsedFile parsed, ParsedFile.Heading heading, NewEntry e, EntryFormat declared) {
        if (heading == null && !parsed.headings().isEmpty() && parsed.headings().get(0).isTitle()) {
            heading = parsed.headings().get(0);
        }
        TextLines text = TextLines.of(parsed.source().text());
        int start = heading == null ? 0 : heading.line();
        int end = sectionEnd(parsed, heading, text.size());
        List<Entry> entries = parsed.entries().stream().filter(x -> x.line() > start && x.line() <= end).toList();
        EntryFormat format = declared != null ? declared
                : !entries.isEmpty() ? EntryFormat.dominant(parsed, entries)
                : !parsed.entries().isEmpty() ? EntryFormat.dominant(parsed, parsed.entries()) : EntryFormat.LINK_BULLET;

        List<Integer> numbers = new ArrayList<>();
        for (Entry x : entries) {
            Matcher m = NUMBER.matcher(text.line(x.line()));
            numbers.add(m.find() ? Integer.valueOf(m.group(2)) : null);
        }
        boolean numbered = !entries.isEmpty() && numbers.stream().allMatch(n -> n != null);

        int order = dateOrder(entries);
        int k = entries.size();
        if (order != 0 && e.date() != null) {
            for (int i = 0; i < entries.size(); i++) {
                int c = e.date().compareTo(entries.get(i).date());
                if ((order < 0 && c > 0) || (order > 0 && c < 0)) {
                    k = i;
                    break;
                }
            }
        }

        Integer number = null;
        boolean renumber = false;
        if (numbered) {
            boolean allSame = numbers.stream().distinct().count() == 1 && entries.size() > 1;
            boolean sequential = true;
            for (int i = 1; i < numbers.size(); i++) {
                sequential &= numbers.get(i) == numbers.get(i - 1) + 1;
            }
            if (allSame) {
                number = numbers.get(0);
            } else if (k == entries.size()) {
                number = numbers.get(numbers.size() - 1) + 1;
            } else {
                number = numbers.get(k);
                renumber = sequential;
            }
        } else if (entries.isEmpty() && (format == EntryFormat.NUMBERED_LINK || format == EntryFormat.VENUE_LINK
                || format == EntryFormat.FIELD_BLOCK)) {
            number = 1;
        }

        Entry sample = entries.isEmpty() ? nearest(parsed, start) : entries.get(k < entries.size() ? k : k - 1);
        List<String> sampleLines = sample == null ? List.of() : parsed.lines(sample.line(), sample.lastLine());
        List<String> columns = format == EntryFormat.TABLE_ROW && sample != null ? columns(text, sample.line()) : List.of();
        List<String> sectionTags = sectionTags(parsed, heading);
        Layout layout = Layout.learn(format, sampleLines, preprintAsWritten(parsed, entries),
                numbered || number != null ? number : null, columns, sectionTags);
        List<String> lines = EntryRenderer.render(format, e, layout);

        boolean blank = format != EntryFormat.TABLE_ROW && separatedByBlank(text, entries, format);
        int insertAt;
        List<String> block = new ArrayList<>();
        if (entries.isEmpty()) {
            insertAt = start + 1;
            if (format == EntryFormat.TABLE_ROW) {
                block.addAll(lines);
            } else {
                block.add("");
                block.addAll(lines);
                if (insertAt <= text.size() && !text.line(insertAt).isBlank()) {
                    block.add("");
                }
            }
        } else if (k == entries.size()) {
            insertAt = entries.get(k - 1).lastLine() + 1;
            if (blank) {
                block.add("");
            }
            block.addAll(lines);
        } else {
            insertAt = entries.get(k).line();
            block.addAll(lines);
            if (blank) {
                block.add("");
            }
        }
        if (renumber) {
            for (int i = k; i < entries.size(); i++) {
                int ln = entries.get(i).line();
                Matcher m = NUMBER.matcher(text.line(ln));
                if (m.find()) {
                    text.set(ln, m.group(1) + (Integer.parseInt(m.group(2)) + 1) + m.group(3) + m.group(4)
                            + text.line(ln).substring(m.end()));
                }
            }
        }
        text.insert(insertAt, block);
        int first = insertAt + (block.get(0).isEmpty() ? 1 : 0);
        return new Plan(text.toString(), first, heading == null ? null : heading.text(), lines, false);
    }

    /**
     * Creates a date heading for {@code date} among the file's date headings (in their order, in
     * their style: {@code 2024 September}, {@code September 2024}, {@code 2024-09}) and puts
     * {@code e} under it.
     */
    public static Plan placeUnderNewDateHeading(ParsedFile parsed, EntryDate date, NewEntry e, EntryFormat declared) {
        List<ParsedFile.Heading> dates = parsed.headings().stream().filter(ParsedFile.Heading::isDate).toList();
        ParsedFile.Heading model = dates.get(0);
        boolean newestFirst = dates.size() < 2 || dates.get(0).from().compareTo(dates.get(1).from()) >= 0;
        boolean byMonth = model.from().month() != 0;
        String headingText = headingText(model.text(), date, byMonth);
        ParsedFile.Heading anchor = null;
        for (ParsedFile.Heading h : dates) {
            if (h.level() != model.level()) {
                continue;
            }
            int c = date.compareTo(h.from());
            if ((newestFirst && c > 0) || (!newestFirst && c < 0)) {
                anchor = h;
                break;
            }
        }
        TextLines text = TextLines.of(parsed.source().text());
        int insertAt;
        if (anchor != null) {
            insertAt = anchor.line();
        } else {
            ParsedFile.Heading last = null;
            for (ParsedFile.Heading h : dates) {
                if (h.level() == model.level()) {
                    last = h;
                }
            }
            insertAt = sectionEnd(parsed, last, text.size()) + 1;
            while (insertAt > 1 && insertAt - 1 > last.line() && text.line(insertAt - 1).isBlank()) {
                insertAt--;
            }
        }
        String hashes = "#".repeat(model.level());
        List<String> block = new ArrayList<>();
        boolean atEnd = insertAt > text.size();
        if (atEnd || anchor == null) {
            block.add("");
        }
        block.add(hashes + " " + headingText);
        block.add("");
        // the entry in the format of the file's entries, numbered from the start
        EntryFormat format = declared != null ? declared
                : parsed.entries().isEmpty() ? EntryFormat.LINK_BULLET : EntryFormat.dominant(parsed, parsed.entries());
        Entry sample = parsed.entries().isEmpty() ? null : parsed.entries().get(0);
        Layout layout = Layout.learn(format, sample == null ? List.of() : parsed.lines(sample.line(), sample.lastLine()),
                preprintAsWritten(parsed, parsed.entries()), sample != null && NUMBER.matcher(parsed.lines(sample.line(), sample.line()).get(0)).find() ? 1 : null,
                List.of(), List.of(Slugs.tag(headingText)));
        List<String> lines = EntryRenderer.render(format, e, layout);
        block.addAll(lines);
        if (!atEnd && anchor != null) {
            block.add("");
        }
        text.insert(insertAt, block);
        int first = insertAt + block.indexOf(hashes + " " + headingText) + 2;
        return new Plan(text.toString(), first, headingText, lines, true);
    }

    /** How the entries near by write a preprint's venue ({@code Arxiv}, {@code arXiv}), or null. */
    private static String preprintAsWritten(ParsedFile parsed, List<Entry> near) {
        for (List<Entry> group : List.of(near, parsed.entries())) {
            for (Entry x : group) {
                if (papers.catalog.Venues.isPreprint(x.venue())) {
                    String first = parsed.lines(x.line(), x.line()).get(0).replaceFirst("^\\s*(?:\\d+[.)]|[-*+])\\s+", "");
                    if (first.length() >= x.venue().length() && first.substring(0, x.venue().length()).equalsIgnoreCase(x.venue())) {
                        return first.substring(0, x.venue().length());
                    }
                }
            }
        }
        return null;
    }

    /** {@code date} written the way {@code model} writes its date. */
    static String headingText(String model, EntryDate date, boolean byMonth) {
        if (!byMonth) {
            return String.valueOf(date.year());
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String m = model.strip();
        if (m.matches("\\d{4}-\\d{1,2}")) {
            return String.format(Locale.ROOT, "%04d-%02d", date.year(), date.month());
        }
        if (m.matches("\\d{4}\\.\\d{1,2}")) {
            return String.format(Locale.ROOT, "%04d.%02d", date.year(), date.month());
        }
        if (m.matches("(?i)[a-z]+\\.?\\s+\\d{4}")) {
            return month + " " + date.year();
        }
        return date.year() + " " + month;
    }

    /** The last line of the section under {@code heading}: the line before the next heading, or the file's end. */
    static int sectionEnd(ParsedFile parsed, ParsedFile.Heading heading, int size) {
        int start = heading == null ? 0 : heading.line();
        for (ParsedFile.Heading h : parsed.headings()) {
            if (h.line() > start) {
                return h.line() - 1;
            }
        }
        return size;
    }

    /** -1 newest first, 1 oldest first, 0 not ordered by date. */
    static int dateOrder(List<Entry> entries) {
        if (entries.size() < 2 || entries.stream().anyMatch(x -> x.date() == null)) {
            return 0;
        }
        boolean desc = true;
        boolean asc = true;
        for (int i = 1; i < entries.size(); i++) {
            int c = entries.get(i).date().compareTo(entries.get(i - 1).date());
            desc &= c <= 0;
            asc &= c >= 0;
        }
        if (desc && asc) {
            return 0;
        }
        return desc ? -1 : asc ? 1 : 0;
    }

    private static boolean separatedByBlank(TextLines text, List<Entry> entries, EntryFormat format) {
        if (entries.size() >= 2) {
            return entries.get(1).line() - entries.get(0).lastLine() > 1;
        }
        if (format == EntryFormat.BOLD_TITLE_BLOCK || format == EntryFormat.FIELD_BLOCK) {
            return true;
        }
        if (entries.size() == 1) {
            int after = entries.get(0).lastLine() + 1;
            return after <= text.size() && text.line(after).isBlank();
        }
        return false;
    }

    private static Entry nearest(ParsedFile parsed, int line) {
        Entry best = null;
        for (Entry x : parsed.entries()) {
            if (best == null || Math.abs(x.line() - line) < Math.abs(best.line() - line)) {
                best = x;
            }
        }
        return best;
    }

    /** The header cells of the table a row at {@code line} belongs to. */
    private static List<String> columns(TextLines text, int line) {
        int top = line;
        while (top > 1 && text.line(top - 1).strip().startsWith("|")) {
            top--;
        }
        String header = text.line(top).strip();
        List<String> out = new ArrayList<>();
        for (String cell : header.replaceAll("^\\||\\|$", "").split("\\|")) {
            out.add(cell.strip());
        }
        return out;
    }

    /** The tag slugs the heading path of {@code heading} gives every entry under it. */
    private static List<String> sectionTags(ParsedFile parsed, ParsedFile.Heading heading) {
        List<String> tags = new ArrayList<>();
        if (heading == null) {
            return tags;
        }
        List<ParsedFile.Heading> path = new ArrayList<>();
        int level = Integer.MAX_VALUE;
        for (int i = parsed.headings().size() - 1; i >= 0; i--) {
            ParsedFile.Heading h = parsed.headings().get(i);
            if (h.line() <= heading.line() && h.level() < level) {
                path.add(0, h);
                level = h.level();
            }
        }
        for (ParsedFile.Heading h : path) {
            if (!h.isTitle() && !h.isDate()) {
                tags.add(Slugs.tag(h.text()));
            }
        }
        return tags;
    }
}
