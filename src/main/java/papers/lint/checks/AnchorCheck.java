package papers.lint.checks;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papers.catalog.ParsedFile;
import papers.catalog.Slugs;

/** {@link Rule#ANCHOR}: a {@code #anchor} link that matches no heading (nor an explicit anchor), with the closest. */
final class AnchorCheck implements Check {
    private static final Pattern EXPLICIT = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"|\\bid=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("]\\(#([^)\\s]*)\\)");

    @Override
    public void check(LintFile file, Findings out) {
        Map<String, Integer> anchors = anchors(file);
        for (int n = 1; n <= file.count(); n++) {
            if (file.hidden(n)) {
                continue;
            }
            if (!file.visible(n).contains("](#")) {
                continue;
            }
            Matcher m = LINK.matcher(file.visible(n));
            while (m.find()) {
                String target = URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!anchors.containsKey(target) && !anchors.containsKey(target.toLowerCase(Locale.ROOT))) {
                    String closest = anchors.keySet().stream()
                            .min(Comparator.comparingInt(a -> Slugs.editDistance(a, target))).orElse(null);
                    out.add(Rule.ANCHOR, n, m.start(1), "#" + m.group(1) + " matches no heading"
                            + (closest == null ? "" : " (closest: #" + closest + ")"), "#" + m.group(1), null);
                }
            }
        }
    }

    /** The anchors of the file: GitHub's slug of each heading, and every {@code <a name>} or {@code id} written. */
    private static Map<String, Integer> anchors(LintFile file) {
        ParsedFile parsed = file.parsed();
        Map<String, Integer> anchors = new LinkedHashMap<>();
        List<String> slugs = Slugs.anchors(parsed.headings().stream().map(ParsedFile.Heading::anchorText).toList());
        for (int i = 0; i < slugs.size(); i++) {
            anchors.putIfAbsent(slugs.get(i), parsed.headings().get(i).line());
        }
        for (int n = 1; n <= file.count(); n++) {
            if (!file.raw(n).contains("id=\"") && !file.raw(n).contains("name=\"")) {
                continue;
            }
            Matcher m = EXPLICIT.matcher(file.raw(n));
            while (m.find()) {
                anchors.put(m.group(1) != null ? m.group(1) : m.group(2), 0);
            }
        }
        return anchors;
    }
}
