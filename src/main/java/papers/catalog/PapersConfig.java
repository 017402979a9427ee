package papers.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings of a catalog, read from its {@code papers.yaml} by {@link ConfigLoader}: which files
 * hold the catalog, the contribution format new entries take (one for all, or one per file under
 * {@code formats:}), tag aliases, search synonyms, and
 * settings for the other commands. Every key is optional. {@code files:} name files inside the catalog's folder
 * unless {@code files-outside: true}: a cloned repository's papers.yaml is not to be trusted with other paths.
 */
public record PapersConfig(
        String title,
        List<String> files,
        String format,
        Map<String, String> formats,
        @JsonProperty("default-section") String defaultSection,
        @JsonProperty("tag-aliases") Map<String, String> tagAliases,
        Map<String, List<String>> synonyms,
        Arxiv arxiv,
        Lint lint,
        Suggest suggest,
        @JsonProperty("files-outside") Boolean filesOutside) {

    public PapersConfig {
        files = files == null ? List.of() : List.copyOf(files);
        formats = formats == null ? Map.of() : Map.copyOf(formats);
        tagAliases = tagAliases == null ? Map.of() : Map.copyOf(tagAliases);
        synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
        arxiv = arxiv == null ? new Arxiv(null, null) : arxiv;
        lint = lint == null ? new Lint(null, null, null, null) : lint;
        suggest = suggest == null ? new Suggest(null) : suggest;
    }

    /** No {@code papers.yaml}: every setting at its default. */
    public static PapersConfig defaults() {
        return new PapersConfig(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** True when papers.yaml lets {@code files:} name files outside the catalog's folder. */
    public boolean readsFilesOutside() {
        return Boolean.TRUE.equals(filesOutside);
    }

    /** The format new entries of {@code file} take: its own under {@code formats:}, else {@code format:}, else null. */
    public String formatOf(String file) {
        return formats.getOrDefault(file, format);
    }

    /** {@code arxiv:} the API base URL and the pause between requests. */
    public record Arxiv(String api, @JsonProperty("interval-ms") Integer intervalMs) {}

    /** {@code suggest:} the arXiv categories whose new submissions {@code papers suggest} reads ({@code cs.CV}, ...). */
    public record Suggest(List<String> categories) {
        private static final Pattern CATEGORY = Pattern.compile("[a-z-]+(\\.[A-Za-z-]+)?");

        public Suggest {
            categories = categories == null ? List.of() : List.copyOf(categories);
            for (String c : categories) {
                if (c == null || !CATEGORY.matcher(c).matches()) {
                    throw new IllegalArgumentException("suggest.categories: '" + c + "' is not an arXiv category (cs.CV, hep-th, ...)");
                }
            }
        }

        /** True when {@code name} is written as an arXiv category is. */
        public static boolean isCategory(String name) {
            return CATEGORY.matcher(name).matches();
        }
    }

    /**
     * {@code lint:}: a severity per rule, URL patterns to ignore, the arXiv link form, and what the pre-commit
     * hook reports: {@code changed} (the default: findings on the lines the commit changes) or {@code all}.
     */
    public record Lint(Map<String, String> rules, List<String> ignore, @JsonProperty("arxiv-form") String arxivForm,
            String hook) {
        public Lint {
            rules = rules == null ? Map.of() : Map.copyOf(rules);
            ignore = ignore == null ? List.of() : List.copyOf(ignore);
            if (hook != null && !hook.equals("changed") && !hook.equals("all")) {
                throw new IllegalArgumentException("lint.hook: '" + hook + "' is not changed or all");
            }
        }

        /** True unless papers.yaml says {@code hook: all}. */
        public boolean hookChangedOnly() {
            return !"all".equals(hook);
        }
    }
}
