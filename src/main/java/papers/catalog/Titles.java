package papers.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title cleaning, in one place for every format: what a list writes around a title that is not the paper's
 * title. Leading decoration ({@code 🔥🔥🔥}), a short name in brackets before the title ({@code [YOCO] You Only
 * Cache Once: ...}: the title is what follows), and an organisation handle after it ({@code (@deepseek-ai)}).
 *
 * <pre>{@code
 * Titles.clean("🔥🔥[YOCO] You Only Cache Once(@microsoft)");  // "You Only Cache Once"
 * }</pre>
 */
public final class Titles {
    private static final Pattern BRACKETED_NAME = Pattern.compile("^\\[([^\\[\\]]{1,40}+)]\\s*+(?=\\S)");
    private static final Pattern HANDLE = Pattern.compile("\\s*[(（]@[^()（）]{0,60}+[)）]\\s*$");

    private Titles() {}

    /** {@code title} without the decoration, bracketed short name and handle around it. */
    public static String clean(String title) {
        String t = withoutLeadingSymbols(title);
        if (t.startsWith("[")) {
            Matcher name = BRACKETED_NAME.matcher(t);
            if (name.find() && t.length() - name.end() >= 3) {
                t = t.substring(name.end());
            }
        }
        if (!t.contains("(@") && !t.contains("（@")) {
            return t.strip();
        }
        String rest = HANDLE.matcher(t).replaceFirst("");
        return rest.length() >= 3 ? rest.strip() : t.strip();
    }

    /** The short name in brackets a title starts with ({@code [YOCO] ...}), or null. */
    public static String bracketedName(String title) {
        Matcher name = BRACKETED_NAME.matcher(withoutLeadingSymbols(title));
        return name.find() ? name.group(1).strip() : null;
    }

    private static String withoutLeadingSymbols(String title) {
        int i = 0;
        while (i < title.length()) {
            int cp = title.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                    || type == Character.FORMAT || type == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        // a title that is nothing but symbols stays as it was, and so does one glued to them ("✨Sparkles")
        if (i == 0 || i == title.length()) {
            return title;
        }
        char next = title.charAt(i);
        return Character.isWhitespace(title.charAt(i - 1)) || next == '[' ? title.substring(i) : title;
    }
}
