package papers.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a catalog that names a work (paper, model, report, blog post).
 *
 * <p>Every field is as precise as the catalog gives it; a field the catalog does not give is null
 * (or empty, for lists and maps). {@code line} and {@code lastLine} are the 1-based lines the entry
 * spans in {@code file}, which is relative to the catalog root.
 */
public record Entry(
        String title,
        List<String> authors,
        ArxivId arxiv,
        String url,
        List<Link> links,
        String venue,
        EntryDate date,
        String doi,
        List<String> tags,
        List<String> section,
        Map<String, String> fields,
        String notes,
        String file,
        int line,
        int lastLine) {

    public Entry {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        links = List.copyOf(links);
        tags = List.copyOf(tags);
        section = List.copyOf(section);
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        Objects.requireNonNull(file, "file");
    }

    /** The heading path as one string, {@code "A / B"}, or null at the top of a file. */
    public String sectionPath() {
        return section.isEmpty() ? null : String.join(" / ", section);
    }

    public Optional<ArxivId> arxivId() {
        return Optional.ofNullable(arxiv);
    }

    /** A short stable name for the entry: its arXiv id, else the slug of its title. */
    public String key() {
        return arxiv != null ? arxiv.id() : Slugs.tag(title);
    }
}
