package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WorksTest {
    static Entry entry(String title, String arxiv, String file, int line) {
        Entry.Builder b = Entry.builder(title, file).lines(line, line);
        if (arxiv != null) {
            b.arxiv(ArxivId.parse(arxiv).orElseThrow());
        }
        return b.build();
    }

    @Test
    void entriesSharingAnIdOrATitleWhoseIdsAgreeAreOneWork() {
        List<Works.Work> works = Works.of(List.of(
                entry("Query Routing Transformers.", "2401.00001v2", "a.md", 3),
                entry("Sparse Mixers", null, "a.md", 4),
                entry("QUERY ROUTING TRANSFORMERS", null, "b.md", 7),
                // known by the id only, and bringing a title of its own that a later entry has
                entry("QRT: Query Routing Transformers", "2401.00001", "c.md", 1),
                entry("QRT: query routing transformers", null, "d.md", 9)));
        assertThat(works).hasSize(2);
        assertThat(works.get(0).places()).extracting(Entry::file).containsExactly("a.md", "b.md", "c.md", "d.md");
        // the title most places give, then the best formed: mixed case over capitals, without the final stop
        assertThat(works.get(0).shownClean().title()).isEqualTo("QRT: Query Routing Transformers");
        assertThat(works.get(1).places()).extracting(Entry::title).containsExactly("Sparse Mixers");
    }

    @Test
    void titlesAlikeWithIdsThatDisagreeStayApart() {
        List<Works.Work> works = Works.of(List.of(
                entry("Speculative Decoding", "2401.00011", "a.md", 1),
                entry("Speculative Decoding", "2401.00012", "a.md", 2),
                entry("Speculative Decoding", "2401.00013", "b.md", 1)));
        assertThat(works).hasSize(3);
    }

    @Test
    @Timeout(60)
    void manyMergesCostLittleEach() {
        // each work begun twice, by its title and by its id under another title, then joined by an entry with both:
        // 100,000 merges, which moving every entry's work on each would make quadratic
        List<Entry> entries = new ArrayList<>();
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            entries.add(entry("Paper number " + k, null, "a.md", k));
        }
        for (int k = 0; k < n; k++) {
            entries.add(entry("Other title " + k, String.format("%02d%02d.%05d", 10 + k / 1_200_000, 1 + k / 100_000 % 12, k % 100_000), "b.md", k));
        }
        for (int k = 0; k < n; k++) {
            entries.add(entry("Paper number " + k, String.format("%02d%02d.%05d", 10 + k / 1_200_000, 1 + k / 100_000 % 12, k % 100_000), "c.md", k));
        }
        List<Works.Work> works = Works.of(entries);
        assertThat(works).hasSize(n);
        assertThat(works.get(7).places()).extracting(Entry::file).containsExactlyInAnyOrder("a.md", "b.md", "c.md");
        assertThat(works.get(7).places()).extracting(Entry::line).containsOnly(7);
    }
}
