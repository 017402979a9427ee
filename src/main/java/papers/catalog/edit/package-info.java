/**
 * Changing catalog files: splicing entries into and out of the original text, refreshing an entry's
 * fields in place, writing a table of contents from the headings, and replacing files atomically. Every
 * change is an {@link papers.catalog.edit.Edit}, which the writer writes and the search index takes in.
 */
package papers.catalog.edit;
