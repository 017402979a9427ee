package papers.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What the index records of itself beside the Lucene files, as a properties file. */
record IndexMeta(int format, String lucene, String identity, List<Fingerprint.Stamp> files, int entries,
        List<String> labels, List<String> unread) {

    IndexMeta {
        unread = unread == null ? List.of() : List.copyOf(unread);
    }

    IndexMeta withFiles(List<Fingerprint.Stamp> newFiles) {
        return new IndexMeta(format, lucene, identity, newFiles, entries, labels, unread);
    }

    byte[] bytes() {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(format));
        p.setProperty("lucene", lucene);
        p.setProperty("identity", identity);
        p.setProperty("entries", String.valueOf(entries));
        p.setProperty("labels", String.join(",", labels));
        p.setProperty("files", String.valueOf(files.size()));
        p.setProperty("unread", String.valueOf(unread.size()));
        for (int i = 0; i < unread.size(); i++) {
            p.setProperty("unread." + i, unread.get(i));
        }
        for (int i = 0; i < files.size(); i++) {
            Fingerprint.Stamp f = files.get(i);
            p.setProperty("file." + i + ".path", f.path());
            p.setProperty("file." + i + ".size", String.valueOf(f.size()));
            p.setProperty("file." + i + ".mtime", String.valueOf(f.mtime()));
            p.setProperty("file." + i + ".checksum", f.checksum() == null ? "" : f.checksum());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            p.store(out, "papers search index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static IndexMeta read(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        }
        List<Fingerprint.Stamp> files = new ArrayList<>();
        int n = Integer.parseInt(p.getProperty("files"));
        for (int i = 0; i < n; i++) {
            String sum = p.getProperty("file." + i + ".checksum");
            files.add(new Fingerprint.Stamp(p.getProperty("file." + i + ".path"),
                    Long.parseLong(p.getProperty("file." + i + ".size")), Long.parseLong(p.getProperty("file." + i + ".mtime")),
                    sum == null || sum.isEmpty() ? null : sum));
        }
        String labels = p.getProperty("labels", "");
        List<String> unread = new ArrayList<>();
        int u = Integer.parseInt(p.getProperty("unread", "0"));
        for (int i = 0; i < u; i++) {
            unread.add(p.getProperty("unread." + i, ""));
        }
        return new IndexMeta(Integer.parseInt(p.getProperty("format")), p.getProperty("lucene"), p.getProperty("identity"),
                files, Integer.parseInt(p.getProperty("entries")), labels.isEmpty() ? List.of() : List.of(labels.split(",")),
                unread);
    }
}
