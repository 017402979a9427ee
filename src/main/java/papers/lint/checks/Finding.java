package papers.lint.checks;

/**
 * One problem: where it is (1-based line and column), how much it matters, which rule, a message,
 * the offending text, and for a fixable one the replacement of {@code text} at that place.
 */
public record Finding(String file, int line, int column, Severity severity, Rule rule, String message, String text,
        String fix) {

    /** {@code path:line:col: severity rule: message}, like a compiler's diagnostics. */
    public String describe() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " " + rule.id() + ": " + message;
    }
}
