package papers.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import papers.catalog.edit.Edit;

/** Unified diffs of what a --dry-run would change. */
final class Diffs {
    private Diffs() {}

    /** The diff of each edit that changed its file, in order. */
    static void print(PrintWriter out, List<Edit> edits) {
        for (Edit e : edits) {
            if (e.changed()) {
                print(out, e.file(), e.before(), e.after());
            }
        }
    }

    static void print(PrintWriter out, String file, String before, String after) {
        List<String> a = Arrays.asList(before.split("\\R", -1));
        List<String> b = Arrays.asList(after.split("\\R", -1));
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, a, DiffUtils.diff(a, b), 2)) {
            out.println(Terminal.safe(line));
        }
    }
}
