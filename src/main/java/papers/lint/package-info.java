/** Lint rules over a parsed catalog: each check returns findings with file, line and column; nothing prints. */
package papers.lint;
