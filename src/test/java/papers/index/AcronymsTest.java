package papers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import papers.catalog.CatalogParser;
import papers.catalog.CatalogReader;
import papers.catalog.Entry;

class AcronymsTest {
    static Map<String, Set<String>> learned(String title) {
        Acronyms a = Acronyms.of(List.of(), Map.of());
        a.learn(title);
        return a.asMap();
    }

    @Test
    void aTextWithoutWordsImpliesNothing() {
        Acronyms a = Acronyms.of(List.of(Entry.builder("Group Relative Policy Optimization (GRPO)", "f.md").lines(1, 1).build()),
                Map.of());
        assertThat(a.implied("🔥 — !!")).isEmpty();
        assertThat(a.implied("")).isEmpty();
        assertThat(a.implied("scaling group relative policy optimization")).isEqualTo("GRPO");
    }

    @Test
    void aTitleThatSpellsOutItsAcronymTeachesIt() {
        assertThat(learned("Training Models with Group Relative Policy Optimization (GRPO) at Scale").get("GRPO"))
                .containsExactly("Group Relative Policy Optimization");
        assertThat(learned("Sparse Mixture-of-Experts Routing (SMoER)").get("SMoER"))
                .containsExactly("Sparse Mixture of Experts Routing");
        assertThat(learned("Efficient Supervised Fine-tuning (ESFT) for Vision").get("ESFT"))
                .containsExactly("Efficient Supervised Fine tuning");
        assertThat(learned("Learning Transferable Visual Models (LTVM)").get("LTVM"))
                .containsExactly("Learning Transferable Visual Models");
        // words in lower case are no expansion
        assertThat(learned("we study visual instruction set tuning (VIST)")).doesNotContainKey("VIST");
    }

    @Test
    void hostileTitlesAreReadInLinearTime() {
        String[] hostile = {
            "A-".repeat(5_000) + " (AB)",
            "A ".repeat(50_000) + "(AB)",
            "Aa of ".repeat(20_000) + "(AB)",
            "(AB)".repeat(20_000),
            "X".repeat(2_000_000),
        };
        for (String title : hostile) {
            long t0 = System.nanoTime();
            Acronyms.of(List.of(), Map.of()).learn(title);
            assertThat((System.nanoTime() - t0) / 1_000_000).as(title.substring(0, 12)).isLessThan(2_000);
        }
    }

    /** implied() as it was first written: every acronym and expansion tried on every text (quadratic in all). */
    static String impliedByScan(Acronyms a, String text) {
        StringBuilder out = new StringBuilder();
        String folded = fold(text);
        Set<String> words = new LinkedHashSet<>();
        Matcher w = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        while (w.find()) {
            words.add(w.group());
        }
        for (Map.Entry<String, Set<String>> e : a.asMap().entrySet()) {
            String acronym = e.getKey();
            boolean written = acronym.length() <= 2 ? words.contains(acronym)
                    : words.stream().anyMatch(x -> x.equalsIgnoreCase(acronym) && !x.equals(x.toLowerCase(Locale.ROOT)));
            for (String expansion : e.getValue()) {
                if (written) {
                    out.append(expansion).append(' ');
                } else if (folded.contains(" " + fold(expansion).strip() + " ") || folded.contains(" " + fold(expansion).strip() + "s ")) {
                    out.append(acronym).append(' ');
                    break;
                }
            }
        }
        return out.toString().strip();
    }

    static String fold(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    }

    @Test
    void lookingUpByWordImpliesWhatTryingEveryAcronymDid() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path dir : List.of(Path.of("data"), Path.of("..", "shared", "seeds"), Path.of("..", "shared", "corpus", "lists"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                        entries.addAll(new CatalogParser().parse(CatalogReader.read(p, p.getFileName().toString())).entries());
                    }
                }
            }
        }
        assertThat(entries).hasSizeGreaterThan(50);
        Acronyms a = Acronyms.of(entries, Map.of("KV", List.of("Key-Value Cache", "key value")));
        int implying = 0;
        // every entry teaches; every fifth is checked against the scan, which is slow by design
        for (int i = 0; i < entries.size(); i += 5) {
            Entry e = entries.get(i);
            String text = e.title() + " " + (e.notes() == null ? "" : e.notes());
            String got = a.implied(text);
            assertThat(got).as(text).isEqualTo(impliedByScan(a, text));
            implying += got.isEmpty() ? 0 : 1;
        }
        assertThat(implying).as("texts that imply an acronym").isGreaterThan(5);
        assertThat(a.implied("Plural Vision Transformers and kv stores")).contains("ViT").doesNotContain("Key-Value");
    }
}
