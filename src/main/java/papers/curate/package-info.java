/**
 * The curator's use cases, one class each: {@link papers.curate.AddPapers}, {@link papers.curate.ImportLists},
 * {@link papers.curate.UpdatePapers}, {@link papers.curate.MovePapers}, {@link papers.curate.RemovePapers};
 * with what they share: where a new entry goes ({@link papers.curate.Placement}), which entries a user named
 * ({@link papers.curate.Selection}), when two entries are one paper ({@link papers.catalog.PaperIdentity}). Each
 * takes a catalog and its options and returns a typed result; none prints or parses arguments, and a problem
 * is a {@link papers.curate.CurateException} that says why.
 */
package papers.curate;
