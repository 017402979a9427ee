package papers.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import papers.catalog.Entry;
import papers.catalog.Works;
import papers.export.Exporter;
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

    @Option(names = "--unique", description = "Each work (paper, dataset, tool) once, however many places list it, "
            + "by its most common title.")
    boolean unique;

    ExportCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<Entry> entries = filters.select(catalog(), FilterOptions.Sort.catalog);
        if (unique) {
            entries = Works.of(entries).stream().map(Works.Work::shownClean).toList();
        }
        Exporter f = Exporter.valueOf(format(format, Format.json).name().toUpperCase(Locale.ROOT));
        try {
            f.write(entries, out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().flush();
        if (entries.isEmpty()) {
            // the empty document still goes out, so that a script reading it gets valid BibTeX, JSON, YAML or CSV
            err().println("papers: no entries match");
            return ExitCode.NOT_FOUND.code();
        }
        return ExitCode.OK.code();
    }
}
