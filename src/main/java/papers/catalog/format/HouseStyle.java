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
        return f.equals("abs") || f.equals("pdf") || f.equals("html") ? f : mostUsed(text.lines().toList());
    }

    /** abs or pdf, whichever the arXiv links of {@code lines} mostly use (abs when as many, or none). */
    public static String mostUsed(Iterable<String> lines) {
        int abs = 0;
        int pdf = 0;
        for (String line : lines) {
            if (!mentionsArxiv(line)) {
                continue;
            }
            Matcher m = ARXIV_URL.matcher(line);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase("pdf")) {
                    pdf++;
                } else {
                    abs++;
                }
            }
        }
        return pdf > abs ? "pdf" : "abs";
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
