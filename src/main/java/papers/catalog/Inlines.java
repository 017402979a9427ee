package papers.catalog;

import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** What commonmark's inline nodes say as plain text, and which of them are badges, links or navigation. */
final class Inlines {
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(?:sup|sub|b|i|em|strong|code|span|u)\\b[^>]*+>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    static final Pattern SPACES = Pattern.compile("\\s+");

    private Inlines() {}

    static boolean isBadge(Link link) {
        Node child = link.getFirstChild();
        return child instanceof Image && child.getNext() == null;
    }

    static Link firstLink(Node parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link l) {
                return l;
            }
        }
        return null;
    }

    /**
     * True for a link that moves around the list rather than naming a work: an anchor ({@code #top},
     * {@code ./#section}) or another Markdown file of the repository ({@code docs/more.md#part}).
     */
    static boolean isNavigation(String destination) {
        String d = destination.strip();
        if (d.startsWith("#") || d.startsWith("./#") || d.startsWith("/#")) {
            return true;
        }
        if (d.contains("://") || d.startsWith("mailto:")) {
            return false;
        }
        int cut = d.indexOf('#');
        String path = (cut < 0 ? d : d.substring(0, cut)).toLowerCase(Locale.ROOT);
        return path.endsWith(".md") || path.endsWith(".markdown");
    }

    /** True for a {@code <br>}, which ends a line as a line break does. */
    static boolean isBreak(HtmlInline html) {
        return BREAK.matcher(html.getLiteral()).matches();
    }

    /** Plain text of a node: text, code and link text, with line breaks as spaces and {@code <br>} as a space. */
    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        plain(node, sb);
        return sb.toString();
    }

    static void plain(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (node instanceof HtmlInline html) {
            // inside a word, <sup>2</sup> and <sub>i</sub> are text ("IA-RED<sup>2</sup>" reads "IA-RED2"); other tags part words
            if (!INLINE_TAG.matcher(html.getLiteral()).matches()) {
                sb.append(' ');
            }
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            sb.append(' ');
        } else {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                plain(c, sb);
            }
        }
    }

    static String stripLinks(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof Link) && !(c instanceof Image)) {
                plain(c, sb);
            }
        }
        return sb.toString();
    }

    /** Collapses white space and removes terminal control characters. */
    static String clean(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= ' ' && c != 0x7f && (c != ' ' || i + 1 == s.length() || s.charAt(i + 1) != ' ')
                    && !(c >= 0x80 && (Character.isWhitespace(c) || Character.isISOControl(c) || c == 0xa0));
        }
        if (plain) {
            return s.strip();
        }
        return SPACES.matcher(CONTROL.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
