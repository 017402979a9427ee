package papers.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import papers.catalog.Entry;

/** BibTeX keys stay unique and short when many papers would take the same key. */
class BibtexKeysTest {
    private static final Pattern KEY = Pattern.compile("^@misc\\{([^,]+),", Pattern.MULTILINE);

    private static List<String> keys(int papers) {
        List<Entry> entries = IntStream.range(0, papers)
                .mapToObj(i -> Entry.builder("Scaling laws, part " + i, "README.md").authors(List.of("Ann Wang")).build())
                .toList();
        Matcher m = KEY.matcher(Exporter.BIBTEX.render(entries));
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void papersSharingAKeyGetLettersAfterIt() {
        List<String> keys = keys(30);
        assertThat(keys).hasSize(30).doesNotHaveDuplicates();
        assertThat(keys.get(0)).isEqualTo("wangscaling");
        assertThat(keys.subList(1, 4)).containsExactly("wangscalinga", "wangscalingb", "wangscalingc");
        assertThat(keys.subList(26, 30)).containsExactly("wangscalingz", "wangscalingaa", "wangscalingab", "wangscalingac");
    }

    @Test
    void tenThousandPapersOfOneKeyKeepShortKeys() {
        List<String> keys = keys(10_000);
        assertThat(keys).hasSize(10_000).doesNotHaveDuplicates();
        assertThat(keys).allSatisfy(k -> assertThat(k.length()).isLessThanOrEqualTo("wangscaling".length() + 3));
    }
}
