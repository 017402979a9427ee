/**
 * The lint rules ({@link papers.lint.checks.Rule}), one {@link papers.lint.checks.Check} class per rule, over a
 * file as {@link papers.lint.checks.LintFile} reads it, adding {@link papers.lint.checks.Finding}s; the
 * registry {@link papers.lint.checks.Checks} runs them in a fixed order. No I/O, no printing.
 */
package papers.lint.checks;
