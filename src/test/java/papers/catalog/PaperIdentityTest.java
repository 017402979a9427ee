package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PaperIdentityTest {
    @Test
    void theFinderAnswersAsFindDoesOverEveryEntry() {
        Random random = new Random(5);
        String[] titles = {"Visual Instruction Tuning", "visual instruction tuning.", "ReAct", "Speculative Decoding", "LLaVA"};
        for (int round = 0; round < 200; round++) {
            List<Entry> entries = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                entries.add(entry(random, titles, i));
            }
            var finder = PaperIdentity.finder(entries);
            for (int q = 0; q < 10; q++) {
                List<String> keys = PaperIdentity.keys(entry(random, titles, 0));
                assertThat(finder.apply(keys)).isEqualTo(PaperIdentity.find(entries, keys));
            }
        }
    }

    static Entry entry(Random random, String[] titles, int line) {
        Entry.Builder b = Entry.builder(titles[random.nextInt(titles.length)], "l.md").lines(line, line);
        if (random.nextBoolean()) {
            b.arxiv(ArxivId.parse("2304.0848" + random.nextInt(3)).orElseThrow());
        }
        if (random.nextInt(3) == 0) {
            b.doi("10.1/X" + random.nextInt(3));
        }
        return b.build();
    }
}
