package papers.catalog.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.Column;
import papers.catalog.Entry;
import papers.catalog.Slugs;
import papers.catalog.Venues;
import papers.catalog.format.EntryFormat;
import papers.catalog.format.MarkdownText;

/**
 * Brings an entry's own lines up to date with what is now known of its paper, changing only the
 * characters of the fields its format carries: the version of a versioned arXiv link, a venue where
 * the entry names none (or only arXiv), authors where it names none, a corrected title.
 *
 * <pre>{@code
 * EntryUpdater.Result r = EntryUpdater.update(EntryFormat.VENUE_LINK, entry, lines, known, EnumSet.allOf(Field.class), false);
 * }</pre>
 */
public final class EntryUpdater {
    private static final Pattern VENUE_PREFIX = Pattern.compile("^(\\s*\\d+[.)]\\s+)([A-Za-z][A-Za-z &-]{0,30}?)(\\s*\\[)");
    private static final Pattern YEAR = Pattern.compile("\\s*'?(?:19|20)?\\d{2}$|\\s*(?:19|20)\\d{2}$");
    private static final Pattern INDENT = Pattern.compile("^([ \\t]*)");

    private EntryUpdater() {}

    /** The fields {@code update} can change, by the names {@code --field} takes. */
    public enum Field {
        TITLE, AUTHORS, VERSION, VENUE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What is known now: the title, authors, latest version number (0: unknown) and venue (null: none). */
    public record Known(String title, List<String> authors, int version, String venue) {
        public Known {
            Objects.requireNonNull(title, "title");
            authors = authors == null ? List.of() : List.copyOf(authors);
        }
    }

    /**
     * How the list writes things: whether a title is replaced even when far from arXiv's, whether venues
     * carry their year ({@code NeurIPS 2024}) or not ({@code NeurIPS}), and for a table row its header cells.
     */
    public record Style(boolean forceTitle, boolean venueYears, List<String> columns) {
        public Style {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /** One field changed: its old and new text as written. */
    public record Change(Field field, String before, String after) {}

    /** A field left alone: why, and whether only because the format has no place for it. */
    public record Left(Field field, String why, boolean noPlace) {}

    /** The entry's new lines, what changed, and what was left alone and why. */
    public record Result(List<String> lines, List<Change> changes, List<Left> left) {}

    /**
     * The lines of {@code e} (given as {@code lines}, written in {@code format}) with the fields of
     * {@code fields} brought up to {@code known}, written as {@code style} says. A title is replaced only
     * when it is close to the new one (a correction, not a curator's own name for the paper) unless
     * {@link Style#forceTitle}.
     */
    public static Result update(EntryFormat format, Entry e, List<String> lines, Known known, Set<Field> fields, Style style) {
        boolean forceTitle = style.forceTitle();
        boolean venueYears = style.venueYears();
        List<String> out = new ArrayList<>(lines);
        List<Change> changes = new ArrayList<>();
        List<Left> left = new ArrayList<>();
        if (fields.contains(Field.TITLE)) {
            title(out, e, known, forceTitle, changes, left);
        }
        if (fields.contains(Field.VERSION) && e.arxiv() != null && known.version() > 0) {
            version(out, e, known, changes);
        }
        if (fields.contains(Field.VENUE) && known.venue() != null && !Venues.isPreprint(known.venue())
                && (e.venue() == null || Venues.isPreprint(e.venue()))) {
            venue(out, format, known.venue(), venueYears, style.columns(), changes, left);
        }
        if (fields.contains(Field.AUTHORS) && e.authors().isEmpty() && !known.authors().isEmpty()) {
            authors(out, format, known.authors(), style.columns(), changes, left);
        }
        return new Result(out, changes, left);
    }

    private static void title(List<String> out, Entry e, Known known, boolean force, List<Change> changes, List<Left> left) {
        String was = Slugs.foldTitle(e.title());
        String now = Slugs.foldTitle(known.title());
        if (was.equals(now)) {
            return;
        }
        int allowed = Math.max(2, Math.max(was.length(), now.length()) / 5);
        if (!force && Slugs.editDistance(was, now) > allowed) {
            left.add(new Left(Field.TITLE, "arXiv calls it \"" + known.title() + "\"; --field title writes that", false));
            return;
        }
        String first = out.get(0);
        for (String written : List.of(e.title(), MarkdownText.escapeLinkText(e.title()), MarkdownText.escape(e.title()))) {
            // the title as a link's text first: "1. Qwen [Qwen](...)" has it after a venue that reads the same
            int linked = first.indexOf("[" + written + "]");
            int at = linked >= 0 ? linked + 1 : first.indexOf(written);
            if (at >= 0) {
                boolean inLink = at > 0 && first.charAt(at - 1) == '[';
                String replacement = inLink ? MarkdownText.escapeLinkText(known.title()) : MarkdownText.escape(known.title());
                out.set(0, first.substring(0, at) + replacement + first.substring(at + written.length()));
                changes.add(new Change(Field.TITLE, e.title(), known.title()));
                return;
            }
        }
        left.add(new Left(Field.TITLE, "not found as written in the entry's first line", false));
    }

    private static void version(List<String> out, Entry e, Known known, List<Change> changes) {
        String id = Pattern.quote(e.arxiv().id());
        Pattern versioned = Pattern.compile("((?:arxiv\\.org/(?:abs|pdf|html)/|arXiv:)" + id + ")v(\\d+)", Pattern.CASE_INSENSITIVE);
        int oldest = Integer.MAX_VALUE;
        for (int i = 0; i < out.size(); i++) {
            Matcher m = versioned.matcher(out.get(i));
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                int v = Integer.parseInt(m.group(2));
                if (v < known.version()) {
                    oldest = Math.min(oldest, v);
                    m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "v" + known.version()));
                    any = true;
                }
            }
            if (any) {
                m.appendTail(sb);
                out.set(i, sb.toString());
            }
        }
        if (oldest != Integer.MAX_VALUE) {
            changes.add(new Change(Field.VERSION, "v" + oldest, "v" + known.version()));
        }
    }

