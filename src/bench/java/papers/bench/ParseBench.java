package papers.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import papers.catalog.CatalogException;
import papers.catalog.CatalogParser;
import papers.catalog.SourceFile;

/**
 * Parse time on synthetic catalogs in each entry format ({@link Catalogs.Shape}), against commonmark-java
 * parsing the same text with the same options in the same run (the floor papers builds on): prints each
 * median and papers' ratio to it.
 *
 * <p>Run: {@code src/bench/run parse [--baseline GIT-REF] [--shape dated|table|bold|mixed] [entries]} (default
 * 100,000 entries, every shape, pinned to one core); with a baseline, the parser of that commit is timed in the
 * same run too, taking turns, and papers' ratio to it printed.
 */
public final class ParseBench {
    private ParseBench() {}

    /** A catalog of {@code n} entries in four shapes, twenty to a section, with authors, links and tags. */
    public static String synthetic(int n) {
        StringBuilder sb = new StringBuilder(n * 220);
        sb.append("# Synthetic Catalog\n\nGenerated for benchmarks.\n");
        for (int i = 0; i < n; i++) {
            if (i % 20 == 0) {
                sb.append("\n## Topic ").append(i / 20).append("\n\n");
            }
            String id = String.format("%02d%02d.%05d", 20 + i % 6, 1 + i % 12, i % 100000);
            switch (i % 4) {
                case 0 -> sb.append("- [Scaling vision language model number ").append(i)
                        .append(" with sparse experts](https://arxiv.org/abs/").append(id).append(") · 2024-0")
                        .append(1 + i % 9).append(" · NeurIPS 2024\n  *Ann Author, Bo Writer, Cy Coder*\n  [Code](https://github.com/o/r")
                        .append(i).append(")\n  `moe` `vision`\n");
                case 1 -> sb.append(i % 100).append(". [Aligning multimodal model ").append(i)
                        .append(" with human preference](https://arxiv.org/pdf/").append(id)
                        .append(")(preference data, DPO variant)\n");
                case 2 -> sb.append("- 2024.0").append(1 + i % 9).append(" [Benchmark ").append(i)
                        .append(" for hallucination in video LLMs](https://arxiv.org/abs/").append(id)
                        .append(") 评测幻觉的基准。\n");
                default -> sb.append("- **Grounded captioning method ").append(i).append("**. arXiv:").append(id)
                        .append(". ICML 2024.\n\n  *Dee Person, Eve Other.* [[Paper](https://arxiv.org/abs/").append(id)
                        .append(")] [[Code](https://github.com/x/y").append(i).append(")]\n\n  `Backbone`: LLaMA-7B.\n\n");
            }
        }
        return sb.toString();
    }

