package papers.cli;

import java.io.PrintWriter;
import papers.catalog.Catalog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand that reads a catalog shares: the global options and the catalog they name. */
abstract class CatalogCommand {
    final Context ctx;

    @ParentCommand
    PapersCommand global;

    @Spec
    CommandSpec spec;

    CatalogCommand(Context ctx) {
        this.ctx = ctx;
    }

    Catalog catalog() {
        return ctx.loadCatalog(global.catalog);
    }

    boolean json() {
        return global.json;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
