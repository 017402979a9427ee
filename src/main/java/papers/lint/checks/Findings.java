package papers.lint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The findings of one file as the checks find them, each with its rule's severity; a rule that is off adds none. */
public final class Findings {
    private final String file;
    private final Function<Rule, Severity> severity;
    private final List<Finding> found = new ArrayList<>();

    /** Findings in {@code file}, at the severities {@code severity} gives. */
    public Findings(String file, Function<Rule, Severity> severity) {
        this.file = file;
        this.severity = severity;
    }

    /** A finding of {@code rule} at {@code line:column}; {@code text} is what it names, {@code fix} its replacement (or null). */
    public void add(Rule rule, int line, int column, String message, String text, String fix) {
        Severity s = severity.apply(rule);
        if (s != Severity.OFF) {
            found.add(new Finding(file, line, column, s, rule, message, text, fix));
        }
    }

    /** Every finding, in the order found. */
    public List<Finding> all() {
        return found;
    }
}
