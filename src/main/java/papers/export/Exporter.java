package papers.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import papers.catalog.Entry;

/**
 * The export formats, each writing a list of entries one at a time, so that the output of a big catalog is never
 * held whole in memory.
 *
 * <pre>{@code
 * Exporter.BIBTEX.write(catalog.entries(), out);
 * }</pre>
 */
public enum Exporter {
    /** {@code @misc} records with arXiv's eprint fields, keys unique across the list. */
    BIBTEX {
        @Override
        public void write(List<Entry> entries, Writer out) throws IOException {
            Bibtex.write(entries, out);
        }
    },
    /** An indented JSON array of {@link EntryMaps} objects. */
    JSON {
        @Override
        public void write(List<Entry> entries, Writer out) throws IOException {
            sequence(JsonText.mapper(), entries, out);
            out.append(System.lineSeparator());
        }
    },
    /** The same objects as a YAML sequence. */
    YAML {
        @Override
        public void write(List<Entry> entries, Writer out) throws IOException {
            sequence(new ObjectMapper(new YAMLFactory()), entries, out);
        }
    },
    /** RFC 4180 CSV with a header row. */
    CSV {
        @Override
        public void write(List<Entry> entries, Writer out) throws IOException {
            Csv.write(entries, out);
        }
    };

    /** Writes {@code entries} in this format to {@code out}, which is left open. */
    public abstract void write(List<Entry> entries, Writer out) throws IOException;

    /** {@code entries} in this format, as one string (for small lists). */
    public String render(List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            write(entries, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The name users give: {@code bibtex}, {@code json}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static void sequence(ObjectMapper mapper, List<Entry> entries, Writer out) throws IOException {
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (SequenceWriter seq = mapper.writer().writeValues(out).init(true)) {
            for (Entry e : entries) {
                seq.write(EntryMaps.of(e));
            }
        }
    }
}
