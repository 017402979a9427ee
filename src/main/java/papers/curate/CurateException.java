package papers.curate;

import java.util.Objects;

/** A use case that cannot do what was asked: a one-line message for the user, and why, which decides the exit code. */
public final class CurateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why nothing (more) was done. */
    public enum Reason {
        /** The request itself is wrong: an unknown section, a bad id or date, a missing title. */
        INVALID,
        /** What was named is not there: no such entry, a paper arXiv does not have. */
        NOT_FOUND,
        /** Done, it would break the catalog's rules: a duplicate, an id naming several entries. */
        REFUSED,
        /** Something outside failed: the network, the file changing under us. */
        FAILED
    }

    private final Reason reason;

    public CurateException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
