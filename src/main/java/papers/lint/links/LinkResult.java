package papers.lint.links;

/** The outcome of one URL: status, HTTP code (0 if none), a detail for the user, and a permanent redirect's target. */
public record LinkResult(String url, LinkStatus status, int code, String detail, String movedTo) {}
