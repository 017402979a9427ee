package papers.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import papers.catalog.Entry;
import papers.catalog.edit.EntryUpdater;
import papers.curate.UpdatePapers;

/** What {@code papers update} did, as text: each changed entry with its diff, what was left and why, the totals. */
final class UpdateReport {
    private final PrintWriter out;
    private final PrintWriter err;

    UpdateReport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Every outcome in catalog order, then the closing line (would update, on a dry run). */
    void print(UpdatePapers.Result r, boolean dryRun) {
        Map<String, Integer> noPlace = new TreeMap<>();
        r.outcomes().forEach(o -> entry(o, noPlace));
        summary(r, noPlace, dryRun);
    }

    /**
     * Prints what changed in one entry (its fields, then its old and new lines) and what was left, counting the
     * fields its format has no place for in {@code noPlace}.
     */
    private void entry(UpdatePapers.Outcome outcome, Map<String, Integer> noPlace) {
        Entry e = outcome.entry();
        EntryUpdater.Result u = outcome.result();
        if (outcome.changed()) {
            List<String> what = u.changes().stream().map(c -> c.field().id() + " "
                    + (c.before() == null ? "" : "\"" + c.before() + "\" -> ") + "\"" + c.after() + "\"").toList();
            out.println(e.file() + ":" + outcome.found().line() + ": " + Terminal.safe(e.title()) + ": "
                    + Terminal.safe(String.join("; ", what)));
            // the entry's own diff: its old lines, then its new ones
            for (String l : outcome.before()) {
                out.println("-" + Terminal.safe(l));
            }
            for (String l : u.lines()) {
                out.println("+" + Terminal.safe(l));
            }
        }
        for (EntryUpdater.Left l : u.left()) {
            if (l.noPlace()) {
                noPlace.merge(l.field().id(), 1, Integer::sum);
            } else {
                err.println("papers: " + e.file() + ":" + e.line() + ": " + l.field().id() + " left: " + Terminal.safe(l.why()));
            }
        }
    }

    /** The closing line: how many were updated, current, without an id, not on arXiv; and what had no place. */
    private void summary(UpdatePapers.Result r, Map<String, Integer> noPlace, boolean dryRun) {
        int chosen = r.chosen();
        int withId = r.withId();
        int missing = r.missing();
        long updated = r.updated();
        long current = r.outcomes().size() - updated;
        StringBuilder sum = new StringBuilder((dryRun ? "would update " : "updated ") + updated + " of " + chosen
                + (chosen == 1 ? " entry" : " entries"));
        sum.append("; ").append(current).append(" up to date");
        if (chosen > withId) {
            sum.append("; ").append(chosen - withId).append(" without an arXiv id left alone");
        }
        if (missing > 0) {
            sum.append("; ").append(missing).append(" not found on arXiv");
        }
        out.println(sum);
        if (!noPlace.isEmpty()) {
            List<String> parts = new ArrayList<>();
            noPlace.forEach((field, n) -> parts.add(field + " (" + n + (n == 1 ? " entry)" : " entries)")));
            err.println("papers: arXiv knows more that the entries' format has no place for: " + String.join(", ", parts));
        }
    }
}
