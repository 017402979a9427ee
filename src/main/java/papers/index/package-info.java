/**
 * All Lucene code: the fields and analyzers of a catalog's search index, its documents, the index on disk
 * (a generation per build, swapped atomically), taking in an {@link papers.catalog.edit.Edit} without a
 * rebuild, and searching it. Parses no Markdown and prints nothing.
 */
package papers.index;
