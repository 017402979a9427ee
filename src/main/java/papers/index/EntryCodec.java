package papers.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papers.catalog.ArxivId;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.Link;

/** An entry as the compact JSON the index stores, so a search needs no parse of the catalog. */
final class EntryCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EntryCodec() {}

    static byte[] encode(Entry e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("t", e.title());
        ArrayNode au = o.putArray("a");
        e.authors().forEach(au::add);
        if (e.arxiv() != null) {
            o.put("x", e.arxiv().id());
        }
        if (e.url() != null) {
            o.put("u", e.url());
        }
        ArrayNode links = o.putArray("l");
        for (Link l : e.links()) {
            links.addArray().add(l.label()).add(l.url()).add(l.line()).add(l.column());
        }
        if (e.venue() != null) {
            o.put("v", e.venue());
        }
        if (e.date() != null) {
            o.putArray("d").add(e.date().year()).add(e.date().month()).add(e.date().day());
        }
        if (e.doi() != null) {
            o.put("o", e.doi());
        }
        ArrayNode tags = o.putArray("g");
        e.tags().forEach(tags::add);
        ArrayNode section = o.putArray("s");
        e.section().forEach(section::add);
        ObjectNode fields = o.putObject("f");
        e.fields().forEach(fields::put);
        if (e.notes() != null) {
            o.put("n", e.notes());
        }
        o.put("p", e.file());
        o.put("i", e.line());
        o.put("j", e.lastLine());
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Entry decode(byte[] bytes) {
        JsonNode o;
        try {
            o = MAPPER.readTree(bytes);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> authors = strings(o.get("a"));
        List<Link> links = new ArrayList<>();
        o.get("l").forEach(l -> links.add(new Link(l.get(0).asText(), l.get(1).asText(), l.get(2).asInt(), l.get(3).asInt())));
        JsonNode d = o.get("d");
        EntryDate date = d == null ? null : new EntryDate(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asInt());
        Map<String, String> fields = new LinkedHashMap<>();
        o.get("f").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
        return new Entry(o.get("t").asText(), authors, o.has("x") ? new ArxivId(o.get("x").asText()) : null,
                text(o, "u"), links, text(o, "v"), date, text(o, "o"), strings(o.get("g")), strings(o.get("s")), fields,
                text(o, "n"), o.get("p").asText(), o.get("i").asInt(), o.get("j").asInt());
    }

    private static String text(JsonNode o, String key) {
        return o.has(key) ? o.get(key).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
