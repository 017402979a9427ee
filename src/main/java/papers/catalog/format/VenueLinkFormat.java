package papers.catalog.format;

import java.util.List;
import java.util.regex.Pattern;

/** {@code 1. Venue [Title](url) (note) [[Code](url)]}: where it appeared, before the title link. */
public final class VenueLinkFormat extends FirstLineFormat {
    public VenueLinkFormat() {
        super("venue-link", "1. Venue [Title](url) (note) [[Code](url)]",
                Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+[A-Za-z][A-Za-z0-9 &.'-]{1,30}\\s*\\[.*"), 0.5);
    }

    @Override
    public List<String> render(NewEntry e, Layout layout) {
        return List.of(Markup.number(layout) + Markup.venue(e, layout) + " " + Markup.link(e, layout)
                + Markup.spaced(Markup.paren(e.note())) + (e.code() == null ? "" : " " + Markup.code(e.code(), layout)));
    }

    @Override
    public boolean numbered() {
        return true;
    }
}
