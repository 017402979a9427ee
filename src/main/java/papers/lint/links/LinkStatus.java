package papers.lint.links;

/** What checking a link found: a closed set, as lychee has. */
public enum LinkStatus {
    /** 2xx, after redirects. */
    OK,
    /** 404, 410, a host that does not exist, a paper arXiv does not have. */
    DEAD,
    /** 408, 429, 5xx, timeouts and resets that outlasted the retries. */
    TRANSIENT,
    /** 401, 403, 999: the site will not say. */
    BLOCKED,
    /** Not checked: an exclude pattern, a private or loopback address. */
    EXCLUDED,
    /** Checked ok within the cache's lifetime. */
    CACHED
}
