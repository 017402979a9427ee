package papers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import papers.catalog.Entry;

/** The line shifts an in-place index update records: every line that survives an edit is found where it went. */
class LineShiftTest {

    @Test
    void everyLineThatSurvivesRandomEditsIsFoundWhereItWent() {
        Random random = new Random(20261122);
        for (int round = 0; round < 300; round++) {
            List<String> before = new ArrayList<>();
            int size = 5 + random.nextInt(60);
            for (int i = 0; i < size; i++) {
                before.add("line " + i);
            }
            // one to four edits: blocks taken out, blocks put in, lines changed in place
            List<String> after = new ArrayList<>(before);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && !after.isEmpty(); e++) {
                int at = random.nextInt(after.size());
                switch (random.nextInt(3)) {
                    case 0 -> {
                        int n = Math.min(after.size() - at, 1 + random.nextInt(4));
                        after.subList(at, at + n).clear();
                    }
                    case 1 -> {
                        List<String> block = new ArrayList<>();
                        for (int k = 0; k < 1 + random.nextInt(4); k++) {
                            block.add("new " + round + "." + e + "." + k);
                        }
                        after.addAll(at, block);
                    }
                    default -> after.set(at, "changed " + round + "." + e);
                }
            }
            List<Shift> shifts = Shift.between("f.md", String.join("\n", before), String.join("\n", after));
            for (int i = 0; i < before.size(); i++) {
                int went = after.indexOf(before.get(i));
                if (went < 0) {
                    continue;
                }
                Entry e = Entry.builder("t", "f.md").lines(i + 1, i + 1).build();
                assertThat(Shift.adjust(e, 0, shifts).line()).as("round %d, line %d", round, i + 1).isEqualTo(went + 1);
            }
        }
    }

    @Test
    void linesOfOtherFilesDoNotMove() {
        List<Shift> shifts = Shift.between("a.md", "x\ny\nz", "w\nx\ny\nz");
        Entry e = Entry.builder("t", "b.md").lines(2, 2).build();
        assertThat(Shift.adjust(e, 0, shifts).line()).isEqualTo(2);
        Entry same = Entry.builder("t", "a.md").lines(2, 2).build();
        assertThat(Shift.adjust(same, 0, shifts).line()).isEqualTo(3);
    }
}
