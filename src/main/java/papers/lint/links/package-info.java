/** Checking that links are alive: concurrency and per-host limits, retries, redirects, a cache; no printing. */
package papers.lint.links;