    private static void venue(List<String> out, EntryFormat format, String venue, boolean venueYears,
            List<String> columns, List<Change> changes, List<Left> left) {
        String first = out.get(0);
        switch (format) {
            case PAPERS -> {
                String head = first.replaceFirst("(?i) · arxiv\\s*$", "");
                out.set(0, head.stripTrailing() + " · " + MarkdownText.escape(venue));
                changes.add(new Change(Field.VENUE, null, venue));
            }
            case VENUE_LINK -> {
                Matcher m = VENUE_PREFIX.matcher(first);
                String v = venueYears ? venue : YEAR.matcher(venue).replaceFirst("");
                if (m.find()) {
                    out.set(0, first.substring(0, m.start(2)) + MarkdownText.escape(v) + first.substring(m.end(2)));
                    changes.add(new Change(Field.VENUE, m.group(2), v));
                } else {
                    left.add(new Left(Field.VENUE, "no venue before the title to replace", false));
                }
            }
            case BOLD_TITLE_BLOCK -> {
                String head = first.stripTrailing();
                out.set(0, head + (head.endsWith(".") ? " " : ". ") + MarkdownText.escape(venue) + ".");
                changes.add(new Change(Field.VENUE, null, venue));
            }
            case TABLE_ROW -> {
                if (!cell(out, columns, c -> Column.of(c) == Column.VENUE, old -> old.isBlank() || Venues.isPreprint(old.strip()),
                        venue, Field.VENUE, changes)) {
                    left.add(new Left(Field.VENUE, venue, true));
                }
            }
            default -> left.add(new Left(Field.VENUE, venue, true));
        }
    }

