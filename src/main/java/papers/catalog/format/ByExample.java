package papers.catalog.format;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.ArxivId;
import papers.catalog.Entry;
import papers.catalog.EntryDate;

/**
 * A new entry written after the model of a neighbour that no format claims: the neighbour's lines with its
 * title, paper and code links, authors, venue, date and note replaced by the new entry's, and what the new one
 * lacks taken out with its brackets (other links and badges too). Empty when the model cannot be rewritten
 * without keeping one of its own facts: then the caller writes the entry in a known format.
 */
public final class ByExample {
    private static final Pattern LINK = Pattern.compile("(!?)(\\[?)\\[([^\\[\\]\\n]*)\\]\\(([^()\\s]*)\\)(\\]?)");
    private static final Pattern CODE_LABEL = Pattern.compile("(?i)codes?|github|gitlab|official code|repo(sitory)?|project code");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})([-./])(\\d{1,2})(?:\\2(\\d{1,2}))?(?![\\d.]\\d)");

    private static final Pattern LONE_LABEL = Pattern.compile("[\\s*_>-]*[\\p{L}]+:[\\s*_\\\\]*");

    private ByExample() {}

    /**
     * {@code e} written as {@code model} (whose lines are {@code lines}) is written, or empty; {@code section} holds
     * the lines of the section's entries, whose words in common are the format's own (labels such as Paper).
     */
    public static Optional<List<String>> render(List<String> lines, Entry model, NewEntry e, Layout l, List<List<String>> section) {
        String url = Markup.url(e, l);
        if (url == null || model.title().isBlank() || section.size() < 2) {
            return Optional.empty();
        }
        String text = String.join("\n", lines);
        int at = text.indexOf(model.title());
        if (at < 0) {
            return Optional.empty();
        }
        text = text.substring(0, at) + MarkdownText.escapeLinkText(e.title()) + text.substring(at + model.title().length());
        text = links(text, paperTarget(text, model), url, e.code());
        if (e.code() != null && !text.contains("(" + MarkdownText.escapeUrl(e.code()) + ")")) {
            text = withCode(text, url, e.code());
        }
        if (!model.authors().isEmpty()) {
            String first = model.authors().get(0);
            String last = model.authors().get(model.authors().size() - 1);
            int from = text.indexOf(first);
            int to = from < 0 ? -1 : text.indexOf(last, from);
            if (to < 0 || text.substring(from, to).contains("\n")) {
                return Optional.empty();
            }
            text = text.substring(0, from) + MarkdownText.escape(String.join(", ", e.authors())) + text.substring(to + last.length());
        }
        if (model.date() != null) {
            text = date(text, model.date(), e.date());
        }
        if (model.venue() != null) {
            String venue = e.venue() != null ? Markup.venue(e, l) : e.arxiv() != null ? l.preprintVenue() : null;
            String written = model.venue();
            String again = venue(text, written, venue);
            if (again.equals(text)) {
                written = model.venue().replaceFirst("[ ,']*(?:19|20)\\d{2}$", "");
                if (venue != null && e.date() != null) {
                    // the model writes its year apart from its venue: so does the new entry
                    venue = venue.replaceFirst("[ ,']*" + e.date().year() + "$", "");
                }
                again = venue(text, written, venue);
            }
            text = again;
        }
        List<String> said = new ArrayList<>(model.fields().values());
        if (model.notes() != null) {
            said.add(0, model.notes());
        }
        for (String value : said) {
            int n = value.isBlank() ? -1 : text.indexOf(value);
            if (n >= 0) {
                boolean first = value.equals(said.get(0)) && model.notes() != null;
                text = text.substring(0, n) + (first && e.note() != null ? MarkdownText.escape(e.note()) : "") + text.substring(n + value.length());
            }
        }
        for (String empty : new String[] {"(**)", "(*)", "(__)", "(_)", "()", "[]"}) {
            text = text.replace(" " + empty, "").replace(empty, "");
        }
        List<String> out = tidy(lines, text);
        return ownWordsOnly(String.join("\n", out), e, section) ? Optional.of(out) : Optional.empty();
    }

    /** The target of the model's paper link: its URL where a link has it, else its first link that is no code link. */
    private static String paperTarget(String text, Entry model) {
        String first = null;
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (!m.group(1).isEmpty() || m.group(3).isEmpty()) {
                continue;
            }
            if (paper(model, m.group(4))) {
                return m.group(4);
            }
            if (first == null && !code(m.group(3), m.group(4))) {
                first = m.group(4);
            }
        }
        return first;
    }

    private static boolean code(String label, String target) {
        return CODE_LABEL.matcher(label.strip()).matches() || target.contains("github.com/");
    }

    /** The paper link pointed at {@code url}, the code link at {@code code} (or taken out), every other link taken out. */
    private static String links(String text, String paperTarget, String url, String code) {
        for (int pass = 0; pass < 3; pass++) {
            Matcher m = LINK.matcher(text);
            StringBuilder b = new StringBuilder();
            int last = 0;
            boolean changed = false;
            while (m.find()) {
                String target = m.group(4);
                String label = m.group(3);
                if (m.group(1).isEmpty() && !label.isEmpty() && (target.equals(url) || target.equals(code))) {
                    continue;
                }
                String keep = null;
                if (m.group(1).isEmpty() && !label.isEmpty()) {
                    if (target.equals(paperTarget)) {
                        keep = url;
                    } else if (code(label, target)) {
                        keep = code;
                    }
                }
                int start = m.start();
                b.append(text, last, start);
                if (keep != null) {
                    b.append(m.group(2)).append('[').append(label).append("](").append(MarkdownText.escapeUrl(keep)).append(')')
                            .append(m.group(5));
                } else if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                    b.setLength(b.length() - 1);
                }
                last = m.end();
                changed = true;
            }
            b.append(text.substring(last));
            text = b.toString();
            if (!changed) {
                break;
            }
        }
        return text;
    }

    /** A code link put after the paper link, in its brackets: {@code [[Paper](url)] [[Code](url)]}. */
    private static String withCode(String text, String url, String code) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (m.group(4).equals(MarkdownText.escapeUrl(url)) && m.group(1).isEmpty()) {
                String link = m.group(2) + "[Code](" + MarkdownText.escapeUrl(code) + ")" + m.group(5);
                return text.substring(0, m.end()) + " " + link + text.substring(m.end());
            }
        }
        return text;
    }

    private static boolean paper(Entry model, String target) {
        if (target.equals(model.url())) {
            return true;
        }
        return model.arxiv() != null && ArxivId.parse(target).map(a -> a.id().equals(model.arxiv().id())).orElse(false);
    }

    /** The first date in {@code text} that is the model's, written the same way for {@code date} (or taken out). */
    private static String date(String text, EntryDate was, EntryDate date) {
        Matcher n = NUMERIC_DATE.matcher(text);
        while (n.find()) {
            if (EntryDate.parse(n.group()).filter(was::equals).isPresent()) {
                String sep = n.group(2);
                String now = date == null ? "" : date.year() + (date.month() == 0 ? "" : sep + pad(date.month(), n.group(3))
                        + (n.group(4) == null || date.day() == 0 ? "" : sep + pad(date.day(), n.group(4))));
                return text.substring(0, n.start()) + now + text.substring(n.end());
            }
        }
        Optional<EntryDate.Match> w = EntryDate.findWritten(text);
        if (w.isPresent() && w.get().date().equals(was)) {
            String written = text.substring(w.get().start(), w.get().end());
            return text.substring(0, w.get().start()) + (date == null ? "" : written(written, date)) + text.substring(w.get().end());
        }
        if (was.month() == 0) {
            Matcher y = Pattern.compile("(?<![\\d.])" + was.year() + "(?![\\d.]\\d)").matcher(text);
            while (y.find()) {
                if (!insideTarget(text, y.start())) {
                    return text.substring(0, y.start()) + (date == null ? "" : String.valueOf(date.year())) + text.substring(y.end());
                }
            }
        }
        return text;
    }

    private static String pad(int value, String like) {
        return like.length() == 2 ? String.format(Locale.ROOT, "%02d", value) : String.valueOf(value);
    }

    /** {@code date} in the words of {@code written}: {@code 17 Jul 2023}, {@code July 17, 2023}, the day left out when it has none. */
    private static String written(String written, EntryDate date) {
        if (date.month() == 0) {
            return String.valueOf(date.year());
        }
        Matcher word = Pattern.compile("[A-Za-z]+\\.?").matcher(written);
        String name = word.find() ? word.group() : "Jan";
        boolean abbreviated = name.replace(".", "").length() <= 4 && !name.equalsIgnoreCase("june") && !name.equalsIgnoreCase("july")
                || name.endsWith(".");
        String month = Month.of(date.month()).getDisplayName(abbreviated ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH)
                + (name.endsWith(".") && date.month() != 5 ? "." : "");
        boolean dayFirst = Character.isDigit(written.strip().charAt(0));
        if (date.day() == 0) {
            return month + " " + date.year();
        }
        return dayFirst ? date.day() + " " + month + " " + date.year() : month + " " + date.day() + ", " + date.year();
    }

    /** The model's venue outside link targets, as a word, replaced by {@code venue} (or taken out with a comma after it). */
    private static String venue(String text, String was, String venue) {
        Matcher m = Pattern.compile("(?i)(?<![\\w/.])" + Pattern.quote(was) + "(?![\\w/.]\\w)").matcher(text);
        while (m.find()) {
            if (insideTarget(text, m.start())) {
                continue;
            }
            String after = text.substring(m.end());
            if (venue == null && after.startsWith(", ")) {
                after = after.substring(2);
            }
            return text.substring(0, m.start()) + (venue == null ? "" : venue) + after;
        }
        return text;
    }

    private static boolean insideTarget(String text, int at) {
        int open = text.lastIndexOf("](", at);
        return open >= 0 && text.indexOf(')', open) > at;
    }

    /** The rewritten lines; a line that held text and holds only markup now is dropped. */
    private static List<String> tidy(List<String> was, String text) {
        List<String> out = new ArrayList<>();
        String[] now = text.split("\n", -1);
        for (int i = 0; i < now.length; i++) {
            String before = i < was.size() ? was.get(i) : "";
            boolean emptied = !now[i].equals(before) && !before.isBlank()
                    && (now[i].replaceAll("[\\s*_\\\\,.;:|()\\[\\]-]", "").isEmpty() || LONE_LABEL.matcher(now[i]).matches());
            if (!emptied) {
                out.add(now[i]);
            }
        }
        return out;
    }

    /**
     * Whether every word of {@code text} is the new entry's or one that most of the section's entries have (the
     * format's labels): a model's fact that was not replaced, such as an affiliation or a tag, fails it.
     */
    private static boolean ownWordsOnly(String text, NewEntry e, List<List<String>> section) {
        StringBuilder own = new StringBuilder(e.title()).append(' ').append(String.join(" ", e.authors()));
        for (String s : new String[] {e.venue(), e.note(), e.date() == null ? null : e.date().toString()}) {
            own.append(' ').append(s == null ? "" : s);
        }
        if (e.date() != null && e.date().month() != 0) {
            own.append(' ').append(Month.of(e.date().month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        Set<String> allowed = words(own.toString());
        allowed.add("code");
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> entry : section) {
            for (String w : words(String.join("\n", entry))) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        for (String w : words(text)) {
            if (!allowed.contains(w) && !w.matches("\\d{1,2}") && counts.getOrDefault(w, 0) * 2 < section.size()) {
                return false;
            }
        }
        return true;
    }

    /** The words of {@code text} outside link targets, folded, months by their first three letters. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.replaceAll("\\]\\([^()\\s]*\\)", "] ").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
                if (w.length() > 3 && EntryDate.parse(w + " 2000").isPresent()) {
                    out.add(w.substring(0, 3));
                }
            }
        }
        return out;
    }
}
