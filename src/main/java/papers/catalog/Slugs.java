package papers.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The one slugger of {@code papers}: GitHub heading anchors, tag slugs and folded titles. */
public final class Slugs {
    private Slugs() {}

    /**
     * The anchor GitHub gives a heading: lower case, punctuation and emoji removed, spaces to
     * hyphens; letters and digits of every script kept. Repeats get {@code -1}, {@code -2}
     * (the caller numbers them).
     */
    public static String anchor(String heading) {
        StringBuilder sb = new StringBuilder(heading.length());
        // not stripped: GitHub keeps the space an image left at the end ("LLM ![badge](b.svg)" is #llm-)
        heading.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_'
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            } else if (cp == ' ') {
                sb.append('-');
            }
        });
        return sb.toString();
    }

    /** The anchors GitHub gives a document's headings, in order: a repeat gets {@code -1}, {@code -2}, ... */
    public static List<String> anchors(List<String> headings) {
        Map<String, Integer> repeats = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String h : headings) {
            String base = anchor(h);
            String a = base;
            if (used.contains(a)) {
                int n = repeats.getOrDefault(base, 0);
                do {
                    a = base + "-" + ++n;
                } while (used.contains(a));
                repeats.put(base, n);
            }
            used.add(a);
            out.add(a);
        }
        return out;
    }

    /** A tag slug: lower-case words joined by single hyphens ({@code "MLLM Alignment"} to {@code mllm-alignment}). */
    public static String tag(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingHyphen = false;
        for (int cp : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '+') {
                if (pendingHyphen && sb.length() > 0) {
                    sb.append('-');
                }
                pendingHyphen = false;
                sb.appendCodePoint(cp);
            } else {
                pendingHyphen = true;
            }
        }
        return sb.toString();
    }

    /**
     * A title folded for comparison: case, spacing, punctuation and full-width forms folded, so
     * {@code "Qwen2-VL：Enhancing…"} and {@code "qwen2 vl: enhancing..."} are the same paper.
     */
    public static String foldTitle(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        for (int cp : Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** The Levenshtein distance between two strings: how "closest" suggestions are chosen. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
