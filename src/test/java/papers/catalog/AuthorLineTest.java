package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorLineTest {
    @Test
    void namesWithInitialsParticlesAndEtAlAreAuthors() {
        assertThat(AuthorLine.parse("Ada Lovelace, Charles P. Babbage, Ludwig van Beethoven").orElseThrow().authors())
                .containsExactly("Ada Lovelace", "Charles P. Babbage", "Ludwig van Beethoven");
        AuthorLine etAl = AuthorLine.parse("Grace Hopper et al. arXiv.").orElseThrow();
        assertThat(etAl.authors()).containsExactly("Grace Hopper");
        assertThat(etAl.venue()).isEqualTo("arXiv");
        assertThat(AuthorLine.parse("Alan Turing (Some University) et al. NeurIPS 2023.").orElseThrow().authors())
                .containsExactly("Alan Turing");
    }

    @Test
    void proseVenuesAndDatesAreNotAuthors() {
        for (String text : List.of("a survey of routing methods", "NeurIPS 2024", "2024-09", "Introduce 4 challenges",
                "See the code", "")) {
            assertThat(AuthorLine.parse(text)).as(text).isEmpty();
        }
    }
}
