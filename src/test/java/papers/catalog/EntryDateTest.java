package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024|2024",
        "2024-09|2024-09",
        "2024.09|2024-09",
        "2024/9|2024-09",
        "2024-09-22|2024-09-22",
        "[2024.09.22]|2024-09-22",
        "Aug 29, 2024|2024-08-29",
        "Apr. 15, 2024|2024-04-15",
        "September 2023|2023-09",
        "Sept. 3, 2023|2023-09-03",
        "2023 May|2023-05",
        "2024年9月|2024-09",
        "(Sep., 29 2023)|2023-09-29",
        "(Jun 5, 2024)|2024-06-05",
        "18 Sep 2024|2024-09-18",
        "21 November 2022|2022-11-21",
        "23rd June 2026|2026-06-23",
        "1st May, 2023|2023-05-01",
    })
    void readsTheFormsCatalogsUse(String text, String expected) {
        assertThat(EntryDate.parse(text)).map(EntryDate::toString).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "May", "2024-13", "2024-02-40", "NeurIPS 2024", "12 monkeys"})
    void rejectsWhatIsNotADate(String text) {
        assertThat(EntryDate.parse(text)).isEmpty();
    }

    @Test
    void ordersByYearThenMonthThenDay() {
        assertThat(EntryDate.of(2024).compareTo(EntryDate.of(2024, 1))).isNegative();
        assertThat(new EntryDate(2024, 9, 2).compareTo(EntryDate.of(2024, 10))).isNegative();
        assertThat(EntryDate.of(2024, 9).within(EntryDate.of(2024))).isTrue();
        assertThat(EntryDate.of(2023, 12).within(EntryDate.of(2024))).isFalse();
    }
}
