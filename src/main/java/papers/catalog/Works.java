package papers.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entries gathered into works: one paper (or dataset, tool, model) listed in several places is one work. Entries
 * are one work when they share a versionless arXiv id or a DOI, or when their titles fold alike and no ids of theirs
 * disagree (three papers whose entries read "Speculative Decoding", each with its own id, stay three). Search, and
 * {@code --unique} of list, export and tags, gather by these rules.
 *
 * <pre>{@code
 * Works works = new Works();
 * entries.forEach(e -> works.add(e));
 * for (Works.Work w : works.all()) { w.shown(); w.places(); }
 * }</pre>
 */
public final class Works {
    private final List<Work> works = new ArrayList<>();
    private final Map<Object, Work> byPlace = new HashMap<>();
    private final Map<String, Work> byKey = new HashMap<>();

    /** One work: the entries it is listed as, and the ids and folded titles they give. */
    public static final class Work {
        private final List<Entry> places = new ArrayList<>();
        private final Set<String> arxiv = new LinkedHashSet<>();
        private final Set<String> dois = new LinkedHashSet<>();
        private final Set<String> titles = new LinkedHashSet<>();
        /** The work this one was merged into, or null. */
        private Work into;
        /** When it was begun, among the works of its {@link Works}: the earliest of the works merged into it. */
        private int order;

        /** Its entries, in the order they were added (merged works' after). */
        public List<Entry> places() {
            return Collections.unmodifiableList(places);
        }

        /** Its versionless arXiv ids, lower case: one, or none. */
        public Set<String> arxiv() {
            return Collections.unmodifiableSet(arxiv);
        }

        /** Its DOIs, lower case. */
        public Set<String> dois() {
            return Collections.unmodifiableSet(dois);
        }

        /** Its titles, folded ({@link Slugs#foldTitle}). */
        public Set<String> titles() {
            return Collections.unmodifiableSet(titles);
        }

        /**
         * The entry to show for the work: of the titles its places give, the one most of them give (a list's typo or
         * decoration is outvoted), and of those the best formed; the first such place.
         */
        public Entry shown() {
            Map<String, Integer> votes = new HashMap<>();
            for (Entry e : places) {
                votes.merge(Slugs.foldTitle(e.title()), 1, Integer::sum);
            }
            Entry best = places.get(0);
            for (Entry e : places) {
                int c = Integer.compare(votes.get(Slugs.foldTitle(e.title())), votes.get(Slugs.foldTitle(best.title())));
                if (c > 0 || c == 0 && formed(e) > formed(best)) {
                    best = e;
                }
            }
            return best;
        }

        /** {@link #shown} as a reader sees it: the clean title, and the work's name when that place gives none. */
        public Entry shownClean() {
            Entry shown = shown();
            String alias = shown.alias() != null ? shown.alias()
                    : places.stream().map(Entry::alias).filter(a -> a != null).findFirst().orElse(null);
            return shown.toBuilder().title(Titles.withoutFinalStop(shown.title())).alias(alias).build();
        }

        /** Its places in file order ({@code order} ranks the files), then by line. */
        public void sort(Comparator<Entry> order) {
            places.sort(order);
        }
    }

    /** The entries of {@code entries} gathered into works, in the order of each work's first entry. */
    public static List<Work> of(List<Entry> entries) {
        Works works = new Works();
        for (Entry e : entries) {
            works.add(e.file() + ":" + e.line(), e);
        }
        return works.all();
    }

    /** Whether the entry known as {@code place} (a document number, {@code file:line}) was added. */
    public boolean has(Object place) {
        return byPlace.containsKey(place);
    }

    /** The works so far, in the order each was begun; merged ones are gone. */
    public List<Work> all() {
        return works.stream().filter(w -> w.into == null).sorted(Comparator.comparingInt(w -> w.order)).toList();
    }

