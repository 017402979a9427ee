package papers.catalog.edit;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.DateOrder;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.Venues;
import papers.catalog.format.ByExample;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.HouseStyle;
import papers.catalog.format.Layout;
import papers.catalog.format.NewEntry;
import papers.catalog.format.TableRowFormat;

/**
 * Works out where a new entry goes in a file and splices it in, in the format and order of the
 * section it lands in: the next number of a numbered list ({@code 1.} where every item is {@code 1.}),
 * its date's place in a date-ordered list, a blank line between entries where the section has them.
 * Every other line stays as it was, but for renumbering the items after it where the list needs it.
 */
public final class EntryPlacer {
    private static final Pattern NUMBER = Pattern.compile("^(\\s*)(\\d+)([.)])(\\s+)");
    private static final Pattern WRITTEN_DATE = Pattern.compile("(?<![\\d.])(?:19|20)\\d{2}[-./](?:0?[1-9]|1[0-2])(?![\\d.]\\d)");

    private EntryPlacer() {}

    /**
     * The result: the new text, the first line of each new entry (in the order given), the heading
     * they went under (or null), the rendered lines of the first, and whether a heading was created.
     */
    public record Plan(String text, List<Integer> lines, String section, List<String> firstLines, boolean createdHeading,
            EntryFormat format) {
        /** The first line of the first new entry. */
        public int line() {
            return lines.get(0);
        }
    }

    /**
     * Inserts {@code e} under {@code heading} of {@code parsed} (null: the part of the file before
     * any topic heading). {@code house} is what papers.yaml declares (format, arXiv link form).
     */
    public static Plan place(ParsedFile parsed, ParsedFile.Heading heading, NewEntry e, HouseStyle house) {
        return placeAll(parsed, heading, List.of(e), house);
    }

    /** Inserts every entry of {@code news} under {@code heading} in one pass: each at its place, numbered in turn. */
    public static Plan placeAll(ParsedFile parsed, ParsedFile.Heading heading, List<NewEntry> news, HouseStyle house) {
        return placeAll(parsed, heading, news, house, null);
    }

    /** Writes an entry's lines once its place is known: by default the format's own rendering; a move keeps its own. */
    @FunctionalInterface
    public interface Renderer {
        List<String> render(EntryFormat format, NewEntry e, Layout layout);
    }

    /**
     * As {@link #placeAll(ParsedFile, ParsedFile.Heading, List, HouseStyle)}, writing each entry with {@code renderer};
     * null: the format's own rendering, or in a section of no known format, after the model of its neighbour.
     */
    public static Plan placeAll(ParsedFile parsed, ParsedFile.Heading heading, List<NewEntry> news, HouseStyle house,
            Renderer renderer) {
        if (heading == null && !parsed.headings().isEmpty() && parsed.headings().get(0).isTitle()) {
            heading = parsed.headings().get(0);
        }
        TextLines text = TextLines.of(parsed.source().text());
        int start = heading == null ? 0 : heading.line();
        int end = sectionEnd(parsed, heading, text.size());
        List<Entry> entries = parsed.entries().stream().filter(x -> x.line() > start && x.line() <= end).toList();
        EntryFormat format = house.format() != null ? house.format()
                : !entries.isEmpty() ? EntryFormat.dominant(parsed, entries)
                : !parsed.entries().isEmpty() ? EntryFormat.dominant(parsed, parsed.entries()) : EntryFormat.LINK_BULLET;
        List<Slot> slots = slots(entries, news);
        Numbering numbering = numbering(text, entries, slots, news.size(), format);

        Entry sample = entries.isEmpty() ? nearest(parsed, start) : entries.get(Math.min(slots.get(0).at(), entries.size() - 1));
        List<String> sampleLines = sample == null ? List.of() : parsed.lines(sample.line(), sample.lastLine());
        List<String> columns = format == EntryFormat.TABLE_ROW && sample != null ? tableHeader(text, sample.line()) : List.of();
        List<String> sectionTags = sectionTags(parsed, heading);
        String preprint = preprintAsWritten(parsed, entries);
        // the link kind reads the whole file: only when a new entry has an arXiv link to write
        String arxivKind = news.stream().anyMatch(x -> x.arxiv() != null) ? house.arxivKind(parsed.source().text()) : "abs";
        // the section's entries as written, which only an entry written after its neighbour needs
        boolean byExample = renderer == null && sample != null && !entries.isEmpty() && (format == EntryFormat.OTHER
                // a plain link line that writes its date (2024-01): the new one writes its own there
                || format == EntryFormat.LINK_BULLET && writesDate(sampleLines));
        List<List<String>> neighbours = byExample
                ? entries.stream().map(x -> parsed.lines(x.line(), x.lastLine())).toList() : List.of();
        List<List<String>> rendered = new ArrayList<>();
        for (int i = 0; i < news.size(); i++) {
            Layout layout = Layout.learn(format, sampleLines, preprint, arxivKind, numbering.numbers()[i], columns, sectionTags);
            NewEntry e = news.get(i);
            rendered.add(renderer != null ? renderer.render(format, e, layout)
                    : byExample
                    ? ByExample.render(sampleLines, sample, e, layout, neighbours).orElseGet(() -> format.render(e, layout))
                    : format.render(e, layout));
        }

        boolean blank = format != EntryFormat.TABLE_ROW && separatedByBlank(text, entries, format, parsed.entries());
        for (Map.Entry<Integer, Integer> r : numbering.renumbered().entrySet()) {
            int ln = entries.get(r.getKey()).line();
            Matcher m = NUMBER.matcher(text.line(ln));
            if (m.find()) {
                text.set(ln, m.group(1) + r.getValue() + m.group(3) + m.group(4) + text.line(ln).substring(m.end()));
            }
        }
        List<Integer> lines = insert(text, entries, slots, rendered, start, blank, format != EntryFormat.TABLE_ROW);
        return new Plan(text.toString(), lines, heading == null ? null : heading.text(), rendered.get(0), false, format);
    }

