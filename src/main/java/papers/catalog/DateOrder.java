package papers.catalog;

import java.util.List;

/**
 * Whether a section's entries are in date order, and which way: the one notion that lint's date-order rule
 * checks and that add follows. Only entries dated to the month count, compared by month, so the several papers
 * of one month never count as out of order. Four or more such entries are ordered when three quarters of their
 * steps go one way; two or three when every step does.
 */
public enum DateOrder {
    NONE, NEWEST_FIRST, OLDEST_FIRST;

    /** The order of {@code entries} (a section's, in file order). */
    public static DateOrder of(List<Entry> entries) {
        EntryDate last = null;
        int dated = 0;
        int down = 0;
        int up = 0;
        for (Entry e : entries) {
            EntryDate m = month(e);
            if (m == null) {
                continue;
            }
            dated++;
            if (last != null) {
                int c = m.compareTo(last);
                down += c < 0 ? 1 : 0;
                up += c > 0 ? 1 : 0;
            }
            last = m;
        }
        int total = down + up;
        if (dated < 2 || total == 0) {
            return NONE;
        }
        boolean ordered = dated >= 4 ? Math.max(down, up) * 4 >= total * 3 : Math.min(down, up) == 0;
        return !ordered ? NONE : down > up ? NEWEST_FIRST : OLDEST_FIRST;
    }

    /** The entry's date at month precision; null when it has none or only a year. */
    public static EntryDate month(Entry e) {
        return e.date() == null || e.date().month() == 0 ? null : EntryDate.of(e.date().year(), e.date().month());
    }

    /** Whether {@code later} may not follow {@code earlier} in a section of this order. */
    public boolean outOfOrder(EntryDate earlier, EntryDate later) {
        int c = later.compareTo(earlier);
        return this == NEWEST_FIRST ? c > 0 : this == OLDEST_FIRST && c < 0;
    }
}
