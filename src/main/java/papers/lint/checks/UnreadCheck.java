package papers.lint.checks;

import java.util.List;
import papers.catalog.Unread;

/** {@link Rule#UNREAD}: one finding for a file whose paper links mostly lie outside its entries, at the first of them. */
final class UnreadCheck implements Check {
    @Override
    public void check(LintFile file, Findings out) {
        List<Unread.Item> items = Unread.items(file.parsed());
        Unread.warning(file.parsed(), items).ifPresent(w -> out.add(Rule.UNREAD, items.get(0).line(), 1, w, null, null));
    }
}