    /** Where the new entry {@code index} (of the ones given) goes: before existing entry {@code at}, or after all. */
    private record Slot(int at, int index) {}

    /**
     * Each new entry's place among {@code entries}: in a section in date order ({@link DateOrder}), before the
     * first dated entry it would be out of order after; else at the end.
     */
    private static List<Slot> slots(List<Entry> entries, List<NewEntry> news) {
        DateOrder order = DateOrder.of(entries);
        int n = entries.size();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < news.size(); i++) {
            NewEntry e = news.get(i);
            int k = n;
            if (order != DateOrder.NONE && e.date() != null && e.date().month() != 0) {
                for (int j = 0; j < n; j++) {
                    Entry d = entries.get(j);
                    if (DateOrder.month(d) != null && order.outOfOrder(d.date(), e.date())) {
                        k = j;
                        break;
                    }
                }
            }
            slots.add(new Slot(k, i));
        }
        slots.sort((a, b) -> {
            if (a.at() != b.at()) {
                return Integer.compare(a.at(), b.at());
            }
            NewEntry x = news.get(a.index());
            NewEntry y = news.get(b.index());
            if (order != DateOrder.NONE && x.date() != null && y.date() != null && !x.date().equals(y.date())) {
                return order == DateOrder.NEWEST_FIRST ? y.date().compareTo(x.date()) : x.date().compareTo(y.date());
            }
            return Integer.compare(a.index(), b.index());
        });
        return slots;
    }

    /** The number each new entry takes (null: not numbered), and the existing entries to renumber (index to number). */
    private record Numbering(Integer[] numbers, Map<Integer, Integer> renumbered) {}

    /** Numbers in the list's own style: all the same, in sequence (renumbering what follows), or as they are. */
    private static Numbering numbering(TextLines text, List<Entry> entries, List<Slot> slots, int count, EntryFormat format) {
        List<Integer> numbers = new ArrayList<>();
        for (Entry x : entries) {
            Matcher m = NUMBER.matcher(text.line(x.line()));
            numbers.add(m.find() ? Integer.valueOf(m.group(2)) : null);
        }
        int n = entries.size();
        Integer[] newNumbers = new Integer[count];
        Map<Integer, Integer> renumbered = new HashMap<>();
        boolean numbered = n > 0 && numbers.stream().allMatch(x -> x != null);
        if (!numbered) {
            if (n == 0 && format.format().numbered()) {
                for (int i = 0; i < slots.size(); i++) {
                    newNumbers[slots.get(i).index()] = i + 1;
                }
            }
            return new Numbering(newNumbers, renumbered);
        }
        boolean allSame = numbers.stream().distinct().count() == 1 && n > 1;
        boolean sequential = true;
        for (int i = 1; i < n; i++) {
            sequential &= numbers.get(i) == numbers.get(i - 1) + 1;
        }
        if (allSame) {
            slots.forEach(s -> newNumbers[s.index()] = numbers.get(0));
        } else if (sequential) {
            int next = numbers.get(0);
            int si = 0;
            for (int j = 0; j <= n; j++) {
                while (si < slots.size() && slots.get(si).at() == j) {
                    newNumbers[slots.get(si++).index()] = next++;
                }
                if (j < n) {
                    if (numbers.get(j) != next) {
                        renumbered.put(j, next);
                    }
                    next++;
                }
            }
        } else {
            slots.forEach(s -> newNumbers[s.index()] = s.at() < n ? numbers.get(s.at()) : numbers.get(n - 1) + 1);
        }
        return new Numbering(newNumbers, renumbered);
    }

    /**
     * Inserts the rendered entries at their slots, bottom up so that earlier line numbers hold, with blank lines
     * where the section separates entries by them; returns the first line of each new entry, in the order given.
     */
    private static List<Integer> insert(TextLines text, List<Entry> entries, List<Slot> slots, List<List<String>> rendered,
            int start, boolean blank, boolean blankAroundFirst) {
        int n = entries.size();
        Map<Integer, List<Slot>> byPoint = new TreeMap<>(Comparator.reverseOrder());
        for (Slot s : slots) {
            byPoint.computeIfAbsent(s.at(), k -> new ArrayList<>()).add(s);
        }
        Map<Integer, Integer> firstLine = new HashMap<>();
        Map<Integer, Integer> blockOf = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (Map.Entry<Integer, List<Slot>> point : byPoint.entrySet()) {
            int k = point.getKey();
            List<String> block = new ArrayList<>();
            int insertAt;
            List<Integer> offsets = new ArrayList<>();
            if (n == 0) {
                insertAt = start + 1;
                if (blankAroundFirst) {
                    block.add("");
                }
            } else if (k == n) {
                insertAt = entries.get(n - 1).lastLine() + 1;
                if (blank) {
                    block.add("");
                }
            } else {
                insertAt = entries.get(k).line();
            }
            for (int i = 0; i < point.getValue().size(); i++) {
                if (i > 0 && blank) {
                    block.add("");
                }
                offsets.add(block.size());
                block.addAll(rendered.get(point.getValue().get(i).index()));
            }
            if (k < n && blank) {
                block.add("");
            }
            if (n == 0 && blankAroundFirst && insertAt <= text.size() && !text.line(insertAt).isBlank()) {
                block.add("");
            }
            text.insert(insertAt, block);
            for (int i = 0; i < offsets.size(); i++) {
                int idx = point.getValue().get(i).index();
                firstLine.put(idx, insertAt + offsets.get(i));
                blockOf.put(idx, sizes.size());
            }
            sizes.add(block.size());
        }
        // blocks went in bottom up: each is shifted down by the blocks inserted after it, above it
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            int shift = 0;
            for (int b = blockOf.get(i) + 1; b < sizes.size(); b++) {
                shift += sizes.get(b);
            }
            lines.add(firstLine.get(i) + shift);
        }
        return lines;
    }

    /**
     * Creates a date heading for {@code date} among the file's date headings (in their order, in
     * their style: {@code 2024 September}, {@code September 2024}, {@code 2024-09}) and puts
     * {@code e} under it.
     */
    public static Plan placeUnderNewDateHeading(ParsedFile parsed, EntryDate date, NewEntry e, HouseStyle house) {
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
        EntryFormat format = house.format() != null ? house.format()
                : parsed.entries().isEmpty() ? EntryFormat.LINK_BULLET : EntryFormat.dominant(parsed, parsed.entries());
        Entry sample = parsed.entries().isEmpty() ? null : parsed.entries().get(0);
        Layout layout = Layout.learn(format, sample == null ? List.of() : parsed.lines(sample.line(), sample.lastLine()),
                preprintAsWritten(parsed, parsed.entries()), e.arxiv() == null ? "abs" : house.arxivKind(parsed.source().text()),
                firstNumber(parsed, sample),
                List.of(), List.of(Slugs.tag(headingText)));
        List<String> lines = format.render(e, layout);
        block.addAll(lines);
        if (!atEnd && anchor != null) {
            block.add("");
        }
        text.insert(insertAt, block);
        int first = insertAt + block.indexOf(hashes + " " + headingText) + 2;
        return new Plan(text.toString(), List.of(first), headingText, lines, true, format);
    }

    /** The number a new numbered list starts from, as the list of {@code first} (an entry that starts its list) does: 0 or 1; null when not numbered. */
    private static Integer firstNumber(ParsedFile parsed, Entry first) {
        if (first == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(parsed.lines(first.line(), first.line()).get(0));
        return !m.find() ? null : m.group(2).equals("0") ? 0 : 1;
    }

    /** How the entries near by write a preprint's venue ({@code Arxiv}, {@code arXiv}), or null. */
    private static String preprintAsWritten(ParsedFile parsed, List<Entry> near) {
        for (List<Entry> group : List.of(near, parsed.entries())) {
            for (Entry x : group) {
                if (Venues.isPreprint(x.venue())) {
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


    private static boolean separatedByBlank(TextLines text, List<Entry> entries, EntryFormat format, List<Entry> all) {
        if (entries.size() >= 2) {
            return entries.get(1).line() - entries.get(0).lastLine() > 1;
        }
        // too few here to tell: as two neighbours of one section elsewhere in the file are
        for (int i = 1; i < all.size(); i++) {
            if (Objects.equals(all.get(i).sectionPath(), all.get(i - 1).sectionPath())) {
                return all.get(i).line() - all.get(i - 1).lastLine() > 1;
            }
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

    /** The header cells of the table a row at {@code line} of {@code text} belongs to. */
    public static List<String> tableHeader(TextLines text, int line) {
        return TableRowFormat.header(text::line, line);
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

    /** True when {@code lines} write a numeric date ({@code 2024-01}, {@code 2024.01}) outside their link targets. */
    private static boolean writesDate(List<String> lines) {
        return WRITTEN_DATE.matcher(String.join("\n", lines).replaceAll("\\]\\([^)\\s]*\\)", "]")).find();
    }
}
