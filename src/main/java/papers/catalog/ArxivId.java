package papers.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versionless arXiv identifier, new style ({@code 2409.12191}) or old style ({@code hep-th/9901001}).
 *
 * <pre>{@code
 * ArxivId.parse("https://arxiv.org/pdf/2409.12191v2").get().id();   // "2409.12191"
 * ArxivId.parse("arXiv:math.GT/0309136").get().id();               // "math/0309136"
 * }</pre>
 *
 * <p>This is the one normaliser of arXiv ids in {@code papers}: every other class asks it.
 */
public record ArxivId(String id) implements Comparable<ArxivId> {

    private static final String NEW = "(\\d{4}\\.\\d{4,5})";
    private static final String OLD = "([a-z]+(?:-[a-z]+)?)(?:\\.[A-Z]{2})?/(\\d{7})";
    private static final String VERSION = "(?:v\\d+)?";

    /** A whole string that is an id, with optional {@code arXiv:} prefix and version. */
    private static final Pattern BARE = Pattern.compile(
            "(?i:arxiv:\\s*)?(?:" + NEW + "|" + OLD + ")" + VERSION);

    /** An arXiv URL: abs, pdf or html pages, on arxiv.org or its www., export., browse. and web3. hosts, .pdf, version. */
    private static final Pattern URL = Pattern.compile(
            "(?i:https?://)?(?i:(?:www\\.|export\\.|browse\\.|web3\\.)?arxiv\\.org)/(?:abs|pdf|html|format)/(?:"
                    + NEW + "|" + OLD + ")" + VERSION + "(?:\\.pdf)?/?(?:[?#].*)?");

    /** Hugging Face paper pages and shields.io-style badges name the arXiv id too. */
    private static final Pattern HF_URL = Pattern.compile(
            "(?i:https?://)?(?i:huggingface\\.co|hf\\.co)/papers/" + NEW + VERSION + "/?(?:[?#].*)?");

    /** arXiv's own DOI for a paper, {@code 10.48550/arXiv.2309.00003}, bare, as {@code doi:} or a doi.org link. */
    private static final Pattern DOI = Pattern.compile(
            "(?i:(?:https?://)?(?:dx\\.)?doi\\.org/|doi:\\s*)?10\\.48550/(?i:arxiv)\\.(?:" + NEW + "|" + OLD + ")" + VERSION
                    + "/?(?:[?#].*)?");

    /** An id somewhere in running text, marked as arXiv ("arXiv:2305.01278", "arXiv 2305.01278"). */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?i:arxiv)[:\\s]\\s*(?:" + NEW + "|" + OLD + ")" + VERSION + "\\b");

    public ArxivId {
        Objects.requireNonNull(id, "id");
    }

    /**
     * Reads an id from anything a catalog or a user writes for one: a bare id, {@code arXiv:ID},
     * an arXiv abs/pdf/html URL, or arXiv's DOI ({@code 10.48550/arXiv.ID}). Returns empty for anything else.
     */
    public static Optional<ArxivId> parse(String text) {
        return read(text).filter(ArxivId::issuedInAMonth);
    }

    private static Optional<ArxivId> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.length() < 9 || s.length() > 200) {
            return Optional.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains("arxiv.org/")) {
            Matcher m = URL.matcher(s);
            return m.matches() ? Optional.of(of(m)) : Optional.empty();
        }
        if (lower.contains("10.48550/arxiv.")) {
            Matcher m = DOI.matcher(s);
            return m.matches() ? Optional.of(of(m)) : Optional.empty();
        }
        if (lower.contains("/papers/")) {
            Matcher m = HF_URL.matcher(s);
            return m.matches() ? Optional.of(new ArxivId(m.group(1))) : Optional.empty();
        }
        if (s.length() > 40 || lower.contains("://")) {
            return Optional.empty();
        }
        Matcher m = BARE.matcher(s);
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    /** Finds the first id marked as arXiv in running text, such as {@code arXiv:2305.01278.}. */
    public static Optional<ArxivId> findInText(String text) {
        if (!text.regionMatches(true, 0, "arxiv", 0, 5) && !text.toLowerCase(Locale.ROOT).contains("arxiv")) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        return m.find() ? Optional.of(of(m)).filter(ArxivId::issuedInAMonth) : Optional.empty();
    }

    private static ArxivId of(Matcher m) {
        if (m.group(1) != null) {
            return new ArxivId(m.group(1));
        }
        return new ArxivId(m.group(2).toLowerCase(Locale.ROOT) + "/" + m.group(3));
    }

    /** The year and month the id was first issued, as {@code YYYY-MM} (the year alone for an id of no real month). */
    public EntryDate month() {
        int yy = Integer.parseInt(yymm().substring(0, 2));
        int mm = Integer.parseInt(yymm().substring(2, 4));
        int year = isNewStyle() || yy < 91 ? 2000 + yy : 1900 + yy;
        return mm >= 1 && mm <= 12 ? EntryDate.of(year, mm) : EntryDate.of(year);
    }

    /** The id's {@code YYMM}: arXiv issues every id in a month, so {@code 2415.12345} is a typo, not an id. */
    private String yymm() {
        return isNewStyle() ? id.substring(0, 4) : id.substring(id.indexOf('/') + 1, id.indexOf('/') + 5);
    }

    private boolean issuedInAMonth() {
        int mm = Integer.parseInt(yymm().substring(2, 4));
        return mm >= 1 && mm <= 12;
    }

    public boolean isNewStyle() {
        return id.indexOf('/') < 0;
    }

    /** The canonical abstract page. */
    public String absUrl() {
        return "https://arxiv.org/abs/" + id;
    }

    @Override
    public int compareTo(ArxivId o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
