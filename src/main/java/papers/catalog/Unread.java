package papers.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file shows that looks like an entry but was not read as one: lines outside every entry (and outside
 * code and comments) that link to a paper (arXiv, DOI, OpenReview, ACL Anthology, proceedings, a PDF). A list
 * that {@code papers} cannot read shows many; one stray news line shows one.
 *
 * <pre>{@code
 * Unread.warning(parsed).ifPresent(System.err::println);  // "read 0 entries from X.md, which has 458 paper links ..."
 * }</pre>
 */
public final class Unread {
    /** At least this many paper links outside entries, with fewer entries than half of them, make a warning. */
    public static final int WARN_AT = 10;

    private static final Pattern TARGET = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)|(?<![(\\[<\"'])\\bhttps?://[^\\s)\\]>\"']+");
    private static final Pattern PAPER_HOST = Pattern.compile("(?i)^https?://(?:[\\w-]+\\.)*(?:doi\\.org|openreview\\.net"
            + "|aclanthology\\.org|proceedings\\.neurips\\.cc|papers\\.nips\\.cc|proceedings\\.mlr\\.press"
            + "|openaccess\\.thecvf\\.com|dl\\.acm\\.org|ieeexplore\\.ieee\\.org|semanticscholar\\.org"
            + "|ojs\\.aaai\\.org|ijcai\\.org|jmlr\\.org)/");

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:!?]+$");

    private Unread() {}

    /** One line that links to a paper and is part of no entry: its 1-based line, text and paper links. */
    public record Item(int line, String text, int links) {}

    /** Every such line of {@code file}, in order. */
    public static List<Item> items(ParsedFile file) {
        MarkdownLines lines = file.markdownLines();
        boolean[] inEntry = new boolean[lines.count() + 2];
        for (Entry e : file.entries()) {
            for (int l = Math.max(1, e.line()); l <= Math.min(e.lastLine(), lines.count()); l++) {
                inEntry[l] = true;
            }
        }
        List<Item> out = new ArrayList<>();
        for (int n = 1; n <= lines.count(); n++) {
            if (inEntry[n] || lines.isHidden(n)) {
                continue;
            }
            String line = lines.line(n);
            if (line.indexOf("://") < 0) {
                continue;
            }
            if (line.contains("<!--")) {
                line = COMMENT.matcher(line).replaceAll(" ");
            }
            int links = paperLinks(line);
            if (links > 0) {
                out.add(new Item(n, line.strip(), links));
            }
        }
        return out;
    }

    /** How many link targets of {@code line} are papers. */
    static int paperLinks(String line) {
        int n = 0;
        Matcher m = TARGET.matcher(line);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : TRAILING_PUNCT.matcher(m.group()).replaceAll("");
            if (isPaper(url)) {
                n++;
            }
        }
        return n;
    }

    /** True for a link to a paper: an arXiv id, a paper host's page, or a PDF. */
    public static boolean isPaper(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return false;
        }
        if (ArxivId.parse(url).isPresent() || PAPER_HOST.matcher(url).find()) {
            return true;
        }
        String path = url.toLowerCase(Locale.ROOT);
        int cut = path.indexOf('?');
        path = cut < 0 ? path : path.substring(0, cut);
        return path.endsWith(".pdf");
    }

    /**
     * The warning for a file whose paper links mostly lie outside its entries: at least {@link #WARN_AT} of them,
     * and fewer entries than half as many. Empty for a file that reads.
     */
    public static Optional<String> warning(ParsedFile file) {
        return warning(file, items(file));
    }

    /** As {@link #warning(ParsedFile)}, from the file's {@link #items} found already. */
    public static Optional<String> warning(ParsedFile file, List<Item> items) {
        int links = items.stream().mapToInt(Item::links).sum();
        int entries = file.entries().size();
        if (links < WARN_AT || entries * 2 >= links) {
            return Optional.empty();
        }
        String path = file.source().path();
        return Optional.of("read " + entries + " entr" + (entries == 1 ? "y" : "ies") + " from " + path + ", which has "
                + links + " paper links outside them (papers stats --unread lists them)");
    }
}
