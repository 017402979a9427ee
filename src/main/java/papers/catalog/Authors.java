package papers.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits and recognises author lists: {@code "A, B, C."}, {@code "A and B"}, BibTeX's {@code "Last, First and ..."}. */
public final class Authors {
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NAME_END_DOT = Pattern.compile("(?:[\\p{Ll})]|\\p{L}{2})\\.$");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|，|、|\\s+and\\s+|\\s*&\\s*)\\s*");

    private Authors() {}

    static boolean looksLikeAuthors(String text) {
        if (text.isEmpty() || text.length() > 5000) {
            return false;
        }
        if (DIGIT.matcher(text).find()) {
            return text.split(",").length >= 3;
        }
        return text.contains(",") || text.contains(" and ") || Inlines.SPACES.split(text).length <= 4;
    }

    /** Splits an author list: {@code "A, B, C."}, {@code "A and B"}, or BibTeX's {@code "Last, First and Last, First"}. */
    public static List<String> splitAuthors(String text) {
        String s = text.strip();
        if (s.endsWith("..")) {
            s = s.substring(0, s.length() - 1);
        } else if (NAME_END_DOT.matcher(s).find()) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        String[] byAnd = s.contains(" and ") ? AND.split(s) : new String[] {s};
        boolean bibtex = byAnd.length > 1;
        for (String part : byAnd) {
            if (part.chars().filter(c -> c == ',').count() != 1) {
                bibtex = false;
            }
        }
        if (bibtex) {
            for (String part : byAnd) {
                String[] lf = part.split(",", 2);
                out.add((lf[1].strip() + " " + lf[0].strip()).strip());
            }
            return out;
        }
        for (String part : AUTHOR_SEPARATOR.split(s)) {
            String p = part.strip();
            if (p.startsWith("and ")) {
                p = p.substring(4).strip();
            }
            if (!p.isEmpty() && !p.equalsIgnoreCase("et al.") && !p.equalsIgnoreCase("et al")
                    && !p.equalsIgnoreCase("etc.")) {
                out.add(p);
            }
        }
        return out;
    }
}
