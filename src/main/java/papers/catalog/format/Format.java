package papers.catalog.format;

import java.util.List;

/**
 * One entry format of awesome lists: how sure it is that an entry's lines are written in it, how a new entry
 * is written in it, and how it describes itself to {@code init} and {@code lint --rules}. Every format is
 * registered once, in {@link EntryFormat}; every method is a pure function.
 *
 * <pre>{@code
 * double c = new NumberedLinkFormat().confidence(List.of("1. [Title](https://arxiv.org/abs/2409.12191)(note)"));
 * }</pre>
 *
 * <p>Reading is shared: one reader in {@code papers.catalog} reads every item whatever its format, since real
 * lists mix constructs inside one item; what a format writes must read back through it (the round-trip tests).
 */
public interface Format {
    /** The name {@code papers.yaml}'s {@code format:} gives it. */
    String id();

    /** A one-line picture of an entry. */
    String shape();

    /** From 0 (not this format) to 1 (nothing else looks like this), for an entry's source lines, first line first. */
    double confidence(List<String> lines);

    /** The lines of {@code e} in this format, with the marker, numbering, indentation and links {@code layout} learnt. */
    List<String> render(NewEntry e, Layout layout);

    /** Whether entries are numbered when there is none to learn from. */
    default boolean numbered() {
        return false;
    }

    /** The indentation of continuation lines when there is no entry to learn from. */
    default String indent() {
        return numbered() ? "   " : "  ";
    }
}
