package papers.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.format.EntryFormat;
import papers.lint.checks.Finding;
import papers.lint.checks.Rule;
import papers.lint.checks.Severity;

/**
 * Lint's findings as text (like a compiler's), JSON, GitHub Actions annotations or SARIF (GitHub code scanning), and
 * the summary line.
 */
final class FindingsReport {
    private FindingsReport() {}

    /**
     * Prints {@code all} in format {@code f}, then how many errors and warnings were in how many files, and how
     * many findings on unchanged lines {@code --changed} left out.
     */
    static void print(PrintWriter out, PrintWriter err, LintCommand.Format f, List<Finding> all, int linted, int leftOut) {
        long errors = all.stream().filter(x -> x.severity() == Severity.ERROR).count();
        long warnings = all.size() - errors;
        String summary = (all.isEmpty() ? "no problems" : errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
                + " warning" + (warnings == 1 ? "" : "s")) + " in " + linted + " file" + (linted == 1 ? "" : "s")
                + (leftOut == 0 ? "" : " (" + leftOut + " older finding" + (leftOut == 1 ? "" : "s") + " on unchanged lines left out)");
        switch (f) {
            case json -> {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Finding x : all) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", x.file());
                    m.put("line", x.line());
                    m.put("column", x.column());
                    m.put("severity", x.severity().label());
                    m.put("rule", x.rule().id());
                    m.put("message", x.message());
                    list.add(m);
                }
                Json.print(out, list);
                err.println("papers: " + summary);
            }
            case sarif -> {
                Json.print(out, sarif(all));
                err.println("papers: " + summary);
            }
            case github -> {
                for (Finding x : all) {
                    out.printf("::%s file=%s,line=%d,col=%d,title=%s::%s%n", x.severity() == Severity.ERROR ? "error" : "warning",
                            githubProperty(x.file()), x.line(), x.column(), x.rule().id(), githubData(x.message()));
                }
                out.println(summary);
            }
            case text -> {
                for (Finding x : all) {
                    out.println(Terminal.safe(x.describe()));
                }
                out.println(summary);
            }
        }
    }

    /**
     * A workflow command's message as GitHub documents its escaping ({@code %}, CR, LF), so that no text can end
     * the command and start another ({@code ::error ...} on a line of its own).
     */
    static String githubData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: as {@link #githubData}, and {@code :} and {@code ,} too. */
    static String githubProperty(String s) {
        return githubData(s).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * {@code all} as one SARIF 2.1.0 log: one run whose tool lists every rule with its default level, and one
     * result per finding at its file (relative to the working directory, as printed), line and column.
     */
    static Map<String, Object> sarif(List<Finding> all) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : Rule.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("shortDescription", Map.of("text", r.description()));
            m.put("defaultConfiguration", Map.of("level", level(r.defaultSeverity())));
            rules.add(m);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding x : all) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", x.line());
            region.put("startColumn", Math.max(1, x.column()));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", sarifUri(x.file())));
            physical.put("region", region);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleId", x.rule().id());
            m.put("ruleIndex", x.rule().ordinal());
            m.put("level", level(x.severity()));
            m.put("message", Map.of("text", x.message()));
            m.put("locations", List.of(Map.of("physicalLocation", physical)));
            results.add(m);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "papers");
        driver.put("version", PapersCommand.version());
        driver.put("informationUri", "https://github.com/papers-cli/papers");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static String level(Severity s) {
        return s == Severity.ERROR ? "error" : s == Severity.WARNING ? "warning" : "none";
    }

    /** A relative path as a URI reference: forward slashes, and the characters a URI cannot hold escaped. */
    static String sarifUri(String file) {
        StringBuilder b = new StringBuilder();
        for (byte c : file.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int u = c & 0xff;
            if (u > 0x20 && u < 0x7f && "%\"<>\\^`{|}#?[]".indexOf(u) < 0) {
                b.append((char) u);
            } else {
                b.append('%').append(String.format("%02X", u));
            }
        }
        return b.toString();
    }

    /** The rules with their default severity, then the entry formats format-drift compares. */
    static void printRules(PrintWriter out) {
        for (Rule r : Rule.values()) {
            out.printf("%-26s %-8s %s%s%n", r.id(), r.defaultSeverity().label(), r.description(), r.fixable() ? " (--fix)" : "");
        }
        out.printf("%nentry formats (format-drift compares them; papers.yaml format: names one):%n");
        for (EntryFormat f : EntryFormat.values()) {
            if (f != EntryFormat.OTHER) {
                out.printf("%-26s %s%n", f.id(), f.shape());
            }
        }
    }

    /** The rules and entry formats as {@code lint --rules --json} prints them. */
    static Map<String, Object> rulesJson() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : Rule.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("severity", r.defaultSeverity().label());
            m.put("fixable", r.fixable());
            m.put("needsEntries", r.needsEntries());
            m.put("description", r.description());
            rules.add(m);
        }
        List<Map<String, Object>> formats = new ArrayList<>();
        for (EntryFormat f : EntryFormat.values()) {
            if (f != EntryFormat.OTHER) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", f.id());
                m.put("shape", f.shape());
                formats.add(m);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rules", rules);
        out.put("formats", formats);
        return out;
    }
}
