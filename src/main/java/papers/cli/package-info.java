/** The picocli commands, their shared options, output rendering and exit codes. Only this package prints. */
package papers.cli;
