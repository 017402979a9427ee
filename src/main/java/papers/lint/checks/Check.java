package papers.lint.checks;

/** One lint rule's check over one file: it adds what it finds, at its line and column, to {@code out}. */
public interface Check {
    void check(LintFile file, Findings out);
}
