package papers.lint;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.ArxivId;
import papers.catalog.CatalogParser;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.MarkdownLines;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;
import papers.catalog.Unread;
import papers.catalog.edit.TableOfContents;
import papers.catalog.format.EntryFormat;

/**
 * The offline rules, run over one parsed file.
 *
 * <pre>{@code
 * List<Finding> findings = new Linter(LintSettings.defaults()).lint(parsedFile);
 * }</pre>
 */
public final class Linter {
    private static final Pattern EMPTY_LINK = Pattern.compile("!?\\[([^\\[\\]]*)]\\(\\s*\\)");
    private static final Pattern GLUED = Pattern.compile("]\\(\\s*\\)(?=[^\\s\\[\\]()*_,.;:])");
    private static final Pattern DOUBLE_LABEL = Pattern.compile("\\[\\[([^\\[\\]]{1,40})]](?![(\\[])");
    private static final Pattern SINGLE_LABEL = Pattern.compile("(?<![\\[\\]!\\w])\\[(\\*{0,2}(?:Paper|Code|PDF|Project|Demo|"
            + "Page|Website|Model|Dataset|Data|Blog|Video|Slides|Notes|ReadNotes|Github|GitHub|arXiv|Reading Notes)\\*{0,2})](?![(\\[:])");
    private static final Pattern LINK_TARGET = Pattern.compile("]\\(([^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*)(\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK_WITH_SPACE = Pattern.compile("]\\((https?://[^)\\s]*+\\s++[^)\"]{0,1000}+)\\)");
    private static final Pattern NESTED = Pattern.compile("]\\([^)\\s\\[]{0,500}+\\[[^\\]]{0,300}+]\\(");
    private static final Pattern BARE = Pattern.compile("(?<![(<\\[\"'=])\\bhttps?://[^\\s<>()\\[\\]]+");
    private static final Pattern HTTP = Pattern.compile("\\]\\((http)://(?:www\\.)?(arxiv\\.org|github\\.com|huggingface\\.co|"
            + "openreview\\.net|paperswithcode\\.com|aclanthology\\.org|proceedings\\.neurips\\.cc|doi\\.org|zhuanlan\\.zhihu\\.com|"
            + "youtube\\.com|twitter\\.com|x\\.com|medium\\.com|openaccess\\.thecvf\\.com|dl\\.acm\\.org|ieeexplore\\.ieee\\.org)\\b");
    private static final Pattern ARXIV_URL = Pattern.compile("(?i)https?://(?:www\\.|export\\.)?arxiv\\.org/(abs|pdf|html)/"
            + "([0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/[0-9]{7})(v[0-9]+)?(\\.pdf)?/?");
    private static final Pattern DISABLE = Pattern.compile("<!--\\s*+papers-lint\\s++disable-next-line((?:[\\w\\s,]|-(?!->))*+)-->");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d+)([.)])\\s");
    private static final Pattern CODE_SPAN = Pattern.compile("(`++)(.{1,1000}?)\\1(?!`)");

    private final LintSettings settings;

    public Linter(LintSettings settings) {
        this.settings = settings;
    }

