package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A table header means one thing to reading and writing. */
class ColumnTest {
    @Test
    void headersInEnglishAndChineseBoldOrNotHaveOneMeaning() {
        assertThat(Column.of("Publication Venue")).isEqualTo(Column.VENUE);
        assertThat(Column.of("会议")).isEqualTo(Column.VENUE);
        assertThat(Column.of("**Paper**")).isEqualTo(Column.TITLE);
        assertThat(Column.of(" Name ")).isEqualTo(Column.NAME);
        assertThat(Column.of("Year")).isEqualTo(Column.YEAR);
        assertThat(Column.of("Release Date")).isEqualTo(Column.DATE);
        assertThat(Column.of("作者")).isEqualTo(Column.AUTHORS);
        assertThat(Column.of("Github")).isEqualTo(Column.CODE);
        assertThat(Column.of("Backbone")).isEqualTo(Column.OTHER);
    }
}