    private static void authors(List<String> out, EntryFormat format, List<String> authors, List<String> columns,
            List<Change> changes, List<Left> left) {
        String names = MarkdownText.escape(String.join(", ", authors));
        switch (format) {
            case PAPERS -> {
                out.add(1, "  *" + names + "*");
                changes.add(new Change(Field.AUTHORS, null, String.join(", ", authors)));
            }
            case BOLD_TITLE_BLOCK -> {
                for (int i = 1; i < out.size(); i++) {
                    String l = out.get(i);
                    if (l.contains("[Paper]") || l.contains("[[Paper](")) {
                        String indent = indent(l);
                        out.set(i, indent + "*" + names + ".* " + l.substring(indent.length()));
                        changes.add(new Change(Field.AUTHORS, null, String.join(", ", authors)));
                        return;
                    }
                }
                left.add(new Left(Field.AUTHORS, "no [Paper] line to put them on", false));
            }
            case FIELD_BLOCK -> {
                String indent = "    ";
                int github = -1;
                for (int i = 1; i < out.size(); i++) {
                    if (out.get(i).strip().startsWith("**")) {
                        indent = indent(out.get(i));
                        if (out.get(i).strip().startsWith("**Github**") && github < 0) {
                            github = i;
                        }
                    }
                }
                String field = indent + "**Authors**: " + names;
                if (github > 0) {
                    out.addAll(github, List.of(field, ""));
                } else {
                    out.addAll(List.of("", field));
                }
                changes.add(new Change(Field.AUTHORS, null, String.join(", ", authors)));
            }
            case TABLE_ROW -> {
                if (!cell(out, columns, c -> Column.of(c) == Column.AUTHORS, String::isBlank, String.join(", ", authors), Field.AUTHORS, changes)) {
                    left.add(new Left(Field.AUTHORS, String.join(", ", authors), true));
                }
            }
            default -> left.add(new Left(Field.AUTHORS, String.join(", ", authors), true));
        }
    }

    /**
     * Writes {@code value} into the cell of the row {@code out.get(0)} under the first column whose
     * lower-cased name passes {@code column}, when its text passes {@code replaceable}; false when the
     * table has no such column (a cell already filled counts as done).
     */
    private static boolean cell(List<String> out, List<String> columns, Predicate<String> column,
            Predicate<String> replaceable, String value, Field field, List<Change> changes) {
        int index = -1;
        for (int i = 0; i < columns.size() && index < 0; i++) {
            if (column.test(columns.get(i).toLowerCase(Locale.ROOT))) {
                index = i;
            }
        }
        if (index < 0) {
            return false;
        }
        String row = out.get(0);
        List<int[]> cells = cells(row);
        if (index >= cells.size()) {
            return false;
        }
        int[] c = cells.get(index);
        String old = row.substring(c[0], c[1]);
        if (replaceable.test(old)) {
            String lead = old.isBlank() ? " " : old.substring(0, old.length() - old.stripLeading().length());
            String trail = old.isBlank() ? " " : old.substring(old.stripTrailing().length());
            out.set(0, row.substring(0, c[0]) + lead + MarkdownText.escape(value).replace("|", "\\|") + trail + row.substring(c[1]));
            changes.add(new Change(field, old.isBlank() ? null : old.strip(), value));
        }
        return true;
    }

    /** The start and end of each cell of a table row, between unescaped pipes outside code spans. */
    private static List<int[]> cells(String row) {
        List<Integer> pipes = new ArrayList<>();
        boolean code = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (ch == '`') {
                code = !code;
            } else if (ch == '\\') {
                i++;
            } else if (ch == '|' && !code) {
                pipes.add(i);
            }
        }
        List<int[]> out = new ArrayList<>();
        int from = row.stripLeading().startsWith("|") ? 1 : 0;
        int start = from == 1 ? pipes.get(0) + 1 : 0;
        for (int k = from; k < pipes.size(); k++) {
            out.add(new int[] {start, pipes.get(k)});
            start = pipes.get(k) + 1;
        }
        if (start < row.length() && !row.substring(start).isBlank()) {
            out.add(new int[] {start, row.length()});
        }
        return out;
    }

    private static String indent(String line) {
        Matcher m = INDENT.matcher(line);
        return m.find() ? m.group(1) : "";
    }
}
