package papers.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code papers}: the top command; its options are inherited by every subcommand. */
@Command(name = "papers",
        mixinStandardHelpOptions = true,
        versionProvider = PapersCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Search, browse, add to, curate, lint, import into and export awesome lists of research papers.",
        footer = {"", "Exit codes: 0 success, 1 nothing found or refused, 2 bad usage or input, 3 runtime failure.",
                "Run 'papers help COMMAND' for a command's options and examples."})
public final class PapersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The catalog: a Markdown file, a directory holding papers.yaml, or a directory of .md files. "
                    + "Default: $PAPERS_CATALOG, the nearest papers.yaml, the git repository's README.md, else the bundled catalog.")
    String catalog;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON (the same as --format json).")
    boolean json;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print more detail, and stack traces of errors.")
    boolean verbose;

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, defaultValue = "auto",
            description = "Colour and highlighting: ${COMPLETION-CANDIDATES} (default: auto, on a terminal unless NO_COLOR is set).")
    ColorMode color;

    /** When to colour output. */
    enum ColorMode { auto, always, never }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"papers " + version()};
        }
    }

    static String version() {
        String v = PapersCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
