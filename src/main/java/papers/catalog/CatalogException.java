package papers.catalog;

/**
 * A catalog, or its {@code papers.yaml}, that cannot be read: the message is for the user and
 * names the file and, where known, the line.
 */
public class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    public CatalogException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public CatalogException(String file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is with the file as a whole. */
    public int line() {
        return line;
    }

    /** {@code file:line: message}, the form every diagnostic of {@code papers} takes. */
    public String describe() {
        if (file == null) {
            return getMessage();
        }
        return line > 0 ? file + ":" + line + ": " + getMessage() : file + ": " + getMessage();
    }
}
