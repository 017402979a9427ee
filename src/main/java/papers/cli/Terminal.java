package papers.cli;

import java.util.regex.Pattern;

/**
 * Makes text from a catalog or from arXiv safe to print: every control character (C0 and C1: ESC,
 * CR, BEL, newlines...) becomes a space, so no title can move the cursor or restyle the terminal.
 */
final class Terminal {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private Terminal() {}

    static String safe(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }
}
