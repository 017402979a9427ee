package papers.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the catalog gives it: a year, a month or a day ({@code 2024}, {@code 2024-09},
 * {@code 2024-09-22}). Unknown parts are 0.
 *
 * <pre>{@code
 * EntryDate.parse("Aug 29, 2024").get().toString();   // "2024-08-29"
 * EntryDate.parse("2024.09").get().toString();        // "2024-09"
 * }</pre>
 */
public record EntryDate(int year, int month, int day) implements Comparable<EntryDate> {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    static final String MONTH_NAME =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final Pattern BRACKETS = Pattern.compile("^[\\[(（【]+|[\\])）】:：,.]+$");
    private static final Pattern NUMERIC = Pattern.compile(
            "((?:19|20)\\d{2})(?:[-./](\\d{1,2})(?:[-./](\\d{1,2}))?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(" + MONTH_NAME + ")\\s*,?\\s*(\\d{1,2})?,?\\s*((?:19|20)\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH_NAME + "),?\\s*((?:19|20)\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?i)((?:19|20)\\d{2})\\s+(" + MONTH_NAME + ")");
    private static final Pattern CHINESE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");

    public EntryDate {
        if (year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31
                || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
    }

    public static EntryDate of(int year) {
        return new EntryDate(year, 0, 0);
    }

    public static EntryDate of(int year, int month) {
        return new EntryDate(year, month, 0);
    }

    /**
     * Reads a whole string that is a date in one of the forms catalogs use: {@code 2024},
     * {@code 2024-09}, {@code 2024.09}, {@code 2024/09/22}, {@code Aug 29, 2024}, {@code Apr. 15, 2024},
     * {@code 2023 May}, {@code May 2023}, {@code Sep., 29 2023}, {@code 18 Sep 2024}, {@code 23rd June 2026}, {@code 2024年9月}. Surrounding brackets are ignored.
     */
    public static Optional<EntryDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > 40 || !hasYear(text)) {
            return Optional.empty();
        }
        String s = BRACKETS.matcher(text.strip()).replaceAll("").strip();
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return build(m.group(3), monthNumber(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return build(m.group(3), monthNumber(m.group(2)), m.group(1));
        }
        m = YEAR_MONTH.matcher(s);
        if (m.matches()) {
            return build(m.group(1), monthNumber(m.group(2)), null);
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static final Set<String> MONTH_STARTS = Set.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec");

    /** A cheap test before the written-date regexes: a word starting with a month's first three letters. */
    static boolean hasMonthWord(String s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            if (Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))
                    && MONTH_STARTS.contains(s.substring(i, i + 3).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test that comes before any regex: four digits starting 19 or 20. */
    static boolean hasYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0')
                    && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** A month-day-year date anywhere in text, such as the {@code (Aug 29, 2024)} after a title. */
    public static Optional<Match> findWritten(String text) {
        if (!hasYear(text) || !hasMonthWord(text)) {
            return Optional.empty();
        }
        Matcher dm = DAY_MONTH_YEAR.matcher(text);
        while (dm.find()) {
            Optional<EntryDate> d = build(dm.group(3), monthNumber(dm.group(2)), dm.group(1));
            if (d.isPresent()) {
                return Optional.of(new Match(d.get(), dm.start(), dm.end()));
            }
        }
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            Optional<EntryDate> d = build(m.group(3), monthNumber(m.group(1)), m.group(2));
            if (d.isPresent()) {
                return Optional.of(new Match(d.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    public record Match(EntryDate date, int start, int end) {}

    static String monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer n = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        if (n == null) {
            n = MONTHS.get(key.substring(0, Math.min(3, key.length())));
        }
        return n == null ? null : Integer.toString(n);
    }

    private static Optional<EntryDate> build(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            int month = m == null ? 0 : Integer.parseInt(m);
            int day = d == null ? 0 : Integer.parseInt(d);
            if (month == 0 && day != 0) {
                return Optional.empty();
            }
            return Optional.of(new EntryDate(year, month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when this date falls inside {@code other} (a year holds its months, a month its days). */
    public boolean within(EntryDate other) {
        return year == other.year
                && (other.month == 0 || month == other.month)
                && (other.day == 0 || day == other.day);
    }

    /** The month as {@code YYYY-MM}, or empty when only the year is known. */
    public Optional<String> yearMonth() {
        return month == 0 ? Optional.empty() : Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month));
    }

    @Override
    public int compareTo(EntryDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
