package papers.lint.checks;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import papers.catalog.Entry;
import papers.catalog.PaperIdentity;

/**
 * {@link Rule#DUPLICATE} and {@link Rule#DUPLICATE_ACROSS_SECTIONS}: an entry that is the same paper (see
 * {@link PaperIdentity}) as one before it, in its own section or another.
 */
final class DuplicateCheck implements Check {
    @Override
    public void check(LintFile file, Findings out) {
        Map<String, Entry> seen = new HashMap<>();
        for (Entry e : file.parsed().entries()) {
            Entry first = null;
            for (String key : PaperIdentity.keys(e)) {
                Entry before = seen.putIfAbsent(key, e);
                first = first == null ? before : first;
            }
            if (first != null && first != e) {
                boolean same = Objects.equals(first.sectionPath(), e.sectionPath());
                out.add(same ? Rule.DUPLICATE : Rule.DUPLICATE_ACROSS_SECTIONS, e.line(), 1,
                        "same paper as line " + first.line() + (same ? "" : " (in " + first.sectionPath() + ")") + ": " + e.title(),
                        e.title(), null);
            }
        }
    }
}
