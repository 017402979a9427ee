package papers.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date a heading stands for: one month or day ({@code 2023 May}), a year, or a range of months. */
record HeadingDate(EntryDate start, EntryDate end) {
    private static final Pattern HEADING_RANGE = Pattern.compile(
            "(?i)((?:19|20)\\d{2})\\s+(" + EntryDate.MONTH_NAME + ")\\s*(?:to|-|–|~|—)\\s*(" + EntryDate.MONTH_NAME + ")");
    private static final Pattern WEEK_RANGE = Pattern.compile("(?i)\\b(" + EntryDate.MONTH_NAME
            + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|—|~|to)\\s*(?:(" + EntryDate.MONTH_NAME
            + ")\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b[^\\d]{0,12}+((?:19|20)\\d{2})\\b");
    private static final Pattern NOT_DATE_CHARS = Pattern.compile("[^\\p{L}\\p{N}.,/\\- ~–—]");

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
