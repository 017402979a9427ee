package papers.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.concurrent.Callable;
import papers.catalog.Entry;
import papers.catalog.format.BibtexFormat;
import papers.catalog.format.CsvFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papers export}: the (filtered) catalog as BibTeX, JSON, YAML or CSV. */
@Command(name = "export",
        header = "Export as BibTeX, JSON, YAML or CSV.", description = "Export entries as BibTeX, JSON, YAML or CSV, with the filters of list.",
        footer = {"", "Examples:", "  papers export --format bibtex --tag hallucination > refs.bib",
            "  papers export --format csv --year 2024", "  papers export --format yaml --month 2024-09"})
final class ExportCommand extends CatalogCommand implements Callable<Integer> {
    /** Export formats. */
    enum Format { bibtex, json, yaml, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "bibtex",
            description = "bibtex (default), json, yaml or csv.")
    Format format;

    @Mixin
    FilterOptions filters;

    ExportCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<Entry> entries = ListCommand.select(catalog(), filters, ListCommand.Sort.catalog);
        Format f = json() ? Format.json : format;
        switch (f) {
            case bibtex -> out().print(BibtexFormat.render(entries));
            case csv -> out().print(CsvFormat.render(entries));
            case json -> Json.print(out(), entries.stream().map(EntryJson::of).toList());
            case yaml -> out().print(new ObjectMapper(new YAMLFactory())
                    .writeValueAsString(entries.stream().map(EntryJson::of).toList()));
        }
        out().flush();
        return entries.isEmpty() ? ExitCode.NOT_FOUND.code() : ExitCode.OK.code();
    }
}
