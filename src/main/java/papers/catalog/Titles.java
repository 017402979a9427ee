package papers.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title cleaning, in one place for every format: what a list writes around a title that is not the paper's
 * title. Leading decoration ({@code 🔥🔥🔥}), a short name in brackets before the title ({@code [YOCO] You Only
 * Cache Once: ...}: the title is what follows), and an organisation handle after it ({@code (@deepseek-ai)}). The
 * full stop or semicolon a list ends a title with ({@code Visual Instruction Tuning.}) stays in the entry, which is
 * written back as it was read, and is left out where titles are shown: {@link #withoutFinalStop}.
 *
 * <pre>{@code
 * Titles.clean("🔥🔥[YOCO] You Only Cache Once(@microsoft)");  // "You Only Cache Once"
 * Titles.withoutFinalStop("ReAct: Synergizing Reasoning and Acting in Language Models.");  // "... Language Models"
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
        if (t.contains("(@") || t.contains("（@")) {
            String rest = HANDLE.matcher(t).replaceFirst("");
            t = rest.length() >= 3 ? rest : t;
        }
        return t.strip();
    }

    /**
     * {@code title} without the {@code .}, {@code ;} or {@code ,} a list puts after it; an ellipsis stays, and so does
     * the stop of an abbreviation or initial ({@code et al.}, {@code vs.}, {@code J.}).
     */
    public static String withoutFinalStop(String title) {
        int end = title.length();
        while (end > 0 && (title.charAt(end - 1) == ';' || title.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > 1 && title.charAt(end - 1) == '.' && title.charAt(end - 2) != '.') {
            int word = end - 1;
            while (word > 0 && Character.isLetter(title.charAt(word - 1))) {
                word--;
            }
            String last = title.substring(word, end - 1);
            boolean abbreviation = last.length() > 0 && last.length() <= 2 || last.equals("etc") || last.equals("al")
                    || last.equals("vs") || last.equals("Inc");
            if (!abbreviation) {
                end--;
            }
        }
        String t = title.substring(0, end).strip();
        return t.length() >= 3 ? t : title;
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
