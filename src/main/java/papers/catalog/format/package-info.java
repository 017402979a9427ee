/** The entry formats of catalogs: recognising each by shape, and rendering entries in them. Pure functions, no I/O. */
package papers.catalog.format;
