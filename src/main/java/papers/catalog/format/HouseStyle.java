package papers.catalog.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.ParsedFile;
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

    /**
     * This style with the arXiv link form settled as {@link #arxivKind} finds it in {@code file} as read, so that
     * an edit worked out on part of the file writes links as the whole file does. Counted on the file's bytes
     * when they were kept (seen as Latin-1: the links are ASCII, and a big text's search is then byte-wide).
     */
    public HouseStyle settled(ParsedFile file) {
        return new HouseStyle(format, arxivKind(file.bytes() != null ? new String(file.bytes(), StandardCharsets.ISO_8859_1)
                : file.source().text()));
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
     * Adds the arXiv links of {@code text} to {@code absPdf}: pdf ones to [1], the others to [0]. Looked for only
     * where a {@code ://} follows {@code http} or {@code https}, and the pattern tried only on a link to arXiv whose
     * id is not plainly a new-style one, so that a big text is neither matched char by char nor link by link.
     */
    private static void count(String text, int[] absPdf) {
        Matcher m = null;
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            int start = at >= 5 && ascii(text, at - 5, "https") ? at - 5 : at >= 4 && ascii(text, at - 4, "http") ? at - 4 : -1;
            int host = at + 3;
            host += ascii(text, host, "www.") ? 4 : ascii(text, host, "export.") ? 7 : 0;
            if (start < 0 || !ascii(text, host, "arxiv.org/")) {
                continue;
            }
            int kind = host + 10;
            boolean pdf = ascii(text, kind, "pdf/");
            int id = pdf || ascii(text, kind, "abs/") ? kind + 4 : ascii(text, kind, "html/") ? kind + 5 : -1;
            if (id < 0) {
                continue;
            }
            if (!newStyleId(text, id)) {
                m = m == null ? ARXIV_URL.matcher(text) : m;
                if (!m.region(start, text.length()).lookingAt()) {
                    continue;
                }
            }
            absPdf[pdf ? 1 : 0]++;
        }
    }

    /** Whether {@code text} holds {@code lower} at {@code at}, ASCII letters in either case (as the pattern's (?i)). */
    private static boolean ascii(String text, int at, String lower) {
        if (at + lower.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(at + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a new-style id ({@code 2409.12191}: four digits, a dot, four or more) starts at {@code at}. */
    private static boolean newStyleId(String text, int at) {
        if (at + 9 > text.length() || text.charAt(at + 4) != '.') {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            char c = text.charAt(at + i);
            if (i != 4 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
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
