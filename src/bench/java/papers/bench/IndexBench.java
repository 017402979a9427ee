package papers.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import papers.catalog.CatalogSource;
import papers.catalog.config.CatalogLocator;
import papers.index.CatalogIndex;

/**
 * Index build when titles define acronyms ({@code "... Kernel Routing (GKR17)"}, common in real lists), against
 * the same catalog whose titles define none, built in the same run: the ratio shows what the acronyms cost, and
 * its growth from 1,000 to 4,000 entries shows whether that cost grows with the catalog (quadratic) or not.
 *
 * <p>Run: {@code src/bench/run index}.
 */
public final class IndexBench {
    private IndexBench() {}

    static final String[] WORDS = {"Adaptive", "Bayesian", "Contrastive", "Dense", "Efficient", "Federated", "Graph",
        "Hierarchical", "Implicit", "Joint", "Kernel", "Latent", "Masked", "Neural", "Optimal", "Progressive", "Quantized",
        "Recurrent", "Sparse", "Temporal", "Unified", "Variational", "Weighted"};

    /** {@code n} entries (up to 12,167), twenty to a section; with {@code acronyms}, each title defines its own acronym. */
    static String catalog(int n, boolean acronyms) {
        StringBuilder sb = new StringBuilder("# Acronym Catalog\n");
        for (int i = 0; i < n; i++) {
            if (i % 20 == 0) {
                sb.append("\n## Topic ").append(i / 20).append("\n\n");
            }
            String a = WORDS[i % WORDS.length];
            String b = WORDS[(i / WORDS.length) % WORDS.length];
            String c = WORDS[(i / (WORDS.length * WORDS.length)) % WORDS.length];
            // a different acronym for each entry (up to 23^3 of them), spelled by the initials of its three words
            String tail = acronyms ? " (" + a.charAt(0) + b.charAt(0) + c.charAt(0) + ")" : " Number";
            String id = String.format("%02d%02d.%05d", 20 + i % 6, 1 + i % 12, i);
            sb.append("- [").append(a).append(' ').append(b).append(' ').append(c).append(tail).append(" Models for Vision ")
                    .append(i / 1000).append("](https://arxiv.org/abs/").append(id).append(") · 2024-0").append(1 + i % 9)
                    .append("\n");
        }
        return sb.toString();
    }

    static double build(Path work, String name, String text) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CatalogLocator locator = new CatalogLocator(Map.of(), work);
        CatalogSource source = locator.locate(file.toString());
        long t0 = System.nanoTime();
        try (CatalogIndex index = CatalogIndex.open(work.resolve("cache-" + name), source, () -> locator.load(source), s -> { }, true)) {
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("papers-index-bench");
        build(work, "warm.md", catalog(2_000, true));
        double[] ratios = new double[3];
        int[] sizes = {1_000, 2_000, 4_000};
        for (int k = 0; k < sizes.length; k++) {
            int n = sizes[k];
            double plain = Double.MAX_VALUE;
            double defined = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                plain = Math.min(plain, build(work, "plain-" + n + "-" + run + ".md", catalog(n, false)));
                defined = Math.min(defined, build(work, "acronyms-" + n + "-" + run + ".md", catalog(n, true)));
            }
            ratios[k] = defined / plain;
            System.out.printf("index build, %,d entries: titles defining acronyms %.2f s, titles defining none %.2f s (best of 3): "
                    + "ratio %.2f%n", n, defined, plain, ratios[k]);
        }
        System.out.printf("acronym cost from 1,000 to 4,000 entries: ratio %.2f -> %.2f (flat when it grows with the entries, "
                + "not with the acronyms the catalog defines)%n", ratios[0], ratios[2]);
    }
}
