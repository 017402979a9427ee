package papers.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import papers.lint.checks.Finding;
import papers.lint.checks.Rule;

/** The findings on lines changed since a ref, and those of the rules about a whole file; counts the rest. */
final class ChangedFindings {
    private final Git git;
    private final String ref;
    private final boolean staged;
    int leftOut;

    ChangedFindings(Git git, String ref, boolean staged) {
        this.git = git;
        this.ref = ref;
        this.staged = staged;
    }

    List<Finding> keep(LintInputs.Input t, List<Finding> found) {
        if (t.path() == null) {
            return found;
        }
        Set<Integer> lines = git.changedLines(ref, t.path(), staged, (int) t.text().text().lines().count() + 1);
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            if (lines.contains(f.line()) || f.rule() == Rule.UNREAD || f.rule() == Rule.TOC) {
                out.add(f);
            } else {
                leftOut++;
            }
        }
        return out;
    }
}
