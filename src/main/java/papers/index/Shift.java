package papers.index;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.MarkdownLines;

/**
 * Lines inserted ({@code delta} > 0) or removed into {@code file} at {@code from} since the index was
 * built: stored entries at or after that line are that much further down now.
 */
record Shift(String file, int from, int delta) {
    /** Most line shifts kept before the next change rebuilds the index instead. */
    static final int MAX = 500;

    /** {@code e}, indexed at generation {@code gen}, with the line shifts made since applied. */
    static Entry adjust(Entry e, int gen, List<Shift> shifts) {
        Entry out = e;
        for (int i = gen; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            if (s.file().equals(out.file()) && out.line() >= s.from()) {
                List<Link> links = new ArrayList<>();
                for (Link l : out.links()) {
                    links.add(new Link(l.label(), l.url(), l.line() >= s.from() ? l.line() + s.delta() : l.line(),
                            l.column()));
                }
                out = out.toBuilder().links(links).lines(out.line() + s.delta(), out.lastLine() + s.delta()).build();
            }
        }
        return out;
    }

    /**
     * How the lines of {@code file} moved from {@code before} to {@code after}: one shift per place lines
     * were added or taken out, last place first, so that each is in the lines as they were.
     */
    static List<Shift> between(String file, String before, String after) {
        List<String> a = MarkdownLines.of(before).list();
        List<String> b = MarkdownLines.of(after).list();
        // the lines both share at the start and at the end need no diff
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Shift> out = new ArrayList<>();
        var deltas = DiffUtils.diff(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail)).getDeltas();
        for (var d : deltas) {
            int delta = d.getTarget().size() - d.getSource().size();
            if (delta != 0) {
                out.add(new Shift(file, head + d.getSource().getPosition() + d.getSource().size() + 1, delta));
            }
        }
        Collections.reverse(out);
        return out;
    }
}
