package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void decorationAShortNameInBracketsAndAHandleAreNotTheTitle() {
        assertThat(Titles.clean("🔥🔥🔥[QRT] Query Routing Transformers(@Some Lab)")).isEqualTo("Query Routing Transformers");
        assertThat(Titles.clean("🔥 Query Routing Transformers")).isEqualTo("Query Routing Transformers");
        assertThat(Titles.bracketedName("🔥[QRT] Query Routing Transformers")).isEqualTo("QRT");
    }

    @Test
    void theStopOrSemicolonAListEndsATitleWithIsNotTheTitle() {
        assertThat(Titles.withoutFinalStop("Query Routing Transformers.")).isEqualTo("Query Routing Transformers");
        assertThat(Titles.withoutFinalStop("Query Routing Transformers;")).isEqualTo("Query Routing Transformers");
        assertThat(Titles.clean("🔥🔥[QRT-8] QRT-8: Query Routing in Int8 (@Some Lab etc)")).isEqualTo("QRT-8: Query Routing in Int8");
        // an ellipsis, an abbreviation or an initial keeps its stop
        for (String t : List.of("Routing Is All You Need...", "Routers vs.", "Routing with Smith et al.", "Routing by J.")) {
            assertThat(Titles.withoutFinalStop(t)).isEqualTo(t);
        }
    }

    @Test
    void titlesThatOnlyLookDecoratedStayWhole() {
        // an emoji glued to the name is the paper's own; a title that is all brackets keeps them
        for (String t : List.of("✨Sparkle: Chats Across Images", "[Title in brackets]", "A (@ sign) title", "🔥")) {
            assertThat(Titles.clean(t)).isEqualTo(t);
        }
    }
}
