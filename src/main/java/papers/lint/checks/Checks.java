package papers.lint.checks;

import java.util.List;

/** The registry of checks, in the order they run (which is the order of findings at one line and column). */
public final class Checks {
    private Checks() {}

    /** Every offline check; {@code arxivForm} is papers.yaml's arXiv link form (abs, pdf, html, any) or null. */
    public static List<Check> all(String arxivForm) {
        return List.of(new EmptyLinkCheck(), new GluedTextCheck(), new LabelWithoutLinkCheck(), new LinkInLinkCheck(),
                new UrlSyntaxCheck(), new ArxivFormCheck(arxivForm), new HttpLinkCheck(), new BareUrlCheck(),
                new UnclosedCommentCheck(), new UnreadCheck(), new DuplicateCheck(), new TwoArxivIdsCheck(), new AnchorCheck(),
                new TocCheck(), new NumberingCheck(), new DateOrderCheck(), new HeadingOrderCheck(), new FormatDriftCheck());
    }
}
