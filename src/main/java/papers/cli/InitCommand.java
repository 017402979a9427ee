package papers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import papers.catalog.Catalog;
import papers.catalog.config.CatalogLocator;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.Unread;
import papers.catalog.edit.AtomicFile;
import papers.catalog.format.EntryFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papers init}: writes a commented papers.yaml describing an existing list. */
@Command(name = "init",
        header = "Write a papers.yaml for an existing list.",
        description = "Write a commented papers.yaml for an existing list, with the files, formats and sections found.",
        footer = {"", "Examples:", "  papers init                 # the .md files of this directory",
                "  papers init ~/src/awesome-mllm", "  papers init --force         # replace an existing papers.yaml"})
final class InitCommand extends CatalogCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The list's directory (default: the working directory).")
    String dir;

    @Option(names = "--force", description = "Replace an existing papers.yaml.")
    boolean force;

    InitCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws IOException {
        Path target = ctx.workingDir().resolve(dir == null ? "." : dir).normalize();
        if (!Files.isDirectory(target)) {
            throw new UserException(ExitCode.USAGE, "DIR: '" + dir + "' is not a directory");
        }
        Path config = target.resolve(CatalogLocator.CONFIG);
        if (Files.exists(config) && !force) {
            throw new UserException(ExitCode.REFUSED, config + " exists already; use --force to replace it");
        }
        Catalog md = new CatalogLocator(ctx.env(), ctx.workingDir()).loadMarkdownDir(target);
        StringBuilder y = new StringBuilder();
        y.append("# papers.yaml: written by 'papers init'. Every key is optional; see README's papers.yaml reference.\n");
        y.append("\n# The Markdown files that hold the catalog, relative to this file.\nfiles:\n");
        EntryFormat format = EntryFormat.OTHER;
        int best = -1;
        int unreadLines = 0;
        StringBuilder sections = new StringBuilder();
        Map<String, EntryFormat> formats = new LinkedHashMap<>();
        for (ParsedFile f : md.files()) {
            List<Unread.Item> unread = Unread.items(f);
            unreadLines += unread.size();
            if (f.entries().isEmpty()) {
                continue;
            }
            y.append("  - ").append(f.source().path()).append('\n');
            EntryFormat ff = EntryFormat.dominant(f, f.entries());
            formats.put(f.source().path(), ff);
            if (f.entries().size() > best) {
                best = f.entries().size();
                format = ff;
            }
            sections.append(found(f, ff, unread.size()));
        }
        if (best < 0) {
            throw new UserException(ExitCode.NOT_FOUND, "no entries found in the Markdown files of " + target
                    + (unreadLines == 0 ? "" : " (" + unreadLines + " lines with paper links were not read: papers stats --unread"
                    + " --catalog " + target + " lists them)"));
        }
        y.append("\n# What was found:\n").append(sections).append(formatKeys(formats, format)).append(optionalKeys(md));
        AtomicFile.write(config, y.toString().getBytes(StandardCharsets.UTF_8));
        out().println("wrote " + config + " (" + md.entries().size() + " entries, format "
                + (new HashSet<>(formats.values()).size() <= 1 ? format.id() : "per file: " + formats.entrySet().stream()
                        .map(f -> f.getKey() + " " + f.getValue().id()).collect(Collectors.joining(", "))) + ")");
        return ExitCode.OK.code();
    }

    /** The comment that says what a file holds: its entries, format, unread lines and sections. */
    private static String found(ParsedFile f, EntryFormat format, int unread) {
        StringBuilder sb = new StringBuilder("#   ").append(f.source().path()).append(": ").append(f.entries().size())
                .append(" entries, format ").append(format.id());
        if (unread > 0) {
            sb.append(", ").append(unread).append(" more lines with paper links not read (papers stats --unread)");
        }
        sb.append('\n');
        Set<String> names = new LinkedHashSet<>();
        for (Entry e : f.entries()) {
            names.add(e.sectionPath() == null ? "(top)" : e.sectionPath());
        }
        for (String n : names) {
            sb.append("#     - ").append(n).append('\n');
        }
        return sb.toString();
    }

    /** {@code format:} when every file has one format, else {@code formats:} with each file's own. */
    private static String formatKeys(Map<String, EntryFormat> formats, EntryFormat main) {
        StringBuilder y = new StringBuilder();
        if (new HashSet<>(formats.values()).size() <= 1) {
            y.append("\n# The contribution format new entries are written in (").append(main.shape()).append(").\n");
            y.append("format: ").append(main.id()).append('\n');
        } else {
            y.append("\n# The contribution format new entries of each file are written in.\nformats:\n");
            formats.forEach((file, f) -> y.append("  ").append(yamlKey(file)).append(": ").append(f.id())
                    .append("   # ").append(f.shape()).append('\n'));
        }
        return y.toString();
    }

    /** The keys left at their defaults, commented out, with an example each. */
    private static String optionalKeys(Catalog md) {
        return "\n# Where 'papers add' puts a paper it cannot place by topic or date.\n# default-section: " + defaultSection(md) + "\n"
                + "\n# Other names for tags, used by 'papers list --tag': alias: tag-slug\n# tag-aliases:\n#   rlhf: alignment-with-human-preference\n"
                + "\n# Search synonyms, in addition to acronyms the catalog spells out itself.\n# synonyms:\n#   DPO: [Direct Preference Optimization]\n"
                + "\n# The arXiv API, for 'papers add --arxiv' (PAPERS_ARXIV_API overrides it).\n# arxiv:\n#   api: http://export.arxiv.org/api/query\n";
    }

    /** A file name as a YAML key: quoted when YAML would read it otherwise. */
    private static String yamlKey(String file) {
        return file.matches("[A-Za-z0-9_./-]+") ? file : "\"" + file.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String defaultSection(Catalog c) {
        List<Entry> entries = c.entries();
        return entries.stream().map(Entry::sectionPath).filter(s -> s != null)
                .reduce((a, b) -> a).orElse("Papers");
    }
}
