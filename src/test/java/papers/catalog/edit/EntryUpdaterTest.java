package papers.catalog.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import papers.catalog.CatalogParser;
import papers.catalog.Entry;
import papers.catalog.ParsedFile;
import papers.catalog.SourceFile;
import papers.catalog.edit.EntryUpdater.Field;
import papers.catalog.format.EntryFormat;

/** What update writes into one entry's lines, field by field, and what it leaves. */
class EntryUpdaterTest {
    private static final Set<Field> ALL = EnumSet.allOf(Field.class);
    private static final EntryUpdater.Style PLAIN = new EntryUpdater.Style(false, true, null);

    private static EntryUpdater.Result update(String line, EntryUpdater.Known known, Set<Field> fields, EntryUpdater.Style style) {
        ParsedFile f = new CatalogParser().parse(new SourceFile("list.md", "## Vision\n\n" + line + "\n"));
        Entry e = f.entries().get(0);
        List<String> own = f.lines(e.line(), e.lastLine());
        return EntryUpdater.update(EntryFormat.detect(own), e, own, known, fields, style);
    }

    private static EntryUpdater.Known known(String title, int version, String venue, String... authors) {
        return new EntryUpdater.Known(title, List.of(authors), version, venue);
    }

    @Test
    void versionedLinkTakesTheLatestVersionAndNothingElseChanges() {
        EntryUpdater.Result r = update("- [Alpha Vision Model](https://arxiv.org/abs/2401.00001v1) - A. One",
                known("Alpha Vision Model", 3, null, "A. One"), ALL, PLAIN);
        assertThat(r.lines()).containsExactly("- [Alpha Vision Model](https://arxiv.org/abs/2401.00001v3) - A. One");
        assertThat(r.changes()).extracting(EntryUpdater.Change::field).containsExactly(Field.VERSION);
    }

    @Test
    void versionlessLinkStaysVersionless() {
        EntryUpdater.Result r = update("- [Alpha Vision Model](https://arxiv.org/abs/2401.00001) - A. One",
                known("Alpha Vision Model", 3, null, "A. One"), ALL, PLAIN);
        assertThat(r.changes()).isEmpty();
        assertThat(r.lines()).containsExactly("- [Alpha Vision Model](https://arxiv.org/abs/2401.00001) - A. One");
    }

    @Test
    void correctedTitleIsWrittenButACuratorsOwnNameOnlyWhenForced() {
        String line = "- [Alpha Vison Model](https://arxiv.org/abs/2401.00001) - A. One";
        EntryUpdater.Result typo = update(line, known("Alpha Vision Model", 0, null, "A. One"), EnumSet.of(Field.TITLE), PLAIN);
        assertThat(typo.lines().get(0)).startsWith("- [Alpha Vision Model](");
        EntryUpdater.Known other = known("A Completely Different Name for It", 0, null, "A. One");
        EntryUpdater.Result kept = update(line, other, EnumSet.of(Field.TITLE), PLAIN);
        assertThat(kept.changes()).isEmpty();
        assertThat(kept.left()).extracting(EntryUpdater.Left::field).containsExactly(Field.TITLE);
        EntryUpdater.Result forced = update(line, other, EnumSet.of(Field.TITLE), new EntryUpdater.Style(true, true, null));
        assertThat(forced.lines().get(0)).startsWith("- [A Completely Different Name for It](");
    }

    @Test
    void onlyTheFieldsAskedFor() {
        EntryUpdater.Result r = update("- [Alpha Vison Model](https://arxiv.org/abs/2401.00001v1) - A. One",
                known("Alpha Vision Model", 2, null, "A. One"), EnumSet.of(Field.VERSION), PLAIN);
        assertThat(r.lines()).containsExactly("- [Alpha Vison Model](https://arxiv.org/abs/2401.00001v2) - A. One");
    }

    @Test
    void venueFillsAnEntryThatNamesNoneInTheListsOwnStyle() {
        EntryUpdater.Result r = update("1. arXiv [Gamma Paper](https://arxiv.org/abs/2401.00003)",
                known("Gamma Paper", 0, "NeurIPS 2024"), EnumSet.of(Field.VENUE), new EntryUpdater.Style(false, false, null));
        assertThat(r.lines().get(0)).startsWith("1. NeurIPS [Gamma Paper]");
        assertThat(r.changes()).extracting(EntryUpdater.Change::before, EntryUpdater.Change::after)
                .containsExactly(tuple("arXiv", "NeurIPS"));
    }

    @Test
    void aVenueAlreadyNamedIsLeftAlone() {
        EntryUpdater.Result r = update("1. CVPR [Gamma Paper](https://arxiv.org/abs/2401.00003)",
                known("Gamma Paper", 0, "NeurIPS 2024"), EnumSet.of(Field.VENUE), PLAIN);
        assertThat(r.changes()).isEmpty();
        assertThat(r.lines()).containsExactly("1. CVPR [Gamma Paper](https://arxiv.org/abs/2401.00003)");
    }
}
