package papers.catalog.config;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.Unread;
import papers.catalog.format.EntryFormat;

/**
 * The {@code papers.yaml} that {@code papers init} writes for a folder of Markdown files: the files that hold
 * entries, each one's format, what was found in them (as comments), and the optional keys commented out.
 *
 * @param formats the format of each file with entries, in order (none: no file holds entries)
 * @param format the format of the file with the most entries
 * @param unreadLines lines with paper links that were not read as entries, in all files
 */
public record InitialConfig(String yaml, Map<String, EntryFormat> formats, EntryFormat format, int unreadLines) {
    public InitialConfig {
        formats = Collections.unmodifiableMap(new LinkedHashMap<>(formats));
    }

    /** The papers.yaml for {@code md}, the catalog of a folder's Markdown files. */
    public static InitialConfig of(Catalog md) {
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
            return new InitialConfig("", Map.of(), EntryFormat.OTHER, unreadLines);
        }
        y.append("\n# What was found:\n").append(sections).append(formatKeys(formats, format)).append(optionalKeys(md));
        return new InitialConfig(y.toString(), formats, format, unreadLines);
    }

    /** The format, or each file's when they differ: {@code link-bullet} or {@code per file: a.md table-row, b.md ...}. */
    public String formatSummary() {
        return new HashSet<>(formats.values()).size() <= 1 ? format.id() : "per file: " + formats.entrySet().stream()
                .map(f -> f.getKey() + " " + f.getValue().id()).collect(Collectors.joining(", "));
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
