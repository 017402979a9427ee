package papers.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import papers.catalog.Entry;

/**
 * The export formats, each rendering a list of entries whole.
 *
 * <pre>{@code
 * String bib = Exporter.BIBTEX.render(catalog.entries());
 * }</pre>
 */
public enum Exporter {
    /** {@code @misc} records with arXiv's eprint fields, keys unique across the list. */
    BIBTEX {
        @Override
        public String render(List<Entry> entries) {
            return Bibtex.render(entries);
        }
    },
    /** An indented JSON array of {@link EntryMaps} objects. */
    JSON {
        @Override
        public String render(List<Entry> entries) {
            return write(JsonText.mapper(), entries) + System.lineSeparator();
        }
    },
    /** The same objects as a YAML sequence. */
    YAML {
        @Override
        public String render(List<Entry> entries) {
            return write(new ObjectMapper(new YAMLFactory()), entries);
        }
    },
    /** RFC 4180 CSV with a header row. */
    CSV {
        @Override
        public String render(List<Entry> entries) {
            return Csv.render(entries);
        }
    };

    /** {@code entries} in this format. */
    public abstract String render(List<Entry> entries);

    /** The name users give: {@code bibtex}, {@code json}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String write(ObjectMapper mapper, List<Entry> entries) {
        try {
            return mapper.writeValueAsString(entries.stream().map(EntryMaps::of).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
