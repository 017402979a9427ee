package papers.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of text that names a paper's authors, as lists write it beside a title: {@code Peng Xu, Xiatian Zhu,
 * David A. Clifton}, {@code Liang Chen et al. arXiv.}, {@code First (Affil) et al. arXiv 2023.}. What follows
 * {@code et al.} is the venue, when it reads as one. Text that does not look like people's names is none.
 *
 * <pre>{@code
 * AuthorLine.parse("Liang Chen et al. arXiv.").get().authors();  // [Liang Chen]
 * }</pre>
 */
record AuthorLine(List<String> authors, String venue) {
    private static final Pattern ET_AL = Pattern.compile("(?i)\\s*,?\\s*\\bet\\s+al\\b\\.?");
    private static final Pattern AFFILIATION = Pattern.compile("\\s*[(（][^()（）]{0,80}[)）]");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|van|von|der|da|di|le|la|del|dos|du|bin)");
    private static final int MOST_NAMES = 200;

    /** The authors {@code text} names, and a venue after {@code et al.}; empty when it does not read as names. */
    static Optional<AuthorLine> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 5000) {
            return Optional.empty();
        }
        String names = text.strip();
        if (!names.startsWith("(") && !startsWithName(names)) {
            return Optional.empty(); // the first name would fail, so nothing else need be looked at
        }
        String venue = null;
        Matcher etAl = ET_AL.matcher(names);
        if (etAl.find()) {
            String rest = names.substring(etAl.end()).strip().replaceAll("^[.,;:\\s]+|[.,;:\\s]+$", "");
            names = names.substring(0, etAl.start());
            if (!rest.isEmpty()) {
                // a known venue, else a short word or two ("arXiv", "Tech report")
                boolean isShort = rest.length() <= 20 || rest.length() <= 40 && !rest.contains(" ");
                venue = Venues.parse(rest).orElse(isShort ? rest : null);
            }
        }
        names = AFFILIATION.matcher(names).replaceAll("").strip().replaceAll("[.;,]+$", "");
        if (!startsWithName(names)) {
            return Optional.empty(); // the first name would fail, so the rest need not be split
        }
        List<String> out = new ArrayList<>();
        for (String name : Authors.splitAuthors(names)) {
            String n = name.strip();
            if (!isName(n)) {
                return Optional.empty();
            }
            out.add(n);
            if (out.size() > MOST_NAMES) {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new AuthorLine(out, venue));
    }

    /**
     * The names of a line that is nothing but a list of people ({@code Grace Hopper, Alan Kay}): two or more full
     * names, or one before {@code et al.}; empty for anything else, so that a line of prose or of labels is never
     * taken for authors.
     */
    static Optional<List<String>> namesOnly(String text) {
        Optional<AuthorLine> a = parse(text);
        if (a.isEmpty() || a.get().venue() != null) {
            return Optional.empty();
        }
        List<String> names = a.get().authors();
        boolean etAl = ET_AL.matcher(text).find();
        boolean full = names.stream().allMatch(n -> n.strip().contains(" "));
        return full && (names.size() >= 2 || etAl) ? Optional.of(names) : Optional.empty();
    }

    /** Whether the first word of {@code names} can start a name (a cheap test before splitting them). */
    private static boolean startsWithName(String names) {
        int end = 0;
        while (end < names.length() && !Character.isWhitespace(names.charAt(end)) && names.charAt(end) != ','
                && names.charAt(end) != ';') {
            end++;
        }
        return end > 0 && NAME_TOKEN.matcher(names.substring(0, end)).matches();
    }

    /** A person's name: one to six words, each capitalised (or a particle such as "van"), no digits. */
    static boolean isName(String name) {
        String[] tokens = name.split("\\s+");
        if (tokens.length == 0 || tokens.length > 6 || name.length() > 60) {
            return false;
        }
        int capitalised = 0;
        for (String t : tokens) {
            if (!NAME_TOKEN.matcher(t).matches()) {
                return false;
            }
            if (Character.isUpperCase(t.codePointAt(0))) {
                capitalised++;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        // a one-word "name" is only taken when it is not a common heading word
        return capitalised >= 1 && !(tokens.length == 1 && (lower.equals("survey") || lower.equals("code") || lower.equals("paper")));
    }
}
