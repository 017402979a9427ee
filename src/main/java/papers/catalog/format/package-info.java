/**
 * The entry formats of catalogs, one class per format behind {@link papers.catalog.format.Format} (how sure it
 * is of an entry's lines, how it writes a new entry in a section's {@link papers.catalog.format.Layout}),
 * registered in {@link papers.catalog.format.EntryFormat}. Pure functions, no I/O.
 */
package papers.catalog.format;