    /** Parses the text once and says how many entries (or, for commonmark alone, top-level blocks) it read. */
    interface Parse {
        int entries(String text) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int n = 100_000;
        Path baselineJar = null;
        List<Catalogs.Shape> shapes = List.of(Catalogs.Shape.values());
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--baseline-jar")) {
                baselineJar = Path.of(args[++i]);
            } else if (args[i].equals("--shape")) {
                shapes = List.of(Catalogs.Shape.named(args[++i]));
            } else {
                n = Integer.parseInt(args[i]);
            }
        }
        CatalogParser parser = new CatalogParser();
        // commonmark-java alone, with the options papers reads with: GFM tables, block source spans, no depth limit
        Parser commonmark = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS).maxOpenBlockParsers(Integer.MAX_VALUE).build();
        List<String> names = new ArrayList<>(List.of("papers", "commonmark-java alone"));
        List<Parse> parsers = new ArrayList<>(List.of(t -> parser.parse(new SourceFile("synthetic.md", t)).entries().size(), t -> {
            int blocks = 0;
            for (Node b = commonmark.parse(t).getFirstChild(); b != null; b = b.getNext()) {
                blocks++;
            }
            return blocks;
        }));
        if (baselineJar != null) {
            names.add("baseline " + baselineJar);
            parsers.add(loaded(baselineJar));
        }
        for (Catalogs.Shape shape : shapes) {
            String text = shape.catalog(n);
            double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
            int[] counts = new int[parsers.size()];
            double[] medians = medians(text, parsers, counts);
            System.out.printf("%s: %d entries, %.1f MB%n", shape.name().toLowerCase(Locale.ROOT), n, mb);
            for (int p = 0; p < parsers.size(); p++) {
                System.out.printf("  %-24s median %.3f s, %.1f MB/s (%d %s)%s%n", names.get(p), medians[p], mb / medians[p], counts[p],
                        p == 1 ? "blocks" : "entries", p == 0 ? "" : String.format("; papers takes %.2f times this", medians[0] / medians[p]));
            }
            if (counts[0] != n) {
                System.out.printf("  warning: expected %d entries, papers read %d%n", n, counts[0]);
            }
        }
        adversarial(parser);
    }

    /**
     * The median seconds of each parser on {@code text} (its last count in {@code counts}): three rounds to warm
     * up, then five measured, the parsers taking turns in an order that rotates each round, so that a busy moment
     * of a shared machine, and the garbage one left, fall on all.
     */
    static double[] medians(String text, List<Parse> parsers, int[] counts) throws Exception {
        int warmups = 3;
        int runs = 5;
        double[][] secs = new double[parsers.size()][runs];
        for (int r = -warmups; r < runs; r++) {
            for (int k = 0; k < parsers.size(); k++) {
                int p = Math.floorMod(k + r, parsers.size());
                long t0 = System.nanoTime();
                counts[p] = parsers.get(p).entries(text);
                if (r >= 0) {
                    secs[p][r] = (System.nanoTime() - t0) / 1e9;
                }
            }
        }
        double[] out = new double[parsers.size()];
        for (int p = 0; p < parsers.size(); p++) {
            Arrays.sort(secs[p]);
            out[p] = secs[p][runs / 2];
        }
        return out;
    }

    /** The parser of another build of papers, loaded apart from this one. */
    static Parse loaded(Path jar) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> parserType = loader.loadClass("papers.catalog.CatalogParser");
        Class<?> sourceType = loader.loadClass("papers.catalog.SourceFile");
        Object parser = parserType.getConstructor().newInstance();
        Constructor<?> source = sourceType.getConstructor(String.class, String.class);
        Method parse = parserType.getMethod("parse", sourceType);
        return t -> {
            Object parsed = parse.invoke(parser, source.newInstance("synthetic.md", t));
            return ((List<?>) parsed.getClass().getMethod("entries").invoke(parsed)).size();
        };
    }

    /** A megabyte of each kind of hostile input: the slowest parse is the figure (target: under 2 s). */
    static void adversarial(CatalogParser parser) {
        String[] names = {"open brackets", "emphasis delimiters", "backticks", "unclosed link items", "comment openers",
            "nested quotes", "pipes", "parentheses in links", "field labels and delimiters"};
        String[] attacks = {"[".repeat(1 << 20), "*a".repeat(1 << 19), "`".repeat(1 << 20), "- [".repeat(1 << 18),
            "<!--".repeat(1 << 18), "> ".repeat(1 << 19) + "x", "|".repeat(1 << 20), ("- [t](u) " + "(".repeat(40) + "\n").repeat(20_000),
            ("1. **a**: " + "_*".repeat(50) + "\n").repeat(8_000)};
        double worst = 0;
        String worstName = "";
        for (int i = 0; i < attacks.length; i++) {
            long t0 = System.nanoTime();
            try {
                parser.parse(new SourceFile("adversarial.md", attacks[i]));
            } catch (CatalogException e) {
                // a refusal with a message is fine
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (secs > worst) {
                worst = secs;
                worstName = names[i];
            }
        }
        System.out.printf("adversarial 1 MB inputs (%d kinds): slowest %.2f s (%s)%n", attacks.length, worst, worstName);
    }
}
