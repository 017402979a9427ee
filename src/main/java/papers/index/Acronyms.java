package papers.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        lookup = null;
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
     * {@code acronym} field, in the order the acronyms were learnt. The work grows with the words of
     * {@code text}, not with how many acronyms the catalog defines: both are looked up by word.
     */
    String implied(String text) {
        Lookup lookup = lookup();
        String folded = fold(text);
        Set<String> words = new LinkedHashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(w.group());
        }
        // acronym ordinal -> true when written (its expansions follow), false when an expansion was
        TreeMap<Integer, Boolean> hits = new TreeMap<>();
        for (String x : words) {
            for (Known k : lookup.byLower.getOrDefault(x.toLowerCase(Locale.ROOT), List.of())) {
                if (k.acronym.length() <= 2 ? x.equals(k.acronym) : !x.equals(x.toLowerCase(Locale.ROOT))) {
                    hits.put(k.ordinal, true);
                }
            }
        }
        String[] tokens = folded.strip().split(" ");
        for (int i = 0; i < tokens.length; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 1; n <= lookup.longest && i + n <= tokens.length; n++) {
                phrase.append(n == 1 ? "" : " ").append(tokens[i + n - 1]);
                expanded(lookup.byPhrase.get(phrase.toString()), hits);
                if (!phrase.isEmpty() && phrase.charAt(phrase.length() - 1) == 's') {
                    expanded(lookup.byPhrase.get(phrase.substring(0, phrase.length() - 1)), hits);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        hits.forEach((ordinal, written) -> {
            Known k = lookup.known.get(ordinal);
            if (written) {
                map.get(k.acronym).forEach(x -> out.append(x).append(' '));
            } else {
                out.append(k.acronym).append(' ');
            }
        });
        return out.toString().strip();
    }

    /** Marks the acronyms of an expansion found in the text, unless already written there. */
    private static void expanded(List<Known> of, Map<Integer, Boolean> hits) {
        if (of != null) {
            of.forEach(k -> hits.putIfAbsent(k.ordinal, false));
        }
    }

    /** An acronym with its place in the order it was learnt. */
    private record Known(String acronym, int ordinal) {}

    /**
     * The acronyms by their lower-cased spelling and by each expansion, folded ({@code mixture of experts}), and the
     * most words an expansion has.
     */
    private record Lookup(List<Known> known, Map<String, List<Known>> byLower, Map<String, List<Known>> byPhrase, int longest) {}

    private Lookup lookup;

    private Lookup lookup() {
        if (lookup == null) {
            List<Known> known = new ArrayList<>();
            Map<String, List<Known>> byLower = new HashMap<>();
            Map<String, List<Known>> byPhrase = new HashMap<>();
            int longest = 0;
            for (Map.Entry<String, Set<String>> e : map.entrySet()) {
                Known k = new Known(e.getKey(), known.size());
                known.add(k);
                byLower.computeIfAbsent(k.acronym.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(k);
                for (String x : e.getValue()) {
                    String f = fold(x).strip();
                    if (!f.isEmpty()) {
                        byPhrase.computeIfAbsent(f, y -> new ArrayList<>()).add(k);
                        longest = Math.max(longest, f.split(" ").length);
                    }
                }
            }
            lookup = new Lookup(known, byLower, byPhrase, longest);
        }
        return lookup;
    }

    private static String fold(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    }

    /** Acronym to expansions, for the index's record of what it knew. */
    public Map<String, Set<String>> asMap() {
        return map;
    }
}
