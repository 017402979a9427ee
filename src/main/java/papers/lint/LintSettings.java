package papers.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import papers.catalog.CatalogSource;
import papers.catalog.config.ConfigLoader;
import papers.catalog.PapersConfig;
import papers.lint.checks.Rule;
import papers.lint.checks.Severity;

/**
 * Lint settings from papers.yaml's {@code lint:}: a severity per rule, URL patterns to ignore (regular
 * expressions, or globs with {@code *}), and the arXiv link form ({@code abs}, {@code pdf}, {@code any};
 * default: the form a file mostly uses).
 */
public final class LintSettings {
    private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
    private final List<Pattern> ignore;
    private final String arxivForm;

    private LintSettings(Map<Rule, Severity> overrides, List<Pattern> ignore, String arxivForm) {
        for (Rule r : Rule.values()) {
            severities.put(r, overrides.getOrDefault(r, r.defaultSeverity()));
        }
        this.ignore = List.copyOf(ignore);
        this.arxivForm = arxivForm;
    }

    public static LintSettings defaults() {
        return new LintSettings(Map.of(), List.of(), null);
    }

    /** The settings of {@code source}'s papers.yaml; an unknown rule or severity is an error naming its line. */
    public static LintSettings of(CatalogSource source) {
        return of(source.config().lint(), source.configFile() == null ? "papers.yaml" : source.configFile().path(),
                rule -> ruleLine(source, rule));
    }

    /** The line of papers.yaml on which {@code lint.rules.RULE} is written, or 0. */
    private static int ruleLine(CatalogSource source, String rule) {
        CatalogSource.File config = source.configFile();
        if (config == null || config.file() == null) {
            return 0;
        }
        try {
            return ConfigLoader.lineOf(Files.readString(config.file(), StandardCharsets.UTF_8), "lint", "rules", rule);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The settings of {@code lint}; an unknown rule or severity is an error naming it. */
    public static LintSettings of(PapersConfig.Lint lint, String configPath) {
        return of(lint, configPath, rule -> 0);
    }

    /**
     * As {@link #of(PapersConfig.Lint, String)}, with {@code lineOfRule} giving the line of papers.yaml each rule's
     * key is written on (0: unknown), for the error.
     */
    public static LintSettings of(PapersConfig.Lint lint, String configPath, ToIntFunction<String> lineOfRule) {
        Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
        for (Map.Entry<String, String> e : lint.rules().entrySet()) {
            Optional<Rule> rule = Rule.byId(e.getKey());
            int line = lineOfRule.applyAsInt(e.getKey());
            String at = configPath + (line > 0 ? ":" + line : "");
            if (rule.isEmpty()) {
                String known = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", "));
                throw new IllegalArgumentException(at + ": lint.rules: unknown rule '" + e.getKey() + "' (rules: " + known
                        + "; papers lint --rules describes them)");
            }
            Severity s = Severity.parse(e.getValue());
            if (s == null) {
                throw new IllegalArgumentException(at + ": lint.rules." + e.getKey() + ": '" + e.getValue()
                        + "' is not off, warning or error");
            }
            overrides.put(rule.get(), s);
        }
        List<Pattern> ignore = lint.ignore().stream().map(LintSettings::pattern).toList();
        String form = lint.arxivForm();
        if (form != null && !List.of("abs", "pdf", "any").contains(form)) {
            throw new IllegalArgumentException(configPath + ": lint.arxiv-form: '" + form + "' is not abs, pdf or any");
        }
        return new LintSettings(overrides, ignore, form);
    }

    /** A pattern of URLs as users write them: a regular expression, or a glob whose {@code *} matches anything. */
    public static Pattern pattern(String p) {
        if (p.contains("*") && !p.contains(".*")) {
            return Pattern.compile(Pattern.quote(p).replace("*", "\\E.*\\Q"));
        }
        return Pattern.compile(p);
    }

    /** These settings with every rule that needs entries off: for a Markdown file that holds none. */
    public LintSettings withoutEntryRules() {
        Map<Rule, Severity> only = new EnumMap<>(severities);
        for (Rule r : Rule.values()) {
            if (r.needsEntries()) {
                only.put(r, Severity.OFF);
            }
        }
        return new LintSettings(only, ignore, arxivForm);
    }

    public Severity severity(Rule rule) {
        return severities.get(rule);
    }

    /** True when {@code text} (a URL, usually) matches an ignore pattern. */
    public boolean ignored(String text) {
        return ignore.stream().anyMatch(p -> p.matcher(text).find());
    }

    public String arxivForm() {
        return arxivForm;
    }
}
