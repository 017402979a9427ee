package papers.lint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import papers.catalog.ArxivId;
import papers.catalog.format.HouseStyle;

/**
 * {@link Rule#ARXIV_FORM}: an arXiv link not in the catalog's form: abs, pdf or html as papers.yaml says
 * (or as the file's links mostly are), no www., no version, no .pdf; the fix writes the canonical link.
 */
final class ArxivFormCheck implements Check {
    private static final Pattern ARXIV_URL = HouseStyle.ARXIV_URL;

    private final String configured;

    /** The check for links in form {@code configured}: abs, pdf, html, any (each link's own kind), or null (the file's). */
    ArxivFormCheck(String configured) {
        this.configured = configured;
    }

    @Override
    public void check(LintFile file, Findings out) {
        String preferred = preferred(file);
        for (int n = 1; n <= file.count(); n++) {
            if (!file.checked(n)) {
                continue;
            }
            String line = file.visible(n);
            if (!HouseStyle.mentionsArxiv(line)) {
                continue;
            }
            Matcher m = Links.TARGET.matcher(line);
            while (m.find()) {
                check(out, n, m.start(1), m.group(1), preferred);
            }
            Matcher d = Links.DEFINITION.matcher(line);
            if (d.find()) {
                check(out, n, d.start(1), d.group(1), preferred);
            }
        }
    }

    private void check(Findings out, int n, int start, String target, String preferred) {
        Matcher a = ARXIV_URL.matcher(target);
        if (!a.matches()) {
            return;
        }
        String kind = a.group(1).toLowerCase(Locale.ROOT);
        String want = configured != null && !configured.equals("any") ? configured : configured != null ? kind : preferred;
        if (!want.equals("abs") && !want.equals("pdf") && !want.equals("html")) {
            want = kind;
        }
        String id = ArxivId.parse(target).map(ArxivId::id).orElse(a.group(2));
        String canonical = "https://arxiv.org/" + want + "/" + id;
        if (!target.equals(canonical)) {
            out.add(Rule.ARXIV_FORM, n, start + 1, "arXiv link " + target + " (" + String.join(", ", why(target, a, kind, want))
                    + "); use " + canonical, target, canonical);
        }
    }

    /** What makes {@code target} other than canonical. */
    private static List<String> why(String target, Matcher a, String kind, String want) {
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
        return why;
    }

    /** abs or pdf, whichever the file's arXiv links mostly use (as a new entry is written: {@link HouseStyle}). */
    private static String preferred(LintFile file) {
        // the lines one at a time, not a list of them all (a big file has hundreds of thousands)
        Iterable<String> shown = () -> IntStream.rangeClosed(1, file.count()).filter(n -> !file.hidden(n)).mapToObj(file::raw).iterator();
        return HouseStyle.mostUsed(shown);
    }
}
