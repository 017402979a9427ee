package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTitleTest {
    @Test
    void theQuotesAndTheVenueAndYearAfterThemAreNotTheTitle() {
        QuotedTitle q = QuotedTitle.parse(": \"Sparse Routing for Vision Backbones\", ICCV, 2019 (").orElseThrow();
        assertThat(q.title()).isEqualTo("Sparse Routing for Vision Backbones");
        assertThat(q.venue()).isEqualTo("ICCV 2019");
        assertThat(q.date()).isEqualTo(EntryDate.parse("2019").orElseThrow());
        assertThat(QuotedTitle.parse("“Curly Quoted Title,” arXiv, 2024").orElseThrow().title()).isEqualTo("Curly Quoted Title");
        assertThat(QuotedTitle.parse("\"Only a Title\"").orElseThrow().venue()).isNull();
    }

    @Test
    void textThatDoesNotStartWithAQuoteIsNoQuotedTitle() {
        assertThat(QuotedTitle.parse("A plain title, ICCV, 2019")).isEmpty();
        assertThat(QuotedTitle.parse("\"12\"")).isEmpty();
        assertThat(QuotedTitle.parse("\"unclosed quote, ICCV 2019")).isEmpty();
    }
}
