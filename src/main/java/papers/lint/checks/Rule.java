package papers.lint.checks;

import java.util.Optional;

/** Every lint rule: its id, default severity, whether --fix can mend it, and a one-line description. */
public enum Rule {
    LINK_EMPTY("link-empty", Severity.ERROR, false, "a link with an empty target: [Code]()"),
    TEXT_AFTER_EMPTY_LINK("text-after-empty-link", Severity.ERROR, false, "text glued after an empty link: [Title]()https://..."),
    LINK_IN_LINK("link-in-link", Severity.ERROR, false, "a link nested inside a link's target"),
    URL_SYNTAX("url-syntax", Severity.ERROR, false, "spaces or unbalanced brackets in a link's target"),
    LABEL_WITHOUT_LINK("label-without-link", Severity.WARNING, false, "a label with no link: [[Code]], [Paper] (a placeholder for 'none' is fine to keep)"),
    BARE_URL("bare-url", Severity.WARNING, false, "a bare URL in an entry of a list that writes links as [label](url)"),
    HTTP_LINK("http-link", Severity.WARNING, true, "http:// on a host that serves https (arxiv.org, github.com, huggingface.co, ...)"),
    ARXIV_FORM("arxiv-form", Severity.WARNING, true, "an arXiv link not in the catalog's form: abs or pdf, no www., no version, no .pdf"),
    DUPLICATE("duplicate", Severity.ERROR, false, "the same paper (arXiv id or title) twice in one section"),
    DUPLICATE_ACROSS_SECTIONS("duplicate-across-sections", Severity.WARNING, false, "the same paper in two sections"),
    TWO_ARXIV_IDS("two-arxiv-ids", Severity.WARNING, false, "one entry whose links name two different arXiv papers"),
    ANCHOR("anchor", Severity.ERROR, false, "a #anchor link (a table of contents, say) that matches no heading"),
    TOC("toc", Severity.WARNING, true, "a table of contents that does not list the headings after it, in order"),
    NUMBERING("numbering", Severity.WARNING, true, "a gap or a repeat in a numbered list (all 1., or from 0., are styles)"),
    DATE_ORDER("date-order", Severity.WARNING, false, "an entry out of date order in a section ordered by date"),
    HEADING_ORDER("heading-order", Severity.WARNING, false, "a month or year heading out of order"),
    FORMAT_DRIFT("format-drift", Severity.WARNING, false, "an entry in another shape than most of its section's"),
    UNCLOSED_COMMENT("unclosed-comment", Severity.ERROR, false, "an HTML comment never closed: the rest of the file is hidden"),
    UNREAD("unread", Severity.ERROR, false, "a file papers cannot read: 10 or more paper links outside entries, "
            + "and fewer entries than half of them (papers stats --unread lists them)"),
    LINK_DEAD("link-dead", Severity.ERROR, false, "--online: a link that is gone (404, 410, no such host, not on arXiv)"),
    LINK_TRANSIENT("link-transient", Severity.WARNING, false, "--online: a link that did not answer well (429, 5xx, timeout)"),
    LINK_BLOCKED("link-blocked", Severity.WARNING, false, "--online: a site that will not let papers check (401, 403, 999)"),
    LINK_MOVED("link-moved", Severity.WARNING, false, "--online: a link that moved for good (301, 308): use the new place");

    private final String id;
    private final Severity severity;
    private final boolean fixable;
    private final String description;

    Rule(String id, Severity severity, boolean fixable, String description) {
        this.id = id;
        this.severity = severity;
        this.fixable = fixable;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return severity;
    }

    public boolean fixable() {
        return fixable;
    }

    public String description() {
        return description;
    }

    /**
     * True for a rule about entries (their links, duplicates, order, shape): a Markdown file that holds no
     * entries, such as a CONTRIBUTING.md, is checked by the other rules only.
     */
    public boolean needsEntries() {
        return switch (this) {
            case LABEL_WITHOUT_LINK, BARE_URL, DUPLICATE, DUPLICATE_ACROSS_SECTIONS, TWO_ARXIV_IDS, NUMBERING, DATE_ORDER,
                    HEADING_ORDER, FORMAT_DRIFT -> true;
            default -> false;
        };
    }

    /** The rule with this id. */
    public static Optional<Rule> byId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
