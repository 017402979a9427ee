package papers.cli;

import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code papers completion bash|zsh} prints the shell completion script, generated from the command
 * model; {@code papers complete tags|sections} (hidden) lists the catalog's tags or sections for it.
 */
@Command(name = "completion", hidden = true, description = "Print the bash or zsh completion script.")
final class CompletionCommand implements Callable<Integer> {
    private final Context ctx;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    CompletionCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String script = script(shell, ctx);
        ctx.out().print(script);
        ctx.out().flush();
        return ExitCode.OK.code();
    }

    /** The script for {@code shell}: picocli's bash script, with tags and sections read from the catalog. */
    static String script(String shell, Context ctx) {
        String bash = AutoComplete.bash("papers", Main.create(ctx));
        // --tag and --section complete from the catalog of the directory completion runs in
        bash = dynamic(bash, TagCandidates.TAGS, "tags");
        bash = dynamic(bash, TagCandidates.SECTIONS, "sections");
        return switch (shell) {
            case "bash" -> bash;
            case "zsh" -> "#compdef papers\n# zsh completion for papers: bash's, through bashcompinit.\n"
                    + "autoload -U +X compinit && compinit -u\nautoload -U +X bashcompinit && bashcompinit\n" + bash;
            default -> throw new UserException(ExitCode.USAGE, "SHELL: '" + shell + "' is not bash or zsh");
        };
    }

    private static String dynamic(String script, String marker, String what) {
        Matcher m = Pattern.compile("local (\\w+)=\\(\"" + Pattern.quote(marker) + "\"\\)").matcher(script);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            // a read loop rather than mapfile, which zsh lacks
            m.appendReplacement(sb, Matcher.quoteReplacement("local " + m.group(1) + "=(); local papers_line; "
                    + "while IFS= read -r papers_line; do " + m.group(1) + "+=(\"$papers_line\"); done "
                    + "< <(papers complete " + what + " 2>/dev/null)"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Stand-ins picocli writes into the script, replaced by calls of {@code papers complete}. */
    static final class TagCandidates implements Iterable<String> {
        static final String TAGS = "@papers-tags@";
        static final String SECTIONS = "@papers-sections@";

        @Override
        public Iterator<String> iterator() {
            return List.of(TAGS).iterator();
        }
    }

    /** The stand-in for sections. */
    static final class SectionCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(TagCandidates.SECTIONS).iterator();
        }
    }

    /** {@code papers complete tags|sections}: one per line, for completion scripts. */
    @Command(name = "complete", hidden = true, description = "List the catalog's tags or sections, one per line.")
    static final class Complete extends CatalogCommand implements Callable<Integer> {
        @Parameters(paramLabel = "WHAT", description = "tags or sections.")
        String what;

        Complete(Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            Catalog catalog = ctx.loadCatalog(global.catalog); // silent: a shell completing a word shows no notices
            TreeSet<String> out = new TreeSet<>();
            for (Entry e : catalog.entries()) {
                if (what.equals("tags")) {
                    out.addAll(e.tags());
                } else if (e.sectionPath() != null) {
                    out.add(e.section().get(e.section().size() - 1));
                }
            }
            out.forEach(out()::println);
            return ExitCode.OK.code();
        }
    }
}
