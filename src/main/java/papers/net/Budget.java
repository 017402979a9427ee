package papers.net;

import java.time.Duration;

/**
 * The time a piece of network work may take in all, tries, waits and redirects included: the clock
 * starts when its first request is sent (not while it waits for its turn).
 */
public final class Budget {
    private final long total;
    private long start = -1;

    public Budget(Duration total) {
        this.total = total.toNanos();
    }

    /** Starts the clock if it has not started. */
    public void start() {
        if (start < 0) {
            start = System.nanoTime();
        }
    }

    /** Nanoseconds left: all of them before the first request. */
    public long left() {
        return start < 0 ? total : total - (System.nanoTime() - start);
    }

    /** The time since the clock started, in seconds to one decimal, for messages. */
    public String spent() {
        long nanos = start < 0 ? 0 : System.nanoTime() - start;
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
