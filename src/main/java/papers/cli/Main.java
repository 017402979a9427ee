package papers.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import papers.catalog.CatalogException;
import papers.curate.CurateException;
import papers.index.QueryException;
import picocli.CommandLine;

/** The entry point: a thin shell that builds the command line and maps failures to exit codes. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        int width = 0;
        try {
            width = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "0"));
        } catch (NumberFormatException ignored) {
            // no usable width: lines are not wrapped
        }
        int code;
        try {
            code = run(new Context(out, err, System.getenv(), Path.of("").toAbsolutePath(), tty, tty ? width : 0, System.in), args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            code = outOfResources(e, err);
            if (Arrays.asList(args).contains("--verbose")) {
                e.printStackTrace(err);
            }
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * One line for a JVM that ran out of heap or stack (picocli hands on errors that are not exceptions), and the
     * failure exit code (a file being written is safe: every write goes to a temporary file first).
     */
    static int outOfResources(Error e, PrintWriter err) {
        String what = e instanceof OutOfMemoryError
                ? String.format(Locale.ROOT, "out of memory (at most %,d MB of heap); give it more with PAPERS_JAVA_OPTS=-Xmx1g",
                        Runtime.getRuntime().maxMemory() >> 20)
                : "out of stack (the input nests too deeply); give it more with PAPERS_JAVA_OPTS=-Xss16m";
        err.println("papers: " + what);
        err.flush();
        return ExitCode.FAILURE.code();
    }

    /**
     * Runs one command line; tests call this with their own writers. {@code papers --version} alone is answered
     * without picocli: reading its annotations makes the JVM spin a proxy class per annotation type, most of the
     * command's start-up, for one line.
     */
    public static int run(Context ctx, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            ctx.out().println(new PapersCommand.Version().getVersion()[0]);
            return ExitCode.OK.code();
        }
        return create(ctx, args).execute(args);
    }

    /** Every subcommand, by name, in the order {@code papers --help} lists them. */
    private static final Map<String, Function<Context, Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("search", SearchCommand::new);
        COMMANDS.put("list", ListCommand::new);
        COMMANDS.put("show", ShowCommand::new);
        COMMANDS.put("similar", SimilarCommand::new);
        COMMANDS.put("tags", TagsCommand::new);
        COMMANDS.put("months", MonthsCommand::new);
        COMMANDS.put("add", AddCommand::new);
        COMMANDS.put("suggest", SuggestCommand::new);
        COMMANDS.put("update", UpdateCommand::new);
        COMMANDS.put("move", MoveCommand::new);
        COMMANDS.put("remove", RemoveCommand::new);
        COMMANDS.put("lint", LintCommand::new);
        COMMANDS.put("toc", TocCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("stats", StatsCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("index", IndexCommand::new);
        COMMANDS.put("hook", HookCommand::new);
        COMMANDS.put("init", InitCommand::new);
        COMMANDS.put("self-install", SelfInstallCommand::new);
        COMMANDS.put("completion", CompletionCommand::new);
        COMMANDS.put("complete", CompletionCommand.Complete::new);
    }

    /** The command line with every subcommand, writing to the context's streams. */
    public static CommandLine create(Context ctx) {
        return create(ctx, new String[0]);
    }

    /**
     * The command line for {@code args}: when they name a subcommand, only that one is built (picocli
     * reads every command's annotations when it is added, a tenth of a second for all of them); for
     * {@code --version} alone, none; otherwise every subcommand, for help and suggestions.
     */
    static CommandLine create(Context ctx, String[] args) {
        CommandLine cl = new CommandLine(new PapersCommand());
        cl.addSubcommand(new CommandLine.HelpCommand());
        List<String> named = commandNames(args);
        boolean helpWanted = args.length == 0 || Arrays.stream(args)
                .anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")
                        || a.startsWith("-h") && !a.startsWith("--") || a.equals("help"));
        boolean known = !named.isEmpty() && named.stream().allMatch(COMMANDS::containsKey);
        // papers --version needs no subcommand at all
        boolean versionOnly = args.length > 0 && Arrays.stream(args).allMatch(a -> a.equals("-V") || a.equals("--version"));
        for (Map.Entry<String, Function<Context, Object>> c : COMMANDS.entrySet()) {
            if (!versionOnly && (!known || named.contains(c.getKey()))) {
                CommandLine sub = new CommandLine(c.getValue().apply(ctx));
                // --help and --version on every command, as on papers itself (added only when asked
                // for: reading the mixin costs every command a few milliseconds of start-up)
                if (helpWanted || !known) {
                    sub.getCommandSpec().mixinStandardHelpOptions(true);
                    sub.getCommandSpec().versionProvider(new PapersCommand.Version());
                }
                cl.addSubcommand(c.getKey(), sub);
            }
        }
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, commandLine, ctx));
        cl.setParameterExceptionHandler((ex, badArgs) -> {
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
        } else if (ex instanceof CurateException c) {
            err.println("papers: " + Terminal.safe(c.getMessage()));
            code = switch (c.reason()) {
                case INVALID -> ExitCode.USAGE;
                case NOT_FOUND -> ExitCode.NOT_FOUND;
                case REFUSED -> ExitCode.REFUSED;
                case FAILED -> ExitCode.FAILURE;
            };
        } else if (ex instanceof QueryException q) {
            err.println("papers: query: " + q.getMessage());
            code = ExitCode.USAGE;
        } else if (ex instanceof CatalogException c) {
            err.println("papers: " + c.describe());
            code = ExitCode.USAGE;
        } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
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

    /** The subcommand {@code args} name (and, after {@code help}, the one it asks about); empty if none. */
    static List<String> commandNames(String[] args) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--catalog") || a.equals("--color")) {
                i++;
            } else if (!a.startsWith("-")) {
                if (a.equals("help")) {
                    if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                        names.add(args[i + 1]);
                    }
                    return names;
                }
                names.add(a);
                return names;
            }
        }
        return names;
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
