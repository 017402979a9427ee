package papers.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import papers.catalog.ArxivId;
import papers.catalog.Entry;
import papers.catalog.Slugs;
import papers.catalog.format.NewEntry;

/**
 * When two entries are one paper: the same versionless arXiv id, the same DOI (any case), or the same
 * folded title. Every command that refuses or skips a duplicate asks this.
 */
public final class Identity {
    private Identity() {}

    /** The keys a paper is known by: {@code arxiv:ID}, {@code doi:DOI} and {@code title:FOLDED}, those it has. */
    public static List<String> keys(ArxivId arxiv, String doi, String title) {
        List<String> keys = new ArrayList<>();
        if (arxiv != null) {
            keys.add("arxiv:" + arxiv.id());
        }
        if (doi != null) {
            keys.add("doi:" + doi.toLowerCase(Locale.ROOT));
        }
        String folded = Slugs.foldTitle(title);
        if (!folded.isEmpty()) {
            keys.add("title:" + folded);
        }
        return keys;
    }

    /** The keys of {@code e}. */
    public static List<String> keys(Entry e) {
        return keys(e.arxiv(), e.doi(), e.title());
    }

    /** The keys of {@code paper}. */
    public static List<String> keys(NewEntry paper) {
        return keys(paper.arxiv(), paper.doi(), paper.title());
    }

    /** The first of {@code entries} that is the same paper as {@code paper}. */
    public static Optional<Entry> duplicate(List<Entry> entries, NewEntry paper) {
        List<String> wanted = keys(paper);
        for (Entry e : entries) {
            if (keys(e).stream().anyMatch(wanted::contains)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** True when {@code a} and {@code b} are the same paper. */
    public static boolean same(NewEntry a, NewEntry b) {
        List<String> wanted = keys(a);
        return keys(b).stream().anyMatch(wanted::contains);
    }
}
