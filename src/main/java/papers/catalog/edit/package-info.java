/** Changing catalog files: splicing lines into the original text and replacing files atomically. */
package papers.catalog.edit;
