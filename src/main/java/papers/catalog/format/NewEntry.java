package papers.catalog.format;

import java.util.List;
import java.util.Objects;
import papers.catalog.ArxivId;
import papers.catalog.EntryDate;

/**
 * A paper about to be written into a catalog: from arXiv or typed by hand. Any field but the title
 * may be null (or empty).
 */
public record NewEntry(String title, List<String> authors, ArxivId arxiv, String url, String code, String venue,
        EntryDate date, String doi, String note, String summary, List<String> tags) {
    public NewEntry {
        Objects.requireNonNull(title, "title");
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
