/**
 * Finding a catalog (from {@code --catalog}, {@code PAPERS_CATALOG}, a {@code papers.yaml} upward, a git
 * repository's README, or the bundled demo) and reading its {@code papers.yaml}, validated as it is loaded
 * (formats named must be known ones). It sits above {@code papers.catalog} and {@code papers.catalog.format}.
 */
package papers.catalog.config;
