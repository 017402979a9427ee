package papers.export;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import papers.catalog.Entry;
import papers.catalog.Venues;

/**
 * Entries as BibTeX {@code @misc} records with {@code eprint}, {@code archivePrefix} and
 * {@code primaryClass} where known, keyed {@code lastnameYEARfirstword} made unique with a, b, ...
 */
final class Bibtex {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Set<String> SKIP = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and", "is", "are", "with");

    private Bibtex() {}

    /** All records, keys unique across the list, in the order given. */
    static void write(List<Entry> entries, Writer out) throws IOException {
        Set<String> used = new HashSet<>();
        Map<String, Integer> tried = new HashMap<>();
        for (Entry e : entries) {
            String base = key(e);
            int i = tried.getOrDefault(base, 0);
            String key = candidate(base, i);
            while (used.contains(key)) {
                key = candidate(base, ++i);
            }
            tried.put(base, i);
            used.add(key);
            out.append(record(e, key)).append('\n');
        }
    }

    /**
     * The {@code i}-th key tried for {@code base}: the base, then {@code a} to {@code z}, then {@code aa},
     * {@code ab}, ... (as spreadsheet columns count), so keys stay short however many papers share one. The keys
     * before {@code i} are all taken: each base resumes where it left off.
     */
    static String candidate(String base, int i) {
        StringBuilder suffix = new StringBuilder();
        for (int n = i; n > 0; n = (n - 1) / 26) {
            suffix.append((char) ('a' + (n - 1) % 26));
        }
        return base + suffix.reverse();
    }

    /** {@code lastnameYEARfirstword}, ASCII only: {@code wang2024qwen2}. */
    static String key(Entry e) {
        String last = "anon";
        if (!e.authors().isEmpty()) {
            String[] names = e.authors().get(0).strip().split("\\s+");
            last = names[names.length - 1];
        }
        String word = "untitled";
        for (String w : e.title().split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !SKIP.contains(w.toLowerCase(Locale.ROOT))) {
                word = w;
                break;
            }
        }
        String year = e.date() == null ? "" : String.valueOf(e.date().year());
        String key = ascii(last) + year + ascii(word);
        return key.isEmpty() ? "entry" : key;
    }

    private static String ascii(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String record(Entry e, String key) {
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"title", "{" + escape(e.title()) + "}"});
        if (!e.authors().isEmpty()) {
            f.add(new String[] {"author", escape(String.join(" and ", e.authors()))});
        }
        if (e.date() != null) {
            f.add(new String[] {"year", String.valueOf(e.date().year())});
            if (e.date().month() != 0) {
                f.add(new String[] {"month", MONTHS[e.date().month() - 1]});
            }
        }
        if (e.arxiv() != null) {
            f.add(new String[] {"eprint", e.arxiv().id()});
            f.add(new String[] {"archivePrefix", "arXiv"});
            String primary = e.fields().get("primaryClass");
            if (primary == null && !e.arxiv().isNewStyle()) {
                primary = e.arxiv().id().substring(0, e.arxiv().id().indexOf('/'));
            }
            if (primary != null) {
                f.add(new String[] {"primaryClass", escape(primary)});
            }
        }
        if (e.venue() != null && !Venues.isPreprint(e.venue())) {
            f.add(new String[] {"note", escape(e.venue())});
        }
        if (e.doi() != null) {
            f.add(new String[] {"doi", escape(e.doi())});
        }
        String url = e.url() != null ? e.url() : e.arxiv() != null ? e.arxiv().absUrl() : null;
        if (url != null) {
            f.add(new String[] {"url", url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")});
        }
        StringBuilder sb = new StringBuilder("@misc{").append(key).append(",\n");
        for (int i = 0; i < f.size(); i++) {
            String v = f.get(i)[1];
            sb.append("  ").append(f.get(i)[0]).append(" = {").append(v).append('}').append(i + 1 < f.size() ? ",\n" : "\n");
        }
        return sb.append("}\n").toString();
    }

    /** Escapes BibTeX and LaTeX specials so every brace in the output is balanced and meant. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.replaceAll("[\\p{Cc}]+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{' -> sb.append("\\{");
                case '}' -> sb.append("\\}");
                case '&' -> sb.append("\\&");
                case '%' -> sb.append("\\%");
                case '$' -> sb.append("\\$");
                case '#' -> sb.append("\\#");
                case '_' -> sb.append("\\_");
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
