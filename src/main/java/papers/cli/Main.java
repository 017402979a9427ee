package papers.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import papers.catalog.CatalogException;
import picocli.CommandLine;

/** The entry point: a thin shell that builds the command line and maps failures to exit codes. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        int width = 0;
        try {
            width = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "0"));
        } catch (NumberFormatException ignored) {
            // no usable width: lines are not wrapped
        }
        int code = run(new Context(out, err, System.getenv(), Path.of("").toAbsolutePath(), tty, tty ? width : 0), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line; tests call this with their own writers. */
    public static int run(Context ctx, String... args) {
        return create(ctx).execute(args);
    }

    /** The command line with every subcommand, writing to the context's streams. */
    public static CommandLine create(Context ctx) {
        CommandLine cl = new CommandLine(new PapersCommand());
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.addSubcommand(new StatsCommand(ctx));
        cl.addSubcommand(new ShowCommand(ctx));
        cl.addSubcommand(new InitCommand(ctx));
        cl.addSubcommand(new SearchCommand(ctx));
        cl.addSubcommand(new IndexCommand(ctx));
        cl.addSubcommand(new ListCommand(ctx));
        cl.addSubcommand(new TagsCommand(ctx));
        cl.addSubcommand(new MonthsCommand(ctx));
        cl.addSubcommand(new ExportCommand(ctx));
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, commandLine, ctx));
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("papers: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE.code();
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine commandLine, Context ctx) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = commandLine.getParseResult() != null
                && commandLine.getParseResult().hasMatchedOption("--verbose")
                || isVerbose(commandLine);
        ExitCode code;
        if (ex instanceof UserException u) {
            err.println("papers: " + u.getMessage());
            code = u.exitCode();
        } else if (ex instanceof papers.index.QueryException q) {
            err.println("papers: query: " + q.getMessage());
            code = ExitCode.USAGE;
        } else if (ex instanceof CatalogException c) {
            err.println("papers: " + c.describe());
            code = ExitCode.USAGE;
        } else if (ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
            err.println("papers: " + ex.getMessage());
            code = ExitCode.FAILURE;
        } else {
            err.println("papers: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
            code = ExitCode.FAILURE;
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    private static boolean isVerbose(CommandLine cl) {
        for (CommandLine c = cl; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof PapersCommand p && p.verbose) {
                return true;
            }
        }
        return false;
    }

}
