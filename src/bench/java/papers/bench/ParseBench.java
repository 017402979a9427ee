package papers.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import papers.catalog.CatalogException;
import papers.catalog.CatalogParser;
import papers.catalog.SourceFile;

/**
 * Parse throughput on a synthetic catalog: prints entries/s and MB/s, median of the measured runs.
 *
 * <p>Run: {@code src/bench/run parse [--baseline GIT-REF] [entries]} (default 100,000 entries, pinned to one core);
 * with a baseline, the parser of that commit is built and timed in the same run, taking turns, and the
 * ratio printed.
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

    /** Parses the text once and says how many entries it read. */
    interface Parse {
        int entries(String text) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int n = 100_000;
        Path baselineJar = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--baseline-jar")) {
                baselineJar = Path.of(args[++i]);
            } else {
                n = Integer.parseInt(args[i]);
            }
        }
        String text = synthetic(n);
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        CatalogParser parser = new CatalogParser();
        Parse current = t -> parser.parse(new SourceFile("synthetic.md", t)).entries().size();
        Parse baseline = baselineJar == null ? null : loaded(baselineJar);
        int warmups = 3;
        int runs = 5;
        double[] secs = new double[runs];
        double[] baseSecs = new double[runs];
        int entries = 0;
        int baseEntries = 0;
        // the two parsers take turns, each first every other round, so that a busy moment of a shared
        // machine, and the garbage the other left, fall on both
        for (int r = -warmups; r < runs; r++) {
            boolean baseFirst = baseline != null && (r & 1) != 0;
            if (baseFirst) {
                long b0 = System.nanoTime();
                baseEntries = baseline.entries(text);
                if (r >= 0) {
                    baseSecs[r] = (System.nanoTime() - b0) / 1e9;
                }
            }
            long t0 = System.nanoTime();
            entries = current.entries(text);
            if (r >= 0) {
                secs[r] = (System.nanoTime() - t0) / 1e9;
            }
            if (baseline != null && !baseFirst) {
                long b0 = System.nanoTime();
                baseEntries = baseline.entries(text);
                if (r >= 0) {
                    baseSecs[r] = (System.nanoTime() - b0) / 1e9;
                }
            }
        }
        Arrays.sort(secs);
        double median = secs[runs / 2];
        System.out.printf("parse: %d entries, %.1f MB, median of %d runs %.3f s (min %.3f, max %.3f)%n",
                entries, mb, runs, median, secs[0], secs[runs - 1]);
        System.out.printf("parse throughput: %.0f entries/s, %.1f MB/s%n", entries / median, mb / median);
        if (baseline != null) {
            Arrays.sort(baseSecs);
            double base = baseSecs[runs / 2];
            System.out.printf("baseline %s: %d entries, median %.3f s (min %.3f, max %.3f)%n", baselineJar, baseEntries, base,
                    baseSecs[0], baseSecs[runs - 1]);
            System.out.printf("parse time against the baseline, same run: %.2f (below 1 is faster)%n", median / base);
        }
        if (entries != n) {
            System.out.printf("warning: expected %d entries, parsed %d%n", n, entries);
        }
        adversarial(parser);
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
