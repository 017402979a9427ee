package papers.catalog;

import java.util.Objects;

/**
 * A link of an entry with its label as the catalog writes it ({@code Code}, {@code Paper}, a badge's
 * alt text, or the title itself for the title link), and the 1-based line and column of its target.
 */
public record Link(String label, String url, int line, int column) {
    public Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
