package papers.lint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The link targets of a file, as the checks and the online check see them. */
public final class Links {
    /** A link's target, {@code ](TARGET "title")}, allowing one level of balanced parentheses in it. */
    static final Pattern TARGET = Pattern.compile("]\\(([^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*)(\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    /** A reference definition, {@code [label]: URL "title"}, at most three spaces in. */
    static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]{1,999}]:[ \\t]*<?([^\\s<>]+)>?(?:\\s|$)");

    private Links() {}

    /** A URL written in a file, at its 1-based line and column. */
    public record UrlAt(int line, int column, String url) {}

    /** Every http(s) link target, autolink and reference definition of {@code file} outside code and comments, in order. */
    public static List<UrlAt> urls(LintFile file) {
        List<UrlAt> out = new ArrayList<>();
        for (int n = 1; n <= file.count(); n++) {
            if (file.hidden(n)) {
                continue;
            }
            String line = file.visible(n);
            Matcher m = TARGET.matcher(line);
            while (m.find()) {
                if (m.group(1).startsWith("http://") || m.group(1).startsWith("https://")) {
                    out.add(new UrlAt(n, m.start(1) + 1, m.group(1)));
                }
            }
            m = AUTOLINK.matcher(line);
            while (m.find()) {
                out.add(new UrlAt(n, m.start(1) + 1, m.group(1)));
            }
            m = DEFINITION.matcher(line);
            if (m.find() && (m.group(1).startsWith("http://") || m.group(1).startsWith("https://"))) {
                out.add(new UrlAt(n, m.start(1) + 1, m.group(1)));
            }
        }
        return out;
    }
}
