/**
 * Linting a catalog: the rule runner ({@link papers.lint.Linter}) over the checks of {@code papers.lint.checks},
 * one file linted and mended ({@link papers.lint.FileLint}, {@link papers.lint.Fixer}), and the settings of
 * papers.yaml ({@link papers.lint.LintSettings}). Findings carry file, line and column; nothing prints.
 */
package papers.lint;
