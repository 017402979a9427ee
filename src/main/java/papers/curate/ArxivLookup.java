package papers.curate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import papers.arxiv.ArxivCache;
import papers.arxiv.ArxivClient;
import papers.arxiv.ArxivException;
import papers.arxiv.ArxivPaper;
import papers.catalog.ArxivId;
import papers.catalog.Venues;

/**
 * The arXiv metadata of papers, for add and update: from the cache where allowed, else from arXiv in
 * batches (the client made only when needed), fresh answers going into the cache.
 */
public final class ArxivLookup {
    private final ArxivCache cache;
    private final Supplier<ArxivClient> client;
    private final BiConsumer<Integer, Integer> progress;

    /** A lookup over {@code cache} and the client {@code client} makes; {@code progress} hears (done, total) per batch. */
    public ArxivLookup(ArxivCache cache, Supplier<ArxivClient> client, BiConsumer<Integer, Integer> progress) {
        this.cache = cache;
        this.client = client;
        this.progress = progress;
    }

    /**
     * The papers of {@code ids}: from the cache where {@code cached} (and only from it when {@code offline}).
     * A failure, and where {@code strict} a paper arXiv does not have, is a {@link CurateException};
     * otherwise such a paper is left out.
     */
    public Map<ArxivId, ArxivPaper> fetch(List<ArxivId> ids, boolean offline, boolean cached, boolean strict) {
        Map<ArxivId, ArxivPaper> found = new LinkedHashMap<>();
        List<ArxivId> missing = new ArrayList<>();
        for (ArxivId id : ids) {
            Optional<ArxivPaper> hit = cached || offline ? cache.get(id) : Optional.empty();
            hit.ifPresentOrElse(p -> found.put(id, p), () -> missing.add(id));
        }
        if (missing.isEmpty()) {
            return found;
        }
        if (offline) {
            throw new CurateException(CurateException.Reason.FAILED, "--offline: "
                    + String.join(", ", missing.stream().map(ArxivId::id).toList()) + " not in the cache; run once without --offline");
        }
        Map<ArxivId, ArxivPaper> fetched = fromArxiv(missing);
        for (ArxivId id : missing) {
            ArxivPaper p = fetched.get(id);
            if (p == null) {
                if (strict) {
                    throw new CurateException(CurateException.Reason.NOT_FOUND, id.id() + ": not found on arXiv");
                }
                continue;
            }
            cache.put(p);
            found.put(id, p);
        }
        return found;
    }

    private Map<ArxivId, ArxivPaper> fromArxiv(List<ArxivId> ids) {
        try {
            return client.get().fetchInBatches(ids, progress);
        } catch (ArxivException e) {
            throw new CurateException(switch (e.kind()) {
                case INVALID_ID -> CurateException.Reason.INVALID;
                case NOT_FOUND -> CurateException.Reason.NOT_FOUND;
                case NETWORK, BAD_RESPONSE -> CurateException.Reason.FAILED;
            }, e.getMessage());
        }
    }

    /** Where arXiv says the paper appeared: a venue named by its journal reference, else by its DOI; or null. */
    public static String venueOf(ArxivPaper p) {
        return (p.journalRef() == null ? Optional.<String>empty() : Venues.find(p.journalRef()))
                .or(() -> Venues.fromDoi(p.doi())).orElse(null);
    }
}
