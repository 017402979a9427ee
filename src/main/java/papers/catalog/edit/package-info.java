/**
 * Changing catalog files: splicing entries into and out of the original text, refreshing an entry's
 * fields in place, writing a table of contents from the headings, and replacing files atomically.
 */
package papers.catalog.edit;
