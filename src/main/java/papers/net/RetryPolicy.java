package papers.net;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Waits before retries: exponential backoff with jitter, or what the server's Retry-After asks, capped. */
public final class RetryPolicy {
    /** The longest Retry-After honoured. */
    public static final long CAP_MILLIS = 60_000;

    private RetryPolicy() {}

    /** base × 2^attempt, plus up to half of that again. */
    public static long backoff(Duration base, int attempt) {
        long ms = base.toMillis() << Math.min(attempt, 10);
        return ms + ThreadLocalRandom.current().nextLong(ms / 2 + 1);
    }

    /** Retry-After in seconds or as an HTTP date, in milliseconds, at most 60 s. */
    public static Optional<Long> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Math.min(Math.max(Long.parseLong(v.strip()), 0) * 1000, CAP_MILLIS));
            } catch (NumberFormatException e) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(v.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                    long ms = Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis();
                    return Optional.of(Math.min(Math.max(ms, 0), CAP_MILLIS));
                } catch (RuntimeException ignored) {
                    return Optional.empty();
                }
            }
        });
    }
}
