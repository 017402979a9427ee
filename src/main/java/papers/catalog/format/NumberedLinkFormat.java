package papers.catalog.format;

import java.util.List;
import java.util.regex.Pattern;

/** {@code 1. [Title](url)(note)}: a numbered list of title links, a note in brackets after each. */
public final class NumberedLinkFormat extends FirstLineFormat {
    public NumberedLinkFormat() {
        super("numbered-link", "1. [Title](url)(note)",
                Pattern.compile("^\\s*\\d+[.)]\\s+\\[.*"), 0.6);
    }

    @Override
    public List<String> render(NewEntry e, Layout layout) {
        return List.of(Markup.number(layout) + Markup.link(e, layout) + Markup.paren(e.note()));
    }

    @Override
    public boolean numbered() {
        return true;
    }
}
