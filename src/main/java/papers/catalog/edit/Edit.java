package papers.catalog.edit;

import java.util.List;
import java.util.Objects;
import papers.catalog.Entry;

/**
 * What one change did to one catalog file: its text before and after, and, where the change knows them,
 * the entries it took out (at their lines before) and put in (at their lines after). Every splice returns
 * one; the writer writes it and the search index takes it in without parsing the file again.
 *
 * <pre>{@code
 * Edit e = Edit.of("README.md", before, after, List.of(gone), List.of(placed));
 * index.apply(source, e);
 * }</pre>
 *
 * @param known false when the entries changed cannot be told: the index is then left to be rebuilt
 */
public record Edit(String file, String before, String after, List<Entry> removed, List<Entry> added, boolean known) {
    public Edit {
        Objects.requireNonNull(file);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** A change whose entries are known. */
    public static Edit of(String file, String before, String after, List<Entry> removed, List<Entry> added) {
        return new Edit(file, before, after, removed, added, true);
    }

    /** A change of text alone: which entries it touched is not known. */
    public static Edit text(String file, String before, String after) {
        return new Edit(file, before, after, List.of(), List.of(), false);
    }

    /** No change: {@code text} stays as it is. */
    public static Edit none(String file, String text) {
        return new Edit(file, text, text, List.of(), List.of(), true);
    }

    public boolean changed() {
        return !before.equals(after);
    }
}
