package papers.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a catalog that names a work (paper, model, report, blog post).
 *
 * <p>Every field is as precise as the catalog gives it; a field the catalog does not give is null
 * (or empty, for lists and maps). {@code title} is the work's own title; {@code alias} is the short
 * name a list shows beside it ({@code **LR-Net**: "Local Relation Networks ..."}), or null.
 * {@code line} and {@code lastLine} are the 1-based lines the entry spans in {@code file}, which is
 * relative to the catalog root.
 *
 * <pre>{@code
 * Entry e = Entry.builder("Attention Is All You Need", "README.md").alias("Transformer").lines(12, 12).build();
 * }</pre>
 */
public record Entry(
        String title,
        String alias,
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
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Objects.requireNonNull(file, "file");
    }

    public static Builder builder(String title, String file) {
        return new Builder(title, file);
    }

    /** A builder that starts from this entry's fields. */
    public Builder toBuilder() {
        return new Builder(title, file).alias(alias).authors(authors).arxiv(arxiv).url(url).links(links).venue(venue)
                .date(date).doi(doi).tags(tags).section(section).fields(fields).notes(notes).lines(line, lastLine);
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

    /** Builds an {@link Entry}; every field but the title and the file is optional. */
    public static final class Builder {
        private String title;
        private String alias;
        private List<String> authors = List.of();
        private ArxivId arxiv;
        private String url;
        private List<Link> links = List.of();
        private String venue;
        private EntryDate date;
        private String doi;
        private List<String> tags = List.of();
        private List<String> section = List.of();
        private Map<String, String> fields = Map.of();
        private String notes;
        private String file;
        private int line;
        private int lastLine;

        private Builder(String title, String file) {
            this.title = title;
            this.file = file;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder alias(String alias) {
            this.alias = alias;
            return this;
        }

        public Builder authors(List<String> authors) {
            this.authors = new ArrayList<>(authors);
            return this;
        }

        public Builder arxiv(ArxivId arxiv) {
            this.arxiv = arxiv;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder links(List<Link> links) {
            this.links = new ArrayList<>(links);
            return this;
        }

        public Builder venue(String venue) {
            this.venue = venue;
            return this;
        }

        public Builder date(EntryDate date) {
            this.date = date;
            return this;
        }

        public Builder doi(String doi) {
            this.doi = doi;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = new ArrayList<>(tags);
            return this;
        }

        public Builder section(List<String> section) {
            this.section = new ArrayList<>(section);
            return this;
        }

        public Builder fields(Map<String, String> fields) {
            this.fields = new LinkedHashMap<>(fields);
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder file(String file) {
            this.file = file;
            return this;
        }

        /** The first and last line (1-based) the entry spans. */
        public Builder lines(int line, int lastLine) {
            this.line = line;
            this.lastLine = lastLine;
            return this;
        }

        public Entry build() {
            return new Entry(title, alias, authors, arxiv, url, links, venue, date, doi, tags, section, fields, notes, file,
                    line, lastLine);
        }
    }
}
