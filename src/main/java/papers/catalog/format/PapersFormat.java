package papers.catalog.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import papers.catalog.Entry;
import papers.catalog.Link;
import papers.catalog.Slugs;
import papers.catalog.Venues;

/**
 * Renders an entry in this project's own contribution format ({@code format: papers}):
 *
 * <pre>
 * - [Qwen2-VL: Enhancing ...](https://arxiv.org/abs/2409.12191) · 2024-09 · NeurIPS 2024
 *   *Peng Wang, Shuai Bai*
 *   [Code](https://github.com/QwenLM/Qwen2-VL)
 *   `high-resolution` `video`
 * </pre>
 *
 * <p>Only the first line is required; the others appear when the entry has authors, links, tags
 * beyond its section's, fields or a note. Reading what this writes gives back the same entry.
 */
public final class PapersFormat implements Format {
    private static final Pattern LINE = Pattern.compile("^- (?:\\[.+]\\([^ ]+\\)|\\*\\*.+\\*\\*)(?: · [^·]+)*$");
    private static final Pattern MORE = Pattern.compile("^  (?:\\*.+\\*|\\[.+\\)|`.+`|\\*\\*.+\\*\\*: .*|[^ -].*)$");

    @Override
    public String id() {
        return "papers";
    }

    @Override
    public String shape() {
        return "- [Title](url) · YYYY-MM · Venue / *Authors* / [Code](url) / `tag`";
    }

    @Override
    public double confidence(List<String> lines) {
        return !lines.isEmpty() && LINE.matcher(lines.get(0)).matches()
                && lines.stream().skip(1).allMatch(l -> MORE.matcher(l).matches()) ? 0.9 : 0;
    }

    @Override
    public List<String> render(NewEntry e, Layout layout) {
        return render(asEntry(e, layout), layout.sectionTags());
    }

    /** The entry as this format sees it: the paper link, a code link, the section's tags and the new entry's own. */
    private static Entry asEntry(NewEntry e, Layout l) {
        String url = Markup.url(e, l);
        List<Link> links = new ArrayList<>();
        if (url != null) {
            links.add(new Link(e.title(), url, 0, 0));
        }
        if (e.code() != null) {
            links.add(new Link("Code", e.code(), 0, 0));
        }
        List<String> tags = new ArrayList<>(l.sectionTags());
        e.tags().stream().map(Slugs::tag).filter(t -> !tags.contains(t)).forEach(tags::add);
        return Entry.builder(e.title(), "").authors(e.authors()).arxiv(e.arxiv()).url(url).links(links).venue(e.venue())
                .date(e.date()).doi(e.doi()).tags(tags).notes(e.note()).build();
    }

    /** The lines of {@code e}, leaving out tags its section heading already gives. */
    public static List<String> render(Entry e, Collection<String> sectionTags) {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder("- ");
        if (e.url() != null) {
            head.append('[').append(MarkdownText.escapeLinkText(e.title())).append("](")
                    .append(MarkdownText.escapeUrl(e.url())).append(')');
        } else {
            head.append("**").append(MarkdownText.escape(e.title())).append("**");
        }
        if (e.date() != null) {
            head.append(" · ").append(e.date());
        }
        if (e.venue() != null && !Venues.isPreprint(e.venue())) {
            head.append(" · ").append(MarkdownText.escape(e.venue()));
        }
        lines.add(head.toString());
        if (!e.authors().isEmpty()) {
            lines.add("  *" + MarkdownText.escape(String.join(", ", e.authors())) + "*");
        }
        List<String> links = new ArrayList<>();
        for (Link l : e.links()) {
            if (l.url().equals(e.url()) && l.label().equals(e.title())) {
                continue;
            }
            links.add("[" + MarkdownText.escapeLinkText(l.label()) + "](" + MarkdownText.escapeUrl(l.url()) + ")");
        }
        if (!links.isEmpty()) {
            lines.add("  " + String.join(" · ", links));
        }
        for (Map.Entry<String, String> f : e.fields().entrySet()) {
            lines.add("  **" + MarkdownText.escape(f.getKey()) + "**: " + MarkdownText.escape(f.getValue()));
        }
        List<String> tags = e.tags().stream().filter(t -> !sectionTags.contains(t)).map(t -> "`" + t + "`").toList();
        if (!tags.isEmpty()) {
            lines.add("  " + String.join(" ", tags));
        }
        if (e.notes() != null) {
            lines.add("  " + MarkdownText.escape(e.notes()));
        }
        return lines;
    }
}
