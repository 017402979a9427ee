/** The model of a paper catalog (entries, dates, arXiv ids) and the parser that reads Markdown awesome lists into it. */
package papers.catalog;
