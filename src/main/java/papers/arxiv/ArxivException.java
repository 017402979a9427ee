package papers.arxiv;

/** A request to arXiv that failed, with what kind of failure it was and a message for the user. */
public final class ArxivException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong; each maps to an exit code in the command line. */
    public enum Kind {
        /** arXiv says the id is not a valid id (HTTP 400 or an error entry). */
        INVALID_ID,
        /** A valid id that arXiv does not have. */
        NOT_FOUND,
        /** No answer: network down, timeouts, refused, too many retries. */
        NETWORK,
        /** An answer that is not an Atom feed we can read: malformed XML, a DTD, too big. */
        BAD_RESPONSE
    }

    private final Kind kind;

    public ArxivException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ArxivException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
