package papers.index;

/** A query that cannot be run: the message names the problem, for one line of output. */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
