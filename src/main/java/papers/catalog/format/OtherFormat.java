package papers.catalog.format;

import java.util.List;

/** An entry the parser reads that no format claims; a new one is written as a link bullet. */
public final class OtherFormat implements Format {
    private final Format fallback = new LinkBulletFormat();

    @Override
    public String id() {
        return "other";
    }

    @Override
    public String shape() {
        return "";
    }

    @Override
    public double confidence(List<String> lines) {
        return 0;
    }

    @Override
    public List<String> render(NewEntry e, Layout layout) {
        return fallback.render(e, layout);
    }
}
