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
    void titlesThatOnlyLookDecoratedStayWhole() {
        // an emoji glued to the name is the paper's own; a title that is all brackets keeps them
        for (String t : List.of("✨Sparkle: Chats Across Images", "[Title in brackets]", "A (@ sign) title", "🔥")) {
            assertThat(Titles.clean(t)).isEqualTo(t);
        }
    }
}
