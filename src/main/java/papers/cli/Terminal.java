package papers.cli;

import java.util.regex.Pattern;

/** Makes text from a catalog or from arXiv safe to print: no escape sequences, no carriage returns. */
final class Terminal {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u0080-\\u009f&&[^\\n]]|\\n");

    private Terminal() {}

    static String safe(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }
}
