package papers.bench;

import java.util.Locale;

/**
 * Synthetic catalogs for the benchmarks, each in one of the entry formats real lists use, with an arXiv id in
 * every entry and a heading every 20 entries. Titles and names are made up here.
 *
 * <pre>{@code
 * String text = Catalogs.Shape.TABLE.catalog(100_000);
 * }</pre>
 */
public final class Catalogs {
    private Catalogs() {}

    /** An entry format. */
    public enum Shape {
        /** {@code - 2024.03 [Title](https://arxiv.org/abs/ID) note} lines. */
        DATED,
        /** A GFM table per section: title link, venue, date, code link. */
        TABLE,
        /** List items opened by a bold title, with authors and links on lines of their own. */
        BOLD,
        /** The four kinds of line {@link ParseBench#synthetic} interleaves (links with dots, numbered, dated, bold). */
        MIXED;

        /** The shape named {@code name} (any case); otherwise one line naming the known ones, and exit 2. */
        public static Shape named(String name) {
            for (Shape s : values()) {
                if (s.name().equalsIgnoreCase(name)) {
                    return s;
                }
            }
            System.err.println("unknown shape '" + name + "' (known: dated, table, bold, mixed)");
            System.exit(2);
            throw new AssertionError("not reached");
        }

        /** A catalog of {@code n} entries in this format. */
        public String catalog(int n) {
            if (this == MIXED) {
                return ParseBench.synthetic(n);
            }
            StringBuilder sb = new StringBuilder(n * 200);
            sb.append("# Synthetic Catalog\n\nGenerated for benchmarks, as ").append(name().toLowerCase(Locale.ROOT)).append(" entries.\n");
            for (int i = 0; i < n; i++) {
                if (i % 20 == 0) {
                    sb.append("\n## Topic ").append(i / 20).append("\n\n");
                    if (this == TABLE) {
                        sb.append("| Title | Venue | Date | Code |\n|---|---|---|---|\n");
                    }
                }
                String id = String.format("%02d%02d.%05d", 20 + i % 6, 1 + i % 12, i % 100000);
                int month = 1 + i % 9;
                switch (this) {
                    case DATED -> sb.append("- 2024.0").append(month).append(" [Benchmark ").append(i)
                            .append(" for hallucination in video LLMs](https://arxiv.org/abs/").append(id)
                            .append(") 评测幻觉的基准。\n");
                    case TABLE -> sb.append("| [Scaling vision language model number ").append(i)
                            .append(" with sparse experts](https://arxiv.org/abs/").append(id).append(") | CVPR 2024 | 2024-0")
                            .append(month).append(" | [GitHub](https://github.com/o/r").append(i).append(") |\n");
                    default -> sb.append("- **Grounded captioning method ").append(i).append("**. arXiv:").append(id)
                            .append(". ICML 2024.\n\n  *Dee Person, Eve Other.* [[Paper](https://arxiv.org/abs/").append(id)
                            .append(")] [[Code](https://github.com/x/y").append(i).append(")]\n\n");
                }
            }
            return sb.toString();
        }
    }
}
