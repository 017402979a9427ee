/**
 * All Lucene code: the fields and analyzers of a catalog's search index, building and refreshing it
 * on disk, and searching it. Parses no Markdown and prints nothing.
 */
package papers.index;
