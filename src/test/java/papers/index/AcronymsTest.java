package papers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcronymsTest {
    static Map<String, Set<String>> learned(String title) {
        Acronyms a = Acronyms.of(List.of(), Map.of());
        a.learn(title);
        return a.asMap();
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
}
