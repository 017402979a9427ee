package papers.lint.checks;

import java.util.List;
import java.util.Optional;
import papers.catalog.ArxivId;
import papers.catalog.Entry;

/** {@link Rule#TWO_ARXIV_IDS}: one entry whose links name two different arXiv papers. */
final class TwoArxivIdsCheck implements Check {
    @Override
    public void check(LintFile file, Findings out) {
        for (Entry e : file.parsed().entries()) {
            List<String> ids = e.links().stream().map(l -> ArxivId.parse(l.url())).flatMap(Optional::stream)
                    .map(ArxivId::id).distinct().toList();
            if (ids.size() > 1) {
                out.add(Rule.TWO_ARXIV_IDS, e.line(), 1, "links name two arXiv papers: " + String.join(", ", ids), e.title(), null);
            }
        }
    }
}
