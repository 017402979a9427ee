package papers.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title written in quotes, as some lists write every entry: {@code "Title", Venue, Year (*Org*).}, or after
 * a bold short name, {@code **LR-Net**: "Title", ICCV, 2019}. The quotes, and the comma after them, are not
 * part of the title; the venue and year that follow, when they do, are read too.
 *
 * <pre>{@code
 * QuotedTitle.parse("\"Local Relation Networks\", ICCV, 2019 (").get().venue();  // "ICCV 2019"
 * }</pre>
 */
record QuotedTitle(String title, String venue, EntryDate date) {
    private static final Pattern QUOTED = Pattern.compile("^\\s*[:：]?\\s*(?:\"([^\"]{3,400}+)\"|“([^”]{3,400}+)”)");
    private static final Pattern VENUE_YEAR = Pattern.compile("^\\s*,\\s*([^,()\\[\\]]{1,40}+),\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("^\\s*,\\s*((?:19|20)\\d{2})(?!\\d)");

    /** The quoted title at the start of {@code text} (after an optional colon), with what follows it; empty if none. */
    static Optional<QuotedTitle> parse(String text) {
        Matcher m = QUOTED.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String title = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        // a comma the list puts inside the quotes ("Title,") is punctuation, not title
        title = title.replaceAll("[,;]$", "").strip();
        if (title.length() < 3 || title.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String rest = text.substring(m.end());
        Matcher vy = VENUE_YEAR.matcher(rest);
        if (vy.find()) {
            String venue = vy.group(1).strip();
            EntryDate year = EntryDate.parse(vy.group(2)).orElse(null);
            String named = Venues.parse(venue + " " + vy.group(2)).orElse(venue + " " + vy.group(2));
            return Optional.of(new QuotedTitle(title, named, year));
        }
        Matcher y = YEAR.matcher(rest);
        if (y.find()) {
            return Optional.of(new QuotedTitle(title, null, EntryDate.parse(y.group(1)).orElse(null)));
        }
        return Optional.of(new QuotedTitle(title, null, null));
    }
}
