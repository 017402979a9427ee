/**
 * The picocli commands, their shared options, output rendering and exit codes. A command reads its options,
 * calls one use case ({@code papers.curate}, {@code papers.lint}, {@code papers.export}, {@code papers.index}),
 * renders its result and returns its exit code; no command calls another. Only this package prints.
 */
package papers.cli;
