package papers.cli;

/**
 * The exit codes of every {@code papers} command, documented in README. Each constant says what happened;
 * some share a number (1: nothing found, a refusal, lint findings), which scripts see.
 */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** Nothing found: no match, no such entry, a paper not on arXiv. */
    NOT_FOUND(1),
    /** A refusal that leaves everything as it was: a duplicate on add, a file that exists and is not ours. */
    REFUSED(1),
    /** {@code lint} found errors. */
    FINDINGS(1),
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
