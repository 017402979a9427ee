package papers.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.ArxivId;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.Link;

/**
 * An entry in the compact binary form the index stores, so a search needs no parse of the catalog
 * (and no JSON library to start: this is on every search's path).
 */
final class EntryCodec {
    private EntryCodec() {}

    static byte[] encode(Entry e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            longText(out, e.title());
            nullable(out, e.alias());
            strings(out, e.authors());
            nullable(out, e.arxiv() == null ? null : e.arxiv().id());
            nullable(out, e.url());
            out.writeInt(e.links().size());
            for (Link l : e.links()) {
                longText(out, l.label());
                longText(out, l.url());
                out.writeInt(l.line());
                out.writeInt(l.column());
            }
            nullable(out, e.venue());
            out.writeBoolean(e.date() != null);
            if (e.date() != null) {
                out.writeShort(e.date().year());
                out.writeByte(e.date().month());
                out.writeByte(e.date().day());
            }
            nullable(out, e.doi());
            strings(out, e.tags());
            strings(out, e.section());
            out.writeInt(e.fields().size());
            for (Map.Entry<String, String> f : e.fields().entrySet()) {
                longText(out, f.getKey());
                longText(out, f.getValue());
            }
            out.writeBoolean(e.notes() != null);
            if (e.notes() != null) {
                longText(out, e.notes());
            }
            longText(out, e.file());
            out.writeInt(e.line());
            out.writeInt(e.lastLine());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    static Entry decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            String title = longText(in);
            String alias = nullable(in);
            List<String> authors = strings(in);
            String arxiv = nullable(in);
            String url = nullable(in);
            int n = in.readInt();
            List<Link> links = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                links.add(new Link(longText(in), longText(in), in.readInt(), in.readInt()));
            }
            String venue = nullable(in);
            EntryDate date = in.readBoolean() ? new EntryDate(in.readShort(), in.readByte(), in.readByte()) : null;
            String doi = nullable(in);
            List<String> tags = strings(in);
            List<String> section = strings(in);
            int f = in.readInt();
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < f; i++) {
                fields.put(longText(in), longText(in));
            }
            String notes = in.readBoolean() ? longText(in) : null;
            return new Entry(title, alias, authors, arxiv == null ? null : new ArxivId(arxiv), url, links, venue, date, doi,
                    tags, section, fields, notes, longText(in), in.readInt(), in.readInt());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            longText(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(longText(in));
        }
        return out;
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            longText(out, s);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? longText(in) : null;
    }

    /** A string of any length, as its UTF-8 byte count and bytes. */
    private static void longText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String longText(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