    /** Every finding in {@code file}, by line and column; rules that are off and disabled lines left out. */
    public List<Finding> lint(ParsedFile file) {
        Collector c = new Collector(file.source().path(), settings);
        String[] lines = file.markdownLines().list().toArray(String[]::new);
        boolean[] hidden = hiddenLines(file.markdownLines());
        Map<Integer, Set<String>> disabled = disabledLines(lines);
        Set<Integer> entryLines = new HashSet<>();
        for (Entry e : file.entries()) {
            for (int l = e.line(); l <= e.lastLine(); l++) {
                entryLines.add(l);
            }
        }
        String preferred = preferredArxivForm(lines, hidden);
        boolean[] template = templateLines(file, lines.length);
        for (int i = 0; i < lines.length; i++) {
            if (hidden[i] || template[i]) {
                continue;
            }
            lineRules(c, i + 1, visible(lines[i]), lines[i], entryLines.contains(i + 1), preferred);
        }
        for (String w : file.warnings()) {
            Matcher m = Pattern.compile(":(\\d+): ").matcher(w);
            int line = m.find() ? Integer.parseInt(m.group(1)) : 1;
            c.add(Rule.UNCLOSED_COMMENT, line, 1, "HTML comment never closed: everything after it is hidden", "<!--", null);
        }
        unread(c, file);
        duplicates(c, file);
        anchors(c, file, lines, hidden);
        tableOfContents(c, file);
        numbering(c, file, lines);
        dateOrder(c, file);
        headingOrder(c, file);
        formatDrift(c, file);
        List<Finding> out = new ArrayList<>();
        for (Finding f : c.findings) {
            Set<String> off = disabled.get(f.line());
            if (off != null && (off.isEmpty() || off.contains(f.rule().id()))) {
                continue;
            }
            if (f.text() != null && settings.ignored(f.text())) {
                continue;
            }
            out.add(f);
        }
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return out;
    }

    /** One finding for a file whose paper links mostly lie outside its entries, at the first of them. */
    private static void unread(Collector c, ParsedFile file) {
        List<Unread.Item> items = Unread.items(file);
        Unread.warning(file, items).ifPresent(w -> c.add(Rule.UNREAD, items.get(0).line(), 1, w, null, null));
    }

    /** A URL written in a file, at its 1-based line and column. */
    public record UrlAt(int line, int column, String url) {}

    /** Every http(s) link target of {@code file} outside code and comments, in order. */
    public static List<UrlAt> urls(ParsedFile file) {
        String[] lines = file.markdownLines().list().toArray(String[]::new);
        boolean[] hidden = hiddenLines(file.markdownLines());
        List<UrlAt> out = new ArrayList<>();
        Pattern auto = Pattern.compile("<(https?://[^>\\s]+)>");
        for (int i = 0; i < lines.length; i++) {
            if (hidden[i]) {
                continue;
            }
            String line = visible(lines[i]);
            Matcher m = LINK_TARGET.matcher(line);
            while (m.find()) {
                if (m.group(1).startsWith("http://") || m.group(1).startsWith("https://")) {
                    out.add(new UrlAt(i + 1, m.start(1) + 1, m.group(1)));
                }
            }
            m = auto.matcher(line);
            while (m.find()) {
                out.add(new UrlAt(i + 1, m.start(1) + 1, m.group(1)));
            }
        }
        return out;
    }

    /** Findings as they are found, with their severities from the settings. */
    private static final class Collector {
        final String file;
        final LintSettings settings;
        final List<Finding> findings = new ArrayList<>();

        Collector(String file, LintSettings settings) {
            this.file = file;
            this.settings = settings;
        }

        void add(Rule rule, int line, int column, String message, String text, String fix) {
            Severity s = settings.severity(rule);
            if (s != Severity.OFF) {
                findings.add(new Finding(file, line, column, s, rule, message, text, fix));
            }
        }
    }

