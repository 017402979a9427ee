package papers.catalog;

import static papers.catalog.Inlines.plain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The labels lists put on links, fields and table columns, and what each means to the reader. */
final class FieldLabels {
    /** Link texts that label a link rather than name a work. */
    static final Set<String> LINK_LABELS = Set.of(
            "paper", "papers", "pdf", "code", "github", "git", "project", "project page", "page", "website", "web",
            "homepage", "demo", "arxiv", "blog", "notes", "note", "reading notes", "readnotes", "model", "models",
            "dataset", "data", "video", "slides", "poster", "huggingface", "hf", "hugging face", "openreview",
            "link", "bib", "bibtex", "citation", "doi", "supp", "supplementary", "leaderboard", "checkpoint",
            "checkpoints", "weights", "colab", "talk", "youtube", "zhihu", "知乎", "笔记", "论文", "代码", "项目",
            "official", "abs", "html", "api", "docs", "documentation", "benchmark", "repo", "source", "star",
            "stars", "twitter", "tweet", "medium", "report", "technical report", "tech report", "playground");
    static final Set<String> AUTHOR_LABELS = Set.of("authors", "author", "作者");
    static final Set<String> VENUE_LABELS = Set.of("venue", "conference", "conf", "journal", "publication",
            "published", "published in", "pub", "publication venue", "venue/conference", "会议", "发表", "期刊");
    static final Set<String> DATE_LABELS = Set.of("date", "time", "month", "published date",
            "release date", "released", "日期", "时间");
    static final Set<String> TAG_LABELS = Set.of("tags", "tag", "keywords", "keyword", "category",
            "categories", "topic", "topics");
    static final Set<String> TITLE_LABELS = Set.of("title", "paper", "paper title", "paper name", "work",
            "标题", "论文");
    /** Columns that give a work's short name; the title when no column gives one. */
    static final Set<String> NAME_LABELS = Set.of("name", "model", "method", "short name", "abbr",
            "abbreviation", "alias", "dataset", "benchmark", "名称", "模型", "方法", "数据集");
    static final Pattern TEMPLATE_HEADING = Pattern.compile(
            "(?i).*\\b(contribut\\w*|template|how to add|submission format|entry format)\\b.*|.*贡献.*");
    static final Set<String> PLACEHOLDER_TITLES = Set.of("title", "paper title", "paper name", "name",
            "your paper title", "title of the paper");
    private static final Pattern LABEL_DECORATION = Pattern.compile("[\\[\\]*_`📄💻🔗📝⭐️🌐🤗]");
    static final Pattern COLON_START = Pattern.compile("^\\s*[:：].*");

    private FieldLabels() {}

    /** Words that label a field or a line of news rather than name a work ({@code **Note**:}, {@code **Update**:}). */
    private static final Set<String> OTHER_FIELD_NAMES = Set.of("note", "notes", "news", "update", "updates", "tip", "tips",
            "warning", "status", "todo", "license", "contact", "citation", "cite", "abstract", "summary", "tldr", "tl;dr",
            "description", "brief", "motivation", "overview", "contribution", "contributions", "highlights", "key idea",
            "idea", "method", "result", "results", "dataset", "datasets", "example", "examples", "introduction", "usage",
            "reference", "references", "important", "announcement", "new", "hot", "attention", "备注", "更新", "注意", "摘要");

    /** True for a label that names a field or a kind of line, not a work. */
    static boolean isFieldName(String label) {
        String key = label.toLowerCase(Locale.ROOT).strip();
        return LINK_LABELS.contains(key) || AUTHOR_LABELS.contains(key) || VENUE_LABELS.contains(key)
                || DATE_LABELS.contains(key) || TAG_LABELS.contains(key) || TITLE_LABELS.contains(key)
                || NAME_LABELS.contains(key) || OTHER_FIELD_NAMES.contains(key);
    }

    static boolean isPlaceholder(String title) {
        String t = title.strip().toLowerCase(Locale.ROOT);
        return PLACEHOLDER_TITLES.contains(t) || t.contains("(if any)");
    }

    static boolean isLabel(String text) {
        if (text.length() > 40) {
            return text.startsWith("http://") || text.startsWith("https://");
        }
        String t = LABEL_DECORATION.matcher(text).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || LINK_LABELS.contains(t) || t.startsWith("http://") || t.startsWith("https://");
    }

    static boolean isFieldLabel(Node strong) {
        String text = plain(strong).strip();
        if (text.endsWith(":") || text.endsWith("：")) {
            return text.length() <= 30;
        }
        Node next = strong.getNext();
        return next instanceof Text t && COLON_START.matcher(t.getLiteral()).matches() && text.length() <= 30;
    }
}
