package papers.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.io.PrintWriter;
import java.util.List;
import papers.catalog.MarkdownLines;
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
        // views of the lines, each cut out only when read
        List<String> a = MarkdownLines.of(before).list();
        List<String> b = MarkdownLines.of(after).list();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, a, patch(a, b), 2)) {
            out.println(Terminal.safe(line));
        }
    }

    /**
     * The changes from {@code a} to {@code b}. When as many lines are on each side between the lines both start
     * and end with, and at most half of them differ from their counterparts (a fix changes lines in place), each
     * line is set against its counterpart: a general diff of a big file with thousands of such changes takes time
     * and memory that grow with both. Lines moved keep the general diff, which shows them taken out and put in.
     */
    private static Patch<String> patch(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        if (a.size() != b.size()) {
            return DiffUtils.diff(a, b);
        }
        int differ = 0;
        for (int i = head; i < a.size() - tail; i++) {
            differ += a.get(i).equals(b.get(i)) ? 0 : 1;
        }
        if (differ * 2 > a.size() - tail - head) {
            // most lines between differ: lines moved (an entry to another place), which the general diff shows as they are
            return DiffUtils.diff(a, b);
        }
        Patch<String> patch = new Patch<>();
        for (int i = head; i < a.size() - tail; i++) {
            if (a.get(i).equals(b.get(i))) {
                continue;
            }
            int end = i + 1;
            while (end < a.size() - tail && !a.get(end).equals(b.get(end))) {
                end++;
            }
            patch.addDelta(new ChangeDelta<>(new Chunk<>(i, a.subList(i, end)), new Chunk<>(i, b.subList(i, end))));
            i = end;
        }
        return patch;
    }
}