    /**
     * Adds the entry known as {@code place} to the work it belongs to, merging the works it joins, or to a new one;
     * returns that work (the one it is in already when it was added before).
     */
    public Work add(Object place, Entry e) {
        Work known = of(place);
        if (known != null) {
            return known;
        }
        String arxiv = e.arxiv() == null ? null : e.arxiv().id().toLowerCase(Locale.ROOT);
        String doi = e.doi() == null ? null : e.doi().toLowerCase(Locale.ROOT);
        String title = Slugs.foldTitle(e.title());
        Work w = null;
        for (String key : new String[] {arxiv == null ? null : "arxiv:" + arxiv, doi == null ? null : "doi:" + doi}) {
            Work other = key == null ? null : live(byKey.get(key));
            if (other != null) {
                w = w == null ? other : join(w, other);
            }
        }
        if (!title.isEmpty()) {
            Work named = live(byKey.get("title:" + title));
            if (named != null && named != w && agree(named, w, arxiv, doi)) {
                w = w == null ? named : join(w, named);
            }
        }
        if (w == null) {
            w = new Work();
            w.order = works.size();
            works.add(w);
        }
        w.places.add(e);
        byPlace.put(place, w);
        if (arxiv != null && w.arxiv.add(arxiv)) {
            byKey.put("arxiv:" + arxiv, w);
        }
        if (doi != null && w.dois.add(doi)) {
            byKey.put("doi:" + doi, w);
        }
        if (!title.isEmpty() && w.titles.add(title)) {
            byKey.putIfAbsent("title:" + title, w);
        }
        return w;
    }

    /** The work {@code place} is in now, or null. */
    public Work of(Object place) {
        return live(byPlace.get(place));
    }

    /** The work {@code w} was merged into, however many times over; {@code w} when it was not. */
    private static Work live(Work w) {
        while (w != null && w.into != null) {
            w = w.into;
        }
        return w;
    }

    /** Whether a work known by a title may take in an entry (and the work it is in) with these ids: none disagree. */
    private static boolean agree(Work named, Work other, String arxiv, String doi) {
        Set<String> ids = new LinkedHashSet<>(named.arxiv);
        Set<String> dois = new LinkedHashSet<>(named.dois);
        if (other != null) {
            ids.addAll(other.arxiv);
            dois.addAll(other.dois);
        }
        if (arxiv != null) {
            ids.add(arxiv);
        }
        if (doi != null) {
            dois.add(doi);
        }
        return ids.size() <= 1 && dois.size() <= 1;
    }

    /**
     * Merges two works, moving the smaller's places and keys into the larger (so that many merges cost little
     * each), which takes the earlier begun place in the order of works; returns it, the other empty and pointing to it.
     */
    private static Work join(Work a, Work b) {
        if (a == b) {
            return a;
        }
        Work kept = a.places.size() >= b.places.size() ? a : b;
        Work other = kept == a ? b : a;
        kept.places.addAll(other.places);
        kept.arxiv.addAll(other.arxiv);
        kept.dois.addAll(other.dois);
        kept.titles.addAll(other.titles);
        kept.order = Math.min(kept.order, other.order);
        other.places.clear();
        other.into = kept;
        return kept;
    }

    /**
     * How well formed a title is: words rather than a bare name, mixed case rather than capitals or lower case only,
     * and an entry that has its id, authors and venue.
     */
    static double formed(Entry e) {
        String t = e.title();
        int words = t.isBlank() ? 0 : t.strip().split("\\s+").length;
        double score = Math.min(words, 16) / 8.0 + (words >= 3 ? 2 : 0);
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < t.length(); i++) {
            upper |= Character.isUpperCase(t.charAt(i));
            lower |= Character.isLowerCase(t.charAt(i));
        }
        if (upper && lower) {
            score += 1;
        }
        if (e.arxiv() != null || e.doi() != null) {
            score += 0.5;
        }
        if (!e.authors().isEmpty()) {
            score += 0.3;
        }
        if (e.venue() != null) {
            score += 0.2;
        }
        return score;
    }
}