    private void lineRules(Collector c, int n, String line, String raw, boolean inEntry, String preferred) {
        Matcher m = EMPTY_LINK.matcher(line);
        while (m.find()) {
            c.add(Rule.LINK_EMPTY, n, m.start() + 1, "empty link target: " + m.group(), m.group(), null);
        }
        m = GLUED.matcher(line);
        while (m.find()) {
            String rest = raw.substring(m.end(), Math.min(raw.length(), m.end() + 30));
            c.add(Rule.TEXT_AFTER_EMPTY_LINK, n, m.end() + 1, "text glued after an empty link: " + rest.split("\\s")[0],
                    rest, null);
        }
        m = DOUBLE_LABEL.matcher(line);
        while (m.find()) {
            c.add(Rule.LABEL_WITHOUT_LINK, n, m.start() + 1, "label with no link: " + m.group(), m.group(), null);
        }
        m = SINGLE_LABEL.matcher(line);
        while (m.find()) {
            if (m.start() > 0 && line.charAt(m.start() - 1) == '[') {
                continue;
            }
            c.add(Rule.LABEL_WITHOUT_LINK, n, m.start() + 1, "label with no link: " + m.group(), m.group(), null);
        }
        m = NESTED.matcher(line);
        while (m.find()) {
            c.add(Rule.LINK_IN_LINK, n, m.start() + 1, "a link inside a link's target", m.group(), null);
        }
        m = LINK_WITH_SPACE.matcher(line);
        while (m.find()) {
            c.add(Rule.URL_SYNTAX, n, m.start(1) + 1, "space in a link's target: " + m.group(1), m.group(1), null);
        }
        m = LINK_TARGET.matcher(line);
        while (m.find()) {
            String target = m.group(1);
            if (count(target, '[') != count(target, ']')) {
                c.add(Rule.URL_SYNTAX, n, m.start(1) + 1, "unbalanced brackets in a link's target: " + target, target, null);
            }
            arxivForm(c, n, m.start(1), target, preferred);
        }
        m = HTTP.matcher(line);
        while (m.find()) {
            c.add(Rule.HTTP_LINK, n, m.start(1) + 1, "http:// link to " + m.group(2) + ", which serves https", "http", "https");
        }
        if (inEntry) {
            m = BARE.matcher(line);
            while (m.find()) {
                if (m.start() >= 2 && line.startsWith("](", m.start() - 2)) {
                    continue;
                }
                c.add(Rule.BARE_URL, n, m.start() + 1, "bare URL; write it as a link: [label](" + m.group() + ")", m.group(), null);
            }
        }
    }

    private void arxivForm(Collector c, int n, int start, String target, String preferred) {
        Matcher a = ARXIV_URL.matcher(target);
        if (!a.matches()) {
            return;
        }
        String kind = a.group(1).toLowerCase(Locale.ROOT);
        String want = settings.arxivForm() != null && !settings.arxivForm().equals("any") ? settings.arxivForm()
                : settings.arxivForm() != null ? kind : preferred;
        if (!want.equals("abs") && !want.equals("pdf") && !want.equals("html")) {
            want = kind;
        }
        String id = ArxivId.parse(target).map(ArxivId::id).orElse(a.group(2));
        String canonical = "https://arxiv.org/" + want + "/" + id;
        if (!target.equals(canonical)) {
            List<String> why = new ArrayList<>();
            if (!kind.equals(want)) {
                why.add(kind + " instead of " + want);
            }
            if (target.contains("www.") || target.contains("export.")) {
                why.add("extra host prefix");
            }
            if (a.group(3) != null) {
                why.add("version " + a.group(3));
            }
            if (a.group(4) != null) {
                why.add(".pdf suffix");
            }
            if (target.startsWith("http:")) {
                why.add("http");
            }
            if (why.isEmpty()) {
                why.add("not the canonical form");
            }
            c.add(Rule.ARXIV_FORM, n, start + 1, "arXiv link " + target + " (" + String.join(", ", why) + "); use " + canonical,
                    target, canonical);
        }
    }

