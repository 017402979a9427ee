package papers.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The prose of an entry: cut at a list's separators, and tidied of the brackets and punctuation left behind. */
final class Notes {
    static final Pattern EMPTY_BRACKETS = Pattern.compile("\\[\\s*]|\\(\\s*\\)|（\\s*）");
    private static final Pattern BRACKET_LABEL = Pattern.compile("(?<!\\[)\\[++\\s*+\\**+([^\\[\\]*]{1,30})\\**\\s*]+");
    private static final Pattern LONE_PUNCT = Pattern.compile("(?<=^|\\s)[\\[\\]·•|.,;:]+(?=\\s|$)");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s.,:;·|\\-–]+");
    private static final Pattern PAREN_GROUP = Pattern.compile("(?<=^|\\s)[(（]([^()（）]*)[)）](?=\\s|$)");

    private Notes() {}

    /**
     * Splits the text after a title at {@code ·}, {@code •}, {@code |} and sentence-ending dots
     * ({@code . arXiv:2301.13823. ICML2023.}), but not at the dots of {@code 2.5} or {@code S. M.}.
     */
    static List<String> splitSegments(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cut = c == '·' || c == '•' || c == '|';
            if (c == '.') {
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                cut = Character.isWhitespace(after) && !Character.isWhitespace(before) && before != '.'
                        && !Character.isUpperCase(before);
            }
            if (cut) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    static String tidyNotes(String s) {
        if (s.isBlank()) {
            return "";
        }
        String t = s;
        boolean brackets = t.indexOf('[') >= 0;
        boolean parens = t.indexOf('(') >= 0 || t.indexOf('（') >= 0;
        if (brackets || parens) {
            t = EMPTY_BRACKETS.matcher(t).replaceAll(" ");
        }
        if (brackets) {
            Matcher label = BRACKET_LABEL.matcher(t);
            StringBuilder kept = new StringBuilder();
            while (label.find()) {
                boolean isLabel = FieldLabels.LINK_LABELS.contains(label.group(1).strip().toLowerCase(Locale.ROOT));
                label.appendReplacement(kept, isLabel ? " " : Matcher.quoteReplacement(label.group()));
            }
            label.appendTail(kept);
            t = kept.toString();
        }
        t = LONE_PUNCT.matcher(t).replaceAll(" ");
        t = Inlines.SPACES.matcher(t).replaceAll(" ").strip();
        t = LEADING_PUNCT.matcher(t).replaceAll("").strip();
        if (parens) {
            t = PAREN_GROUP.matcher(t).replaceAll("$1").strip();
        }
        return t;
    }
}
