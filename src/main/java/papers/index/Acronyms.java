package papers.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.Entry;

/**
 * Acronyms and what they stand for, so that {@code DPO} finds "Direct Preference Optimization" and
 * the other way round: a few common ones, those the catalog spells out in its own titles
 * ({@code "... Optimization (DPO)"}, {@code "DPO: Direct ..."}), and the synonyms of {@code papers.yaml}.
 */
public final class Acronyms {
    private static final Map<String, List<String>> COMMON = Map.ofEntries(
            Map.entry("DPO", List.of("Direct Preference Optimization")),
            Map.entry("RLHF", List.of("Reinforcement Learning from Human Feedback")),
            Map.entry("PPO", List.of("Proximal Policy Optimization")),
            Map.entry("MoE", List.of("Mixture of Experts", "Mixture-of-Experts")),
            Map.entry("MLLM", List.of("Multimodal Large Language Model", "Multi-modal Large Language Model")),
            Map.entry("LVLM", List.of("Large Vision-Language Model", "Large Vision Language Model")),
            Map.entry("VLM", List.of("Vision-Language Model", "Vision Language Model")),
            Map.entry("LLM", List.of("Large Language Model")),
            Map.entry("VQA", List.of("Visual Question Answering")),
            Map.entry("RAG", List.of("Retrieval-Augmented Generation", "Retrieval Augmented Generation")),
            Map.entry("CoT", List.of("Chain-of-Thought", "Chain of Thought")),
            Map.entry("OCR", List.of("Optical Character Recognition")),
            Map.entry("GAN", List.of("Generative Adversarial Network")),
            Map.entry("ViT", List.of("Vision Transformer")),
            Map.entry("SFT", List.of("Supervised Fine-Tuning", "Supervised Fine Tuning")),
            Map.entry("ICL", List.of("In-Context Learning", "In Context Learning")),
            Map.entry("PEFT", List.of("Parameter-Efficient Fine-Tuning", "Parameter Efficient Fine-Tuning")));

    private static final Set<String> MINOR = Set.of("of", "for", "from", "with", "the", "a", "an", "and", "to", "in",
            "on", "via", "by", "as", "at");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([A-Z][A-Za-z0-9-]{1,9})\\)");
    /** The small words an expansion may hold between its capitalised words ("Mixture of Experts"). */
    private static final Set<String> JOINING = Set.of("of", "for", "from", "with", "the", "and", "to", "in", "on", "via");
    private static final Pattern LEADING = Pattern.compile("^([A-Z][A-Za-z0-9]{1,9}):\\s*(.+)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Acronym to expansions, keys as written ({@code DPO}, {@code MoE}). */
    private final Map<String, Set<String>> map = new LinkedHashMap<>();

    private Acronyms() {}

    /** The common acronyms, those the titles of {@code entries} spell out, and {@code synonyms}. */
    public static Acronyms of(List<Entry> entries, Map<String, List<String>> synonyms) {
        Acronyms a = new Acronyms();
        COMMON.forEach(a::addAll);
        for (Entry e : entries) {
            a.learn(e.title());
        }
        synonyms.forEach(a::addAll);
        return a;
    }

    private void addAll(String acronym, List<String> expansions) {
        expansions.forEach(x -> add(acronym, x));
    }

    private void add(String acronym, String expansion) {
        String a = acronym.strip();
        String x = expansion.strip().replaceAll("\\s+", " ");
        if (!a.isEmpty() && !x.isEmpty() && !a.equalsIgnoreCase(x)) {
            map.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(x);
        }
    }

    /** Learns the acronyms a title defines, when their capitals are the initials of the words. */
    void learn(String title) {
        Matcher m = PARENTHESISED.matcher(title);
        while (m.find()) {
            String phrase = capitalisedWordsBefore(title, m.start());
            String expansion = phrase == null ? null : trimToInitials(phrase, m.group(1));
            if (expansion != null) {
                add(m.group(1), expansion);
            }
        }
        Matcher lead = LEADING.matcher(title);
        if (lead.matches()) {
            String words = lead.group(2);
            String expansion = trimToInitials(words.split("[:,]")[0], lead.group(1));
            if (expansion != null && expansion.length() < words.length() + 1) {
                add(lead.group(1), expansion);
            }
        }
    }

    /**
     * The run of capitalised words (up to eight, small joining words allowed between them) that ends just
     * before {@code end} of {@code text}, or null. Read word by word from the right, so the work is linear.
     */
    static String capitalisedWordsBefore(String text, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int runStart = -1;
        int capitals = 0;
        while (i > 0 && capitals < 8) {
            int wordEnd = i;
            while (i > 0 && isWordChar(text.charAt(i - 1))) {
                i--;
            }
            if (i == wordEnd) {
                break;
            }
            String word = text.substring(i, wordEnd);
            if (Character.isUpperCase(word.charAt(0)) && word.charAt(0) < 128) {
                runStart = i;
                capitals++;
            } else if (runStart < 0 || !JOINING.contains(word)) {
                break;
            }
            int gap = i;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == gap) {
                break;
            }
        }
        return runStart < 0 ? null : text.substring(runStart, end).strip();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /**
     * The shortest run of words at the end of {@code phrase} (for "(ACR)") or its start (for "ACR:")
     * whose initials, minor words skipped, spell the capitals of {@code acronym}; null when none does.
     */
    static String trimToInitials(String phrase, String acronym) {
        String caps = acronym.replaceAll("[^A-Z]", "");
        if (caps.length() < 2) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            words.add(w.group());
        }
        // "(ACR)" follows its expansion: try the last words
        for (int start = Math.max(0, words.size() - caps.length() * 2); start < words.size(); start++) {
            if (MINOR.contains(words.get(start).toLowerCase(Locale.ROOT))) {
                continue; // an expansion starts with a word of its own, not "with"
            }
            String initials = initials(words.subList(start, words.size()));
            if (initials.equals(caps)) {
                return String.join(" ", words.subList(start, words.size()));
            }
        }
        // "ACR: Expansion ...": try the first words
        for (int end = caps.length(); end <= Math.min(words.size(), caps.length() * 2); end++) {
            String initials = initials(words.subList(0, end));
            if (initials.equals(caps)) {
                return String.join(" ", words.subList(0, end));
            }
        }
        return null;
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            if (!MINOR.contains(word.toLowerCase(Locale.ROOT))) {
                sb.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return sb.toString();
    }

    /**
     * The acronyms and expansions {@code text} implies: for each acronym written in it, its
     * expansions; for each expansion written in it, its acronym. Space-separated, for the
     * {@code acronym} field.
     */
    String implied(String text) {
        StringBuilder out = new StringBuilder();
        String folded = fold(text);
        Set<String> words = new LinkedHashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(w.group());
        }
        for (Map.Entry<String, Set<String>> e : map.entrySet()) {
            String acronym = e.getKey();
            boolean written = acronym.length() <= 2 ? words.contains(acronym)
                    : words.stream().anyMatch(x -> x.equalsIgnoreCase(acronym) && !x.equals(x.toLowerCase(Locale.ROOT)));
            for (String expansion : e.getValue()) {
                if (written) {
                    out.append(expansion).append(' ');
                } else if (folded.contains(" " + fold(expansion).strip() + " ")
                        || folded.contains(" " + fold(expansion).strip() + "s ")) {
                    out.append(acronym).append(' ');
                    break;
                }
            }
        }
        return out.toString().strip();
    }

    private static String fold(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    }

    /** Acronym to expansions, for the index's record of what it knew. */
    public Map<String, Set<String>> asMap() {
        return map;
    }
}