    /** abs or pdf, whichever the file's arXiv links mostly use. */
    private static String preferredArxivForm(String[] lines, boolean[] hidden) {
        int abs = 0;
        int pdf = 0;
        for (int i = 0; i < lines.length; i++) {
            if (hidden[i]) {
                continue;
            }
            Matcher m = ARXIV_URL.matcher(lines[i]);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase("pdf")) {
                    pdf++;
                } else {
                    abs++;
                }
            }
        }
        return pdf > abs ? "pdf" : "abs";
    }

    private static void duplicates(Collector c, ParsedFile file) {
        Map<String, Entry> seen = new HashMap<>();
        for (Entry e : file.entries()) {
            String key = e.arxiv() != null ? "arxiv:" + e.arxiv().id() : "title:" + Slugs.foldTitle(e.title());
            Entry first = seen.putIfAbsent(key, e);
            if (first == null && e.arxiv() != null) {
                first = seen.putIfAbsent("title:" + Slugs.foldTitle(e.title()), e);
            }
            if (first != null && first != e) {
                boolean same = Objects.equals(first.sectionPath(), e.sectionPath());
                c.add(same ? Rule.DUPLICATE : Rule.DUPLICATE_ACROSS_SECTIONS, e.line(), 1,
                        "same paper as line " + first.line() + (same ? "" : " (in " + first.sectionPath() + ")") + ": " + e.title(),
                        e.title(), null);
            }
            List<String> ids = e.links().stream().map(l -> ArxivId.parse(l.url())).flatMap(Optional::stream)
                    .map(ArxivId::id).distinct().toList();
            if (ids.size() > 1) {
                c.add(Rule.TWO_ARXIV_IDS, e.line(), 1, "links name two arXiv papers: " + String.join(", ", ids), e.title(), null);
            }
        }
    }

    private static void anchors(Collector c, ParsedFile file, String[] lines, boolean[] hidden) {
        Map<String, Integer> anchors = new LinkedHashMap<>();
        List<String> slugs = Slugs.anchors(file.headings().stream().map(ParsedFile.Heading::text).toList());
        for (int i = 0; i < slugs.size(); i++) {
            anchors.putIfAbsent(slugs.get(i), file.headings().get(i).line());
        }
        Pattern explicit = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"|\\bid=\"([^\"]+)\"");
        for (String l : lines) {
            Matcher m = explicit.matcher(l);
            while (m.find()) {
                anchors.put(m.group(1) != null ? m.group(1) : m.group(2), 0);
            }
        }
        Pattern link = Pattern.compile("]\\(#([^)\\s]*)\\)");
        for (int i = 0; i < lines.length; i++) {
            if (hidden[i]) {
                continue;
            }
            Matcher m = link.matcher(visible(lines[i]));
            while (m.find()) {
                String target = URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!anchors.containsKey(target) && !anchors.containsKey(target.toLowerCase(Locale.ROOT))) {
                    String closest = anchors.keySet().stream()
                            .min(Comparator.comparingInt(a -> Slugs.editDistance(a, target))).orElse(null);
                    c.add(Rule.ANCHOR, i + 1, m.start(1), "#" + m.group(1) + " matches no heading"
                            + (closest == null ? "" : " (closest: #" + closest + ")"), "#" + m.group(1), null);
                }
            }
        }
    }

    /** One finding at a table of contents that --fix would write otherwise: what is missing, stale or out of order. */
    private static void tableOfContents(Collector c, ParsedFile file) {
        Optional<TableOfContents.Toc> found = TableOfContents.find(file);
        if (found.isEmpty()) {
            return;
        }
        TableOfContents.Toc toc = found.get();
        List<String> want = TableOfContents.render(file.headings(), toc);
        List<String> have = file.lines(toc.firstLine(), toc.lastLine());
        if (want.isEmpty() || want.equals(have)) {
            return;
        }
        Set<String> listed = new HashSet<>();
        toc.items().forEach(it -> listed.add(it.anchor()));
        List<TableOfContents.Wanted> wanted = TableOfContents.wanted(file.headings(), toc);
        Set<String> anchors = new HashSet<>();
        wanted.forEach(w -> anchors.add(w.anchor()));
        List<String> missing = wanted.stream().filter(w -> !listed.contains(w.anchor())).map(w -> "'" + w.text() + "'").toList();
        long stale = toc.items().stream().filter(it -> !anchors.contains(it.anchor())).count();
        List<String> why = new ArrayList<>();
        if (!missing.isEmpty()) {
            why.add("missing " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : ""));
        }
        if (stale > 0) {
            why.add(stale + (stale == 1 ? " item names" : " items name") + " no heading after it");
        }
        if (why.isEmpty()) {
            why.add("items out of the headings' order or style");
        }
        c.add(Rule.TOC, toc.firstLine(), 1, "table of contents does not match the headings: " + String.join("; ", why),
                null, TOC_FIX);
    }

    /** The fix a {@link Rule#TOC} finding carries: {@link Fixer} writes the whole table again. */
    static final String TOC_FIX = "(table of contents written from the headings)";

    private static void numbering(Collector c, ParsedFile file, String[] lines) {
        boolean[] hidden = hiddenLines(file.markdownLines());
        Set<Integer> headingLines = new HashSet<>();
        file.headings().forEach(h -> headingLines.add(h.line()));
        // runs of numbered items at one indentation; a heading, or text as far left, ends a run
        List<List<int[]>> lists = new ArrayList<>();
        List<int[]> current = null;
        int indent = -1;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (hidden[i] || l.isBlank()) {
                continue;
            }
            int lead = l.length() - l.stripLeading().length();
            Matcher m = NUMBERED.matcher(l);
            if (headingLines.contains(i + 1)) {
                current = null;
            } else if (m.find()) {
                if (current == null || lead != indent) {
                    if (current != null && lead > indent) {
                        continue; // a nested list inside an item
                    }
                    current = new ArrayList<>();
                    lists.add(current);
                    indent = lead;
                }
                current.add(new int[] {i + 1, Integer.parseInt(m.group(2)), m.start(2) + 1});
            } else if (current != null && lead <= indent) {
                current = null;
            }
        }
        for (List<int[]> list : lists) {
            if (list.size() < 2 || list.stream().allMatch(x -> x[1] == list.get(0)[1])) {
                continue;
            }
            int expected = list.get(0)[1];
            for (int[] item : list) {
                if (item[1] != expected) {
                    c.add(Rule.NUMBERING, item[0], item[2], (item[1] < expected ? "repeated number " : "gap in numbering: ")
                            + item[1] + ", expected " + expected, String.valueOf(item[1]), String.valueOf(expected));
                }
                expected++;
            }
        }
    }


    private static void dateOrder(Collector c, ParsedFile file) {
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (Entry e : file.entries()) {
            if (e.date() != null && e.date().month() != 0) {
                bySection.computeIfAbsent(String.valueOf(e.sectionPath()), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> list : bySection.values()) {
            if (list.size() < 4) {
                continue;
            }
            int down = 0;
            int up = 0;
            for (int i = 1; i < list.size(); i++) {
                int cmp = precise(list.get(i)).compareTo(precise(list.get(i - 1)));
                if (cmp < 0) {
                    down++;
                } else if (cmp > 0) {
                    up++;
                }
            }
            int total = down + up;
            if (total == 0 || (down * 4 < total * 3 && up * 4 < total * 3) || Math.min(down, up) == 0) {
                continue;
            }
            boolean newestFirst = down > up;
            for (int i = 1; i < list.size(); i++) {
                int cmp = precise(list.get(i)).compareTo(precise(list.get(i - 1)));
                if ((newestFirst && cmp > 0) || (!newestFirst && cmp < 0)) {
                    Entry e = list.get(i);
                    c.add(Rule.DATE_ORDER, e.line(), 1, e.date() + " is out of order in a section ordered "
                            + (newestFirst ? "newest first" : "oldest first") + " (after " + list.get(i - 1).date() + ")",
                            e.title(), null);
                }
            }
        }
    }

    /** A date compared at month precision, so the several papers of a month never count as out of order. */
    private static EntryDate precise(Entry e) {
        return EntryDate.of(e.date().year(), e.date().month());
    }

    private static void headingOrder(Collector c, ParsedFile file) {
        Map<Integer, List<ParsedFile.Heading>> byLevel = new HashMap<>();
        for (ParsedFile.Heading h : file.headings()) {
            if (h.isDate()) {
                byLevel.computeIfAbsent(h.level(), k -> new ArrayList<>()).add(h);
            }
        }
        for (List<ParsedFile.Heading> list : byLevel.values()) {
            if (list.size() < 3) {
                continue;
            }
            int down = 0;
            int up = 0;
            for (int i = 1; i < list.size(); i++) {
                int cmp = list.get(i).from().compareTo(list.get(i - 1).from());
                down += cmp < 0 ? 1 : 0;
                up += cmp > 0 ? 1 : 0;
            }
            if (Math.min(down, up) == 0) {
                continue;
            }
            boolean newestFirst = down >= up;
            for (int i = 1; i < list.size(); i++) {
                int cmp = list.get(i).from().compareTo(list.get(i - 1).from());
                if ((newestFirst && cmp > 0) || (!newestFirst && cmp < 0)) {
                    c.add(Rule.HEADING_ORDER, list.get(i).line(), 1, "heading \"" + list.get(i).text() + "\" is out of order",
                            list.get(i).text(), null);
                }
            }
        }
    }

    private static void formatDrift(Collector c, ParsedFile file) {
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (Entry e : file.entries()) {
            bySection.computeIfAbsent(String.valueOf(e.sectionPath()), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> list : bySection.values()) {
            if (list.size() < 4) {
                continue;
            }
            Map<EntryFormat, Integer> counts = new EnumMap<>(EntryFormat.class);
            Map<Entry, EntryFormat> formats = new HashMap<>();
            for (Entry e : list) {
                EntryFormat f = EntryFormat.of(file, e);
                formats.put(e, f);
                counts.merge(f, 1, Integer::sum);
            }
            EntryFormat dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (counts.get(dominant) * 4 < list.size() * 3) {
                continue;
            }
            for (Entry e : list) {
                EntryFormat f = formats.get(e);
                if (f != dominant && !compatible(f, dominant)) {
                    c.add(Rule.FORMAT_DRIFT, e.line(), 1, "written as " + f.id() + " while its section uses " + dominant.id()
                            + " (" + dominant.shape() + ")", e.title(), null);
                }
            }
        }
    }

    /** Shapes that are one format written with or without its optional parts. */
    private static boolean compatible(EntryFormat a, EntryFormat b) {
        Set<EntryFormat> lines = Set.of(EntryFormat.LINK_BULLET, EntryFormat.PAPERS);
        return lines.contains(a) && lines.contains(b);
    }

    /** Lines under a contribution template's heading: a template is no entry and draws no finding. */
    private static boolean[] templateLines(ParsedFile file, int count) {
        boolean[] out = new boolean[count];
        List<ParsedFile.Heading> hs = file.headings();
        for (int i = 0; i < hs.size(); i++) {
            if (CatalogParser.isTemplateHeading(hs.get(i).text())) {
                int level = hs.get(i).level();
                int end = count;
                for (int j = i + 1; j < hs.size(); j++) {
                    if (hs.get(j).level() <= level) {
                        end = hs.get(j).line() - 1;
                        break;
                    }
                }
                for (int l = hs.get(i).line(); l <= end && l <= count; l++) {
                    out[l - 1] = true;
                }
            }
        }
        return out;
    }

    /** Lines inside fenced code or an HTML comment, 0-based. */
    static boolean[] hiddenLines(MarkdownLines lines) {
        boolean[] hidden = new boolean[lines.count()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = lines.isHidden(i + 1);
        }
        return hidden;
    }

    /** Lines under a {@code papers-lint disable-next-line} comment, with the rules it names (none: all). */
    static Map<Integer, Set<String>> disabledLines(String[] lines) {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DISABLE.matcher(lines[i]);
            if (m.find()) {
                Set<String> rules = new HashSet<>();
                for (String r : m.group(1).split("[\\s,]+")) {
                    if (!r.isBlank()) {
                        rules.add(r.strip());
                    }
                }
                int next = i + 1;
                while (next < lines.length && lines[next].isBlank()) {
                    next++;
                }
                out.put(next + 1, rules);
            }
        }
        return out;
    }

    /** The line with inline code spans blanked out (same length, so columns hold). */
    static String visible(String line) {
        if (line.indexOf('`') < 0) {
            return line;
        }
        Matcher m = CODE_SPAN.matcher(line);
        StringBuilder sb = new StringBuilder(line);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == ch ? 1 : 0;
        }
        return n;
    }

}
