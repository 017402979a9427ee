package papers.lint.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Rule#HTTP_LINK}: {@code http://} to a host that serves https, in a link or a reference definition; the fix writes {@code https}. */
final class HttpLinkCheck extends LineCheck {
    private static final Pattern HTTP = Pattern.compile("(?:\\]\\(|^ {0,3}\\[[^\\]]{1,999}]:[ \\t]*<?)(http)://(?:www\\.)?(arxiv\\.org|github\\.com|huggingface\\.co|"
            + "openreview\\.net|paperswithcode\\.com|aclanthology\\.org|proceedings\\.neurips\\.cc|doi\\.org|zhuanlan\\.zhihu\\.com|"
            + "youtube\\.com|twitter\\.com|x\\.com|medium\\.com|openaccess\\.thecvf\\.com|dl\\.acm\\.org|ieeexplore\\.ieee\\.org)\\b");

    @Override
    void checkLine(LintFile file, int n, String line, Findings out) {
        if (!line.contains("http://")) {
            return;
        }
        Matcher m = HTTP.matcher(line);
        while (m.find()) {
            out.add(Rule.HTTP_LINK, n, m.start(1) + 1, "http:// link to " + m.group(2) + ", which serves https", "http", "https");
        }
    }
}
