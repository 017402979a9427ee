package papers.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.Sections;

/**
 * The sections each file of the catalog was cut into when its entries were indexed: per file, in order,
 * each section's id (every document of the section carries it), the lines it spans now and the hash of
 * what it was read from. It is stored in the Lucene commit itself, so a reader sees the table of the
 * documents it reads; an entry's lines are its stored lines moved by how far its section has moved since.
 */
final class SectionTable {
    /** The key of the table in a commit's user data. */
    static final String KEY = "papers.sections";
    private static final char FIELD = '\u0001';

    /** One section of a file: its id, lines {@code start} to {@code end} (exclusive), the hash, and if it is the whole file. */
    record Row(String id, int start, int end, long hash, boolean whole) {
        Row at(int newStart, int newEnd) {
            return new Row(id, newStart, newEnd, hash, whole);
        }
    }

    private final Map<String, List<Row>> files = new LinkedHashMap<>();
    private long next;
    private Map<String, Integer> starts;

    /** The table as {@link #encode} wrote it; an empty table when there is none. */
    static SectionTable decode(String text) {
        SectionTable t = new SectionTable();
        if (text == null || text.isEmpty()) {
            return t;
        }
        List<Row> rows = null;
        for (String line : text.split("\n")) {
            String[] f = line.split(String.valueOf(FIELD), -1);
            switch (f[0]) {
                case "N" -> t.next = Long.parseLong(f[1]);
                case "F" -> {
                    rows = new ArrayList<>();
                    t.files.put(f[1], rows);
                }
                default -> rows.add(new Row(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Long.parseLong(f[4]),
                        f[5].equals("1")));
            }
        }
        return t;
    }

    String encode() {
        StringBuilder sb = new StringBuilder().append('N').append(FIELD).append(next).append('\n');
        files.forEach((file, rows) -> {
            sb.append('F').append(FIELD).append(file).append('\n');
            for (Row r : rows) {
                sb.append('S').append(FIELD).append(r.id()).append(FIELD).append(r.start()).append(FIELD).append(r.end())
                        .append(FIELD).append(r.hash()).append(FIELD).append(r.whole() ? '1' : '0').append('\n');
            }
        });
        return sb.toString();
    }

    /** A new row for {@code s}, with an id no document of this index has had. */
    Row newRow(Sections.Section s) {
        return new Row(Long.toString(next++, 36), s.start(), s.end(), s.hash(), s.whole());
    }

    /** The rows of {@code file}, in order; empty when it has none. */
    List<Row> rows(String file) {
        return files.getOrDefault(file, List.of());
    }

    void put(String file, List<Row> rows) {
        files.put(file, List.copyOf(rows));
        starts = null;
    }

    boolean has(String file) {
        return files.containsKey(file);
    }

    /** The line section {@code id} starts at now, or -1 when the table has no such section. */
    int start(String id) {
        if (starts == null) {
            Map<String, Integer> m = new HashMap<>();
            files.values().forEach(rows -> rows.forEach(r -> m.put(r.id(), r.start())));
            starts = m;
        }
        return starts.getOrDefault(id, -1);
    }

    /** Where {@code file} comes in the catalog's files (as they were indexed); past the last when it is not one. */
    int order(String file) {
        int i = 0;
        for (String f : files.keySet()) {
            if (f.equals(file)) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** How many sections the table holds. */
    int size() {
        return files.values().stream().mapToInt(List::size).sum();
    }
}
