package papers.arxiv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import papers.catalog.ArxivId;

/**
 * Reads the arXiv API's Atom feed with StAX, looking elements up by name (their order varies). DTDs
 * and external entities are never resolved: a feed that declares one is refused.
 */
final class AtomParser {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";

    private AtomParser() {}

    private static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";

    /**
     * A parsed feed: its papers, the message of an error entry if arXiv sent one, and how many papers the whole
     * query matches ({@code opensearch:totalResults}; -1 when the feed does not say).
     */
    record Feed(List<ArxivPaper> papers, Optional<String> error, int total) {}

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    static Feed parse(InputStream raw) {
        List<ArxivPaper> papers = new ArrayList<>();
        String error = null;
        int total = -1;
        XMLStreamReader r = null;
        try {
            BufferedInputStream in = new BufferedInputStream(raw);
            if (gzipped(in)) {
                throw new ArxivException(ArxivException.Kind.BAD_RESPONSE,
                        "the arXiv response is gzip-compressed, which papers did not ask for; refusing to read it");
            }
            // decoded here, not by the XML parser: its own decoder prints "[Fatal Error]" on stderr for a bad byte
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            r = factory().createXMLStreamReader(new InputStreamReader(in, utf8));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new ArxivException(ArxivException.Kind.BAD_RESPONSE,
                            "the arXiv response declares a DTD; refusing to read it");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ArxivException(ArxivException.Kind.BAD_RESPONSE,
                            "the arXiv response uses an entity (" + r.getLocalName() + "); refusing to read it");
                }
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("totalResults")
                        && OPENSEARCH.equals(r.getNamespaceURI())) {
                    total = count(r.getElementText());
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("entry")) {
                    Entry e = entry(r);
                    if (e.id != null && e.id.contains("/api/errors")) {
                        error = e.summary == null ? e.title : e.summary;
                    } else if (e.id != null) {
                        papers.add(e.toPaper());
                    }
                }
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (e instanceof ArxivException a) {
                throw a;
            }
            String msg = e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException
                    ? "it is not UTF-8 text"
                    : e.getMessage() == null ? e.toString() : e.getMessage().lines().reduce((a, b) -> b).orElse("");
            throw new ArxivException(ArxivException.Kind.BAD_RESPONSE, "the arXiv response is not a readable Atom feed: "
                    + msg.replaceAll("\\s+", " ").replaceFirst("^Message: ", "").strip(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
        return new Feed(papers, Optional.ofNullable(error), total);
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ArxivException(ArxivException.Kind.BAD_RESPONSE, "the arXiv response gives a result count that is not a number: "
                    + collapse(text.length() > 40 ? text.substring(0, 40) + "..." : text));
        }
    }

    /** True when the stream starts with gzip's magic bytes (it is left where it was). */
    private static boolean gzipped(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }

    /** The fields of one {@code <entry>} as they come. */
    private static final class Entry {
        String id;
        String title;
        String summary;
        String published;
        String updated;
        String primary;
        String comment;
        String journalRef;
        String doi;
        final List<String> authors = new ArrayList<>();

        ArxivPaper toPaper() {
            String url = id;
            bounded(url, "id", 200);
            bounded(title, "title", MAX_TITLE);
            bounded(summary, "abstract", MAX_TEXT);
            bounded(comment, "comment", MAX_LINE);
            bounded(journalRef, "journal reference", MAX_LINE);
            bounded(doi, "DOI", 500);
            bounded(primary, "category", 100);
            if (authors.size() > MAX_AUTHORS) {
                throw tooLong("author list", authors.size() + " names", MAX_AUTHORS + " names");
            }
            authors.forEach(a -> bounded(a, "author name", 500));
            ArxivId arxiv = ArxivId.parse(url).orElseThrow(() -> new ArxivException(ArxivException.Kind.BAD_RESPONSE,
                    "arXiv returned an entry with an id that is not an arXiv id: " + url));
            Matcher v = Pattern.compile("v(\\d+)$").matcher(url);
            int version = v.find() ? Integer.parseInt(v.group(1)) : 1;
            return new ArxivPaper(arxiv, version, collapse(title == null ? "" : title), collapse(summary), authors,
                    day(published), day(updated), primary, collapse(comment), collapse(journalRef), collapse(doi));
        }
    }

    /** The longest fields taken from arXiv (real ones are far shorter: titles run to a few hundred characters). */
    static final int MAX_TITLE = 2_000;
    static final int MAX_LINE = 10_000;
    static final int MAX_TEXT = 100_000;
    static final int MAX_AUTHORS = 10_000;

    private static void bounded(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw tooLong(field, String.format(Locale.ROOT, "%,d characters", value.length()), String.format(Locale.ROOT, "%,d", max));
        }
    }

    private static ArxivException tooLong(String field, String length, String max) {
        return new ArxivException(ArxivException.Kind.BAD_RESPONSE, "the arXiv response has a " + field + " of " + length
                + " (at most " + max + " taken); refusing it");
    }

    private static Entry entry(XMLStreamReader r) throws XMLStreamException {
        Entry e = new Entry();
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ArxivException(ArxivException.Kind.BAD_RESPONSE,
                        "the arXiv response uses an entity (" + r.getLocalName() + "); refusing to read it");
            }
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = r.getNamespaceURI();
            String name = r.getLocalName();
            if (ARXIV.equals(ns)) {
                switch (name) {
                    case "primary_category" -> e.primary = r.getAttributeValue(null, "term");
                    case "comment" -> e.comment = r.getElementText();
                    case "journal_ref" -> e.journalRef = r.getElementText();
                    case "doi" -> e.doi = r.getElementText();
                    default -> skip(r);
                }
                if (!name.equals("primary_category")) {
                    continue;
                }
                skip(r);
                continue;
            }
            if (ATOM.equals(ns) || ns == null || ns.isEmpty()) {
                switch (name) {
                    case "id" -> e.id = r.getElementText().strip();
                    case "title" -> e.title = r.getElementText();
                    case "summary" -> e.summary = r.getElementText();
                    case "published" -> e.published = r.getElementText().strip();
                    case "updated" -> e.updated = r.getElementText().strip();
                    case "author" -> {
                        String author = author(r);
                        if (author != null) {
                            e.authors.add(collapse(author));
                        }
                    }
                    case "link" -> {
                        if ("doi".equals(r.getAttributeValue(null, "title")) && e.doi == null) {
                            String href = r.getAttributeValue(null, "href");
                            e.doi = href == null ? null : href.replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
                        }
                        skip(r);
                    }
                    default -> skip(r);
                }
                continue;
            }
            skip(r);
        }
        return e;
    }

    private static String author(XMLStreamReader r) throws XMLStreamException {
        String name = null;
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("name")) {
                    name = r.getElementText();
                } else {
                    skip(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return name;
    }

    /** Skips to the end of the current element. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    static String collapse(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }

    private static String day(String timestamp) {
        return timestamp == null || timestamp.length() < 10 ? timestamp : timestamp.substring(0, 10);
    }
}
