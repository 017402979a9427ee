/**
 * Entries written out for other tools: {@link papers.export.Exporter} (BibTeX, CSV, JSON, YAML) and the one
 * field map of an entry ({@link papers.export.EntryMaps}) that JSON output everywhere uses. Nothing here prints.
 */
package papers.export;
