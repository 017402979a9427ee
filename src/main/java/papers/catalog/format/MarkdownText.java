package papers.catalog.format;

/** Escaping of text written into Markdown, so that no title or note can break the list around it. */
public final class MarkdownText {
    private MarkdownText() {}

    /** Escapes inline Markdown syntax and folds line breaks and control characters to spaces. */
    public static String escape(String text) {
        String s = text.replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").strip();
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Text inside {@code [...]} of a link. */
    public static String escapeLinkText(String text) {
        return escape(text);
    }

    /** A link target inside {@code (...)}: spaces and parentheses percent-encoded. */
    public static String escapeUrl(String url) {
        return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }
}
