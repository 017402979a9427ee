package papers.catalog.format;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A format recognised by its first line alone, with how sure that shape makes it. */
abstract class FirstLineFormat implements Format {
    private final String id;
    private final String shape;
    private final Pattern first;
    private final double sure;

    FirstLineFormat(String id, String shape, Pattern first, double sure) {
        this.id = Objects.requireNonNull(id);
        this.shape = Objects.requireNonNull(shape);
        this.first = Objects.requireNonNull(first);
        this.sure = sure;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String shape() {
        return shape;
    }

    @Override
    public final double confidence(List<String> lines) {
        return !lines.isEmpty() && first.matcher(lines.get(0)).matches() ? sure : 0;
    }
}
