package papers.cli;

/** The exit codes of every {@code papers} command, documented in README. */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** Nothing found, or a refusal: no match, lint errors, a duplicate on add, a paper not on arXiv. */
    NOT_FOUND(1),
    /** Bad usage or bad input: unknown option, unreadable or unparsable catalog, bad config, bad query or id. */
    USAGE(2),
    /** A failure at run time: network, writing to disk. */
    FAILURE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
