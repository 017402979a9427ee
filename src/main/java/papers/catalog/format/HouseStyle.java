package papers.catalog.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.PapersConfig;

/**
 * What papers.yaml says about how a catalog file writes its entries: the entry format (null: as the section's
 * entries are) and the arXiv link form (abs, pdf, html; any or null: as the file's links mostly are).
 */
public record HouseStyle(EntryFormat format, String arxivForm) {
    /** An arXiv abs, pdf or html link; group 1 is its kind. */
    public static final Pattern ARXIV_URL = Pattern.compile("(?i)https?://(?:www\\.|export\\.)?arxiv\\.org/(abs|pdf|html)/"
            + "([0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/[0-9]{7})(v[0-9]+)?(\\.pdf)?/?");

    /** Nothing declared: the file's own ways. */
    public static final HouseStyle NONE = new HouseStyle(null, null);

    /** The style papers.yaml declares for {@code file}. */
    public static HouseStyle of(PapersConfig config, String file) {
        return new HouseStyle(EntryFormat.declared(config, file), config.lint() == null ? null : config.lint().arxivForm());
    }

    /** The kind of arXiv link (abs, pdf or html) a new entry of {@code text} gets: as declared, else as most are. */
    public String arxivKind(String text) {
        String f = arxivForm == null ? "" : arxivForm.strip().toLowerCase(Locale.ROOT);
        if (f.equals("abs") || f.equals("pdf") || f.equals("html")) {
            return f;
        }
        int[] absPdf = new int[2];
        count(text, absPdf);
        return absPdf[1] > absPdf[0] ? "pdf" : "abs";
    }

    /** abs or pdf, whichever the arXiv links of {@code lines} mostly use (abs when as many, or none). */
    public static String mostUsed(Iterable<String> lines) {
        int[] absPdf = new int[2];
        for (String line : lines) {
            if (mentionsArxiv(line)) {
                count(line, absPdf);
            }
        }
        return absPdf[1] > absPdf[0] ? "pdf" : "abs";
    }

    /**
     * Adds the arXiv links of {@code text} to {@code absPdf}: pdf ones to [1], the others to [0]. The pattern is
     * tried only where a {@code ://} follows {@code http} or {@code https}, so a big text is not matched char by char.
     */
    private static void count(String text, int[] absPdf) {
        Matcher m = ARXIV_URL.matcher(text);
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            int start = at >= 5 && text.regionMatches(true, at - 5, "https", 0, 5) ? at - 5
                    : at >= 4 && text.regionMatches(true, at - 4, "http", 0, 4) ? at - 4 : -1;
            if (start >= 0 && m.region(start, text.length()).lookingAt()) {
                absPdf[m.group(1).equalsIgnoreCase("pdf") ? 1 : 0]++;
            }
        }
    }

    /** Whether {@code line} holds "arxiv.org/" in any case: the cheap test before the pattern. */
    public static boolean mentionsArxiv(String line) {
        for (int i = line.indexOf('.'); i >= 0; i = line.indexOf('.', i + 1)) {
            if (i >= 5 && line.regionMatches(true, i - 5, "arxiv.org/", 0, 10)) {
                return true;
            }
        }
        return false;
    }
}
