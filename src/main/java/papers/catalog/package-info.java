/**
 * The model of a paper catalog (entries, dates, arXiv ids) and the reading of Markdown awesome lists into it:
 * {@link papers.catalog.MarkdownLines} (the one line model), {@link papers.catalog.CatalogParser} over a walk
 * of the document, and the small recognisers of titles, names, authors, venues and dates it shares;
 * {@link papers.catalog.Unread} says what was not read.
 */
package papers.catalog;
