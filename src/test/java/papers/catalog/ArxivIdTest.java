package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTest {

    @ParameterizedTest
    @CsvSource({
        "2409.12191, 2409.12191",
        "2409.12191v2, 2409.12191",
        "arXiv:2409.12191, 2409.12191",
        "ARXIV: 2409.12191v3, 2409.12191",
        "1501.0001, 1501.0001",
        "https://arxiv.org/abs/2409.12191, 2409.12191",
        "https://arxiv.org/pdf/2409.12191v1, 2409.12191",
        "https://arxiv.org/pdf/2409.12191v1.pdf, 2409.12191",
        "http://www.arxiv.org/abs/2408.10433, 2408.10433",
        "https://export.arxiv.org/abs/2408.10433v4, 2408.10433",
        "https://arxiv.org/html/2412.13303v1, 2412.13303",
        "https://arxiv.org/abs/2409.12191#section, 2409.12191",
        "https://huggingface.co/papers/2409.02889, 2409.02889",
        "hep-th/9901001, hep-th/9901001",
        "hep-th/9901001v2, hep-th/9901001",
        "math.GT/0309136, math/0309136",
        "arXiv:math.GT/0309136, math/0309136",
        "https://arxiv.org/abs/hep-th/9901001v2, hep-th/9901001",
        "https://browse.arxiv.org/abs/2309.00004, 2309.00004",
        "https://web3.arxiv.org/pdf/2309.00005v2, 2309.00005",
        "https://doi.org/10.48550/arXiv.2309.00003, 2309.00003",
        "10.48550/arXiv.2309.00003, 2309.00003",
        "doi:10.48550/ARXIV.2309.00003, 2309.00003",
    })
    void normalisesEveryFormToTheVersionlessId(String input, String expected) {
        assertThat(ArxivId.parse(input)).map(ArxivId::id).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2409", "12345.6789", "https://github.com/a/b", "arxiv.org", "2409.123", "doi:10.1/x",
        "https://doi.org/10.48550/arXiv.notanid", "2415.12345", "https://arxiv.org/abs/2400.00001", "hep-th/9915123",
        "arXiv:2413.00001"})
    void rejectsWhatIsNotAnId(String input) {
        assertThat(ArxivId.parse(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2409.12191, 2024-09", "1706.03762, 2017-06", "hep-th/9901001, 1999-01", "math/0309136, 2003-09"})
    void knowsTheMonthAnIdWasIssued(String id, String month) {
        assertThat(ArxivId.parse(id).orElseThrow().month().toString()).isEqualTo(month);
    }

    @Test
    void anIdOfNoRealMonthHasItsYearOnlyAndIsNotReadFromALink() {
        assertThat(new ArxivId("2415.12345").month()).isEqualTo(EntryDate.of(2024));
        List<Entry> entries = new CatalogParser().parse(new SourceFile("l.md",
                "## A\n\n- [Typo](https://arxiv.org/abs/2415.12345)\n- [Fine](https://arxiv.org/abs/2401.00001)\n")).entries();
        assertThat(entries).extracting(Entry::arxiv).containsExactly(null, new ArxivId("2401.00001"));
    }

    @Test
    void findsAnIdMarkedAsArxivInText() {
        assertThat(ArxivId.findInText("**Title**. arXiv:2305.01278. ICML 2023.")).map(ArxivId::id).contains("2305.01278");
        assertThat(ArxivId.findInText("see 2305.01278 for details")).isEmpty();
    }
}
