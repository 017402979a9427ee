package papers.arxiv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.ArxivId;

/**
 * A paper's metadata as the arXiv API gives it: whitespace collapsed, dates as {@code YYYY-MM-DD}.
 * {@code published} is the date of version 1; {@code version} the latest version's number.
 */
public record ArxivPaper(ArxivId id, int version, String title, String summary, List<String> authors,
        String published, String updated, String primaryCategory, String comment, String journalRef, String doi) {
    public ArxivPaper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
    }

    /** The first GitHub URL in the comment ("Code: https://github.com/..."), or null. */
    @JsonIgnore
    public String githubUrl() {
        if (comment == null) {
            return null;
        }
        Matcher m = Pattern.compile("https?://github\\.com/[\\w.-]+/[\\w.-]+").matcher(comment);
        return m.find() ? m.group().replaceAll("[.]+$", "") : null;
    }
}
