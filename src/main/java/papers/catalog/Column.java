package papers.catalog;

import java.util.Locale;
import java.util.Set;

/**
 * What a table column holds, by its header: the one meaning that reading a row and writing one share, so that
 * a {@code 会议} or {@code Publication Venue} column is the venue both ways.
 *
 * <pre>{@code
 * Column.of("Publication Venue");  // VENUE
 * }</pre>
 */
public enum Column {
    TITLE, NAME, DATE, YEAR, VENUE, AUTHORS, TAGS, CODE, NOTE, OTHER;

    private static final Set<String> CODE_LABELS = Set.of("code", "github", "repo", "repository", "代码");
    private static final Set<String> NOTE_LABELS = Set.of("note", "notes", "comment", "comments", "description",
            "brief", "summary", "备注", "说明");

    /** The meaning of the column headed {@code header} (bold, case and spaces around it do not count). */
    public static Column of(String header) {
        String key = header.replace("*", "").strip().toLowerCase(Locale.ROOT);
        if (FieldLabels.TITLE_LABELS.contains(key)) {
            return TITLE;
        }
        if (FieldLabels.NAME_LABELS.contains(key)) {
            return NAME;
        }
        if (key.equals("year")) {
            return YEAR;
        }
        if (FieldLabels.DATE_LABELS.contains(key)) {
            return DATE;
        }
        if (FieldLabels.VENUE_LABELS.contains(key)) {
            return VENUE;
        }
        if (FieldLabels.AUTHOR_LABELS.contains(key)) {
            return AUTHORS;
        }
        if (FieldLabels.TAG_LABELS.contains(key)) {
            return TAGS;
        }
        if (CODE_LABELS.contains(key)) {
            return CODE;
        }
        return NOTE_LABELS.contains(key) ? NOTE : OTHER;
    }
}
