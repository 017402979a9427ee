package papers.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentsTest {
    /** What compact words were before the one-pass scan: the pattern, each match with its joiners taken out. */
    static String byPattern(String text) {
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+(?:[-_.+/][\\p{L}\\p{N}]+)+|\\p{L}+\\p{N}+\\p{L}*|\\p{N}+\\p{L}+").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append(m.group().replaceAll("[-_.+/]", "")).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void compactWordsAreThePatternsInOnePass() {
        Random random = new Random(11);
        String[] pieces = {"a", "Qwen", "2", "VL", "-", "_", ".", "+", "/", " ", "x1", "7b", "\u00e9", "\u2163", "\u00bd", "\ud835\udc00",
            ":", "GPT", "4o", "--"};
        for (int round = 0; round < 30_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(Documents.compact(text)).as(text).isEqualTo(byPattern(text));
        }
        assertThat(Documents.compact("Qwen2-VL: LLaVA-1.5 and GPT-4o vs YOLOv8")).isEqualTo("Qwen2VL LLaVA15 GPT4o YOLOv8");
    }

    @Test
    void aTitleOfTwoMegabytesIsCompactedInLinearTime() {
        String title = "Wordy ".repeat(350_000) + "a-b ".repeat(100_000);
        String out = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Documents.compact(title));
        assertThat(out).startsWith("ab ab").hasSize(300_000 - 1);
    }
}
