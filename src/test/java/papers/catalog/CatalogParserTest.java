package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on fixtures written in each format the seed catalogs use, and in the shapes other lists use. */
class CatalogParserTest {

    static List<Entry> parseFixture(String name) {
        return new CatalogParser().parse(new SourceFile(name, fixture(name))).entries();
    }

    static String fixture(String name) {
        try (InputStream in = CatalogParserTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Entry titled(List<Entry> entries, String prefix) {
        return entries.stream().filter(e -> e.title().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry titled " + prefix + " in " + entries.stream().map(Entry::title).toList()));
    }

    @Test
    void aLabelledFieldInParenthesesTakesNeitherHalfOfThePair() {
        Entry e = new CatalogParser().parse(new SourceFile("l.md", "## Daily\n\n"
                + "1. Arxiv [A Model](https://arxiv.org/abs/2409.19946) (what it does) (**Notes**: what to ask)\n")).entries().get(0);
        assertThat(e.notes()).isEqualTo("what it does");
        assertThat(e.fields()).containsEntry("Notes", "what to ask");
        Entry inner = new CatalogParser().parse(new SourceFile("l.md", "## Daily\n\n"
                + "1. Arxiv [B Model](https://arxiv.org/abs/2409.19947) (**Notes**: see (the appendix))\n")).entries().get(0);
        assertThat(inner.fields()).containsEntry("Notes", "see (the appendix)");
    }

    @Test
    void numberedNotes() {
        List<Entry> entries = parseFixture("numbered-notes.md");
        // the news bullets and the table of contents are not entries
        assertThat(entries).extracting(Entry::title).containsExactly(
                "Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution",
                "LongLLaVA: Scaling Multi-modal LLMs to 1000 Images Efficiently via Hybrid Architecture",
                "Flamingo: a Visual Language Model for Few-Shot Learning",
                "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
                "Step-DPO: Step-wise Preference Optimization for Long-chain Reasoning of LLMs");
        Entry qwen = entries.get(0);
        assertThat(qwen.arxiv().id()).isEqualTo("2409.12191");
        assertThat(qwen.url()).isEqualTo("https://arxiv.org/pdf/2409.12191");
        assertThat(qwen.date()).hasToString("2024-09");
        assertThat(qwen.notes()).isEqualTo("dynamic resolution, rotary positions for images");
        assertThat(qwen.tags()).containsExactly("models");
        assertThat(qwen.section()).containsExactly("Models");
        assertThat(qwen.line()).isEqualTo(14);
        assertThat(entries.get(1).arxiv().id()).isEqualTo("2409.02889");
        Entry flamingo = entries.get(2);
        assertThat(flamingo.arxiv()).isNull();
        assertThat(flamingo.date()).isNull();
        assertThat(flamingo.notes()).contains("笔记见链接");
        assertThat(entries.get(4).arxiv().id()).isEqualTo("2406.18629");
        assertThat(entries.get(4).tags()).containsExactly("preference-learning");
    }

    @Test
    void venuePrefixed() {
        List<Entry> entries = parseFixture("venue-prefixed.md");
        assertThat(entries).hasSize(8);
        assertThat(titled(entries, "MM1.5").venue()).isEqualTo("arXiv");
        Entry icd = titled(entries, "Image Copy Detection");
        assertThat(icd.venue()).isEqualTo("NeurIPS");
        assertThat(icd.links()).extracting(Link::label).containsExactly("Image Copy Detection for Diffusion Models", "Code");
        assertThat(icd.notes()).isEqualTo("copy detection for generated images");
        assertThat(titled(entries, "LongGenBench").venue()).isEqualTo("EMNLP Findings");
        assertThat(titled(entries, "LongGenBench").notes()).isNull();
        Entry vlap = titled(entries, "VLAP");
        assertThat(vlap.title()).isEqualTo("VLAP: Bridging Vision and Language Spaces with Assignment Prediction");
        assertThat(vlap.date()).hasToString("2024-04-15");
        Entry wca = titled(entries, "WCA");
        assertThat(wca.title()).endsWith("Vision-Language Models");
        assertThat(wca.date()).hasToString("2024-06-05");
        // under "## 2024" the arXiv month counts only when it falls in 2024
        assertThat(titled(entries, "Law of Vision").date()).hasToString("2024-08");
        assertThat(titled(entries, "Vision Transformers Need Registers").date()).hasToString("2024");
        assertThat(titled(entries, "Mind the Gap").date()).hasToString("2022-03");
        assertThat(titled(entries, "Mind the Gap").section()).containsExactly("Alignment Between Modalities", "2022");
        // date headings are not tags
        assertThat(titled(entries, "Mind the Gap").tags()).containsExactly("alignment-between-modalities");
    }

    @Test
    void boldTitleBlocks() {
        List<Entry> entries = parseFixture("bold-title-blocks.md");
        // intro bullets, the bare-URL link list and the contribution template are not entries
        assertThat(entries).hasSize(6);
        Entry vpg = entries.get(0);
        assertThat(vpg.title()).isEqualTo("Transfer Visual Prompt Generator across LLMs");
        assertThat(vpg.arxiv().id()).isEqualTo("2305.01278");
        assertThat(vpg.authors()).containsExactly("Ao Zhang", "Hao Fei", "Yuan Yao", "Wei Ji", "Li Li", "Zhiyuan Liu",
                "Tat-Seng Chua");
        assertThat(vpg.links()).extracting(Link::label).containsExactly("Paper", "Code");
        assertThat(vpg.url()).isEqualTo("https://arxiv.org/abs/2305.01278");
        assertThat(vpg.fields()).containsEntry("Backbone", "OPT and Flan-T5.");
        assertThat(vpg.date()).hasToString("2023-05");
        assertThat(vpg.line()).isEqualTo(12);
        assertThat(vpg.lastLine()).isEqualTo(16);
        assertThat(vpg.notes()).isNull();
        Entry videoLlama = entries.get(1);
        assertThat(videoLlama.authors()).containsExactly("Hang Zhang", "Xin Li", "Lidong Bing");
        assertThat(videoLlama.arxiv()).isNull();
        assertThat(videoLlama.url()).isNull();
        assertThat(entries.get(2).tags()).containsExactly("evaluation");
        Entry grounding = entries.get(3);
        assertThat(grounding.venue()).isEqualTo("ICML2023");
        assertThat(grounding.date()).hasToString("2023-01");
        Entry vlAdapter = entries.get(4);
        assertThat(vlAdapter.venue()).isEqualTo("CVPR 2022");
        // arXiv 2112 falls outside the "## 2022" heading: the heading's year stands
        assertThat(vlAdapter.date()).hasToString("2022");
        assertThat(entries.get(5).authors()).hasSize(3);
        assertThat(entries.get(5).venue()).isEqualTo("NeurIPS 2022");
        // the document title heading is not a tag, and month headings are dates, not tags
        assertThat(entries).allSatisfy(e -> assertThat(e.tags()).doesNotContain("awesome-llm-guided-multimodal", "2023-may"));
    }

    @Test
    void datePrefixed() {
        List<Entry> entries = parseFixture("date-prefixed.md");
        assertThat(entries).hasSize(6);
        assertThat(entries.get(0).date()).hasToString("2025-02");
        assertThat(entries.get(1).title()).isEqualTo("MiniCPM-o");
        assertThat(entries.get(1).notes()).isEqualTo("端侧全模态模型。");
        assertThat(entries.get(1).arxiv()).isNull();
        assertThat(entries.get(2).date()).hasToString("2024-12");
        assertThat(entries.get(2).arxiv().id()).isEqualTo("2412.14164");
        assertThat(entries.get(0).tags()).containsExactly("最新动态");
        assertThat(entries.get(4).notes()).isEqualTo("CLIP");
        // the catalog's own date wins over the arXiv month
        assertThat(entries.get(5).date()).hasToString("2024-04");
    }

    @Test
    void fieldBlocks() {
        List<Entry> entries = parseFixture("field-blocks.md");
        // the entry inside the trailing HTML comment is not read
        assertThat(entries).extracting(Entry::title).containsExactly(
                "GLM-130B: An Open Bilingual Pre-trained Model",
                "Vicuna: An Open-Source Chatbot Impressing GPT-4 with 90%* ChatGPT Quality",
                "Generative Adversarial Networks");
        Entry glm = entries.get(0);
        assertThat(glm.url()).isEqualTo("https://arxiv.org/abs/2210.02414");
        assertThat(glm.arxiv().id()).isEqualTo("2210.02414");
        assertThat(glm.authors()).containsExactly("Aohan Zeng", "Xiao Liu", "Zhengxiao Du");
        assertThat(glm.fields()).containsEntry("Brief", "A bilingual model with 130B parameters.")
                .containsKey("Abstract");
        assertThat(glm.links()).extracting(Link::label).containsExactly("Paper", "Github");
        assertThat(entries.get(1).authors()).containsExactly("Wei-Lin Chiang", "Zhuohan Li", "Zi Lin");
        assertThat(entries.get(1).fields()).containsEntry("Github", "Coming soon.");
        assertThat(entries.get(2).tags()).containsExactly("image-generation", "gan-paradigm");
        assertThat(entries.get(2).sectionPath()).isEqualTo("Image Generation / GAN Paradigm");
    }

    @Test
    void gfmTables() {
        List<Entry> entries = parseFixture("table.md");
        assertThat(entries).hasSize(3);
        Entry llava = entries.get(0);
        assertThat(llava.title()).isEqualTo("Visual Instruction Tuning");
        assertThat(llava.venue()).isEqualTo("NeurIPS 2023");
        assertThat(llava.date()).hasToString("2023-04-17");
        assertThat(llava.links()).extracting(Link::url).contains("https://github.com/haotian-liu/LLaVA");
        assertThat(entries.get(1).links()).extracting(Link::label).contains("Github");
        Entry sam = entries.get(2);
        assertThat(sam.title()).isEqualTo("Segment Anything");
        // the only arXiv link is inside a badge
        assertThat(sam.arxiv().id()).isEqualTo("2304.02643");
        assertThat(sam.line()).isEqualTo(7);
    }

    @Test
    void otherShapes() {
        List<Entry> entries = parseFixture("mixed.md");
        // nothing from the HTML comment or the fenced code block
        assertThat(entries).extracting(Entry::title).doesNotContain("Hidden In Comment", "Inside A Fence");
        Entry blip = titled(entries, "BLIP-2");
        assertThat(blip.line()).isEqualTo(13);
        assertThat(blip.lastLine()).isEqualTo(17);
        assertThat(blip.links()).extracting(Link::url).contains("https://github.com/salesforce/LAVIS");
        Entry kosmos = titled(entries, "Kosmos-2");
        assertThat(kosmos.arxiv().id()).isEqualTo("2306.14824");
        assertThat(kosmos.date()).hasToString("2023-06-26");
        assertThat(kosmos.tags()).contains("grounding");
        // inside <details>
        Entry attention = titled(entries, "Attention Is All You Need");
        assertThat(attention.venue()).isEqualTo("NeurIPS 2017");
        Entry clip = titled(entries, "Learning Transferable Visual Models");
        assertThat(clip.title()).isEqualTo("Learning Transferable Visual Models From Natural Language Supervision");
        assertThat(clip.arxiv().id()).isEqualTo("2103.00020");
        assertThat(titled(entries, "Dimension reduction").arxiv().id()).isEqualTo("hep-th/9901001");
        assertThat(titled(entries, "A knot paper").arxiv().id()).isEqualTo("math/0309136");
    }

    @Test
    void parsingIsDeterministic() {
        String text = fixture("bold-title-blocks.md");
        CatalogParser parser = new CatalogParser();
        assertThat(parser.parse(new SourceFile("a.md", text)).entries())
                .isEqualTo(new CatalogParser().parse(new SourceFile("a.md", text)).entries());
    }

    @Test
    void largeFilesParseAsIfWhole() {
        String copy = fixture("venue-prefixed.md")
                + "\n```\n# not a heading inside a fence\n- [Fenced](https://arxiv.org/abs/2000.00001)\n```\n"
                + "<!--\n# not a heading inside a comment\n-->\n";
        int copyLines = copy.split("\n", -1).length - 1;
        String big = copy.repeat(300);
        assertThat(big.length()).isGreaterThan(300_000);
        List<Entry> one = new CatalogParser().parse(new SourceFile("a.md", copy)).entries();
        List<Entry> all = new CatalogParser().parse(new SourceFile("a.md", big)).entries();
        assertThat(all).hasSize(one.size() * 300);
        for (int k = 0; k < 300; k++) {
            final int shift = k * copyLines;
            for (int i = 0; i < one.size(); i++) {
                Entry expected = one.get(i);
                Entry actual = all.get(k * one.size() + i);
                assertThat(actual.title()).isEqualTo(expected.title());
                assertThat(actual.sectionPath()).isEqualTo(expected.sectionPath());
                assertThat(actual.date()).isEqualTo(expected.date());
                assertThat(actual.line()).isEqualTo(expected.line() + shift);
                assertThat(actual.links()).extracting(Link::line)
                        .containsExactlyElementsOf(expected.links().stream().map(l -> l.line() + shift).toList());
            }
        }
    }

    @Test
    void quotedTitlesWithOrWithoutABoldShortNameAreEntries() {
        String text = "# Backbones\n\n## Attention\n\n"
                + "* **QR-Net**: \"Query Routing Networks for Image Recognition\", ICCV, 2019 (*Some Lab*). "
                + "[[Paper](https://arxiv.org/abs/1904.11111)][[PyTorch (someone)](https://github.com/someone/qr-net)]\n"
                + "* \"A Survey of Routing in Vision Models\", arXiv, 2024 (*Another Lab*). [[Paper](https://arxiv.org/abs/2405.22222)]\n"
                + "* **Overview**: see the sections below\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("q.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("Query Routing Networks for Image Recognition",
                "A Survey of Routing in Vision Models");
        assertThat(entries.get(0).venue()).isEqualTo("ICCV 2019");
        assertThat(entries.get(0).arxiv().id()).isEqualTo("1904.11111");
        assertThat(entries.get(0).links()).extracting(Link::url).contains("https://github.com/someone/qr-net");
        assertThat(entries.get(1).venue()).isEqualTo("arXiv 2024");
        assertThat(entries.get(1).date()).hasToString("2024");
        assertThat(entries).allSatisfy(e -> assertThat(e.sectionPath()).isEqualTo("Attention"));
        assertThat(entries.get(0).authors()).isEmpty();
        assertThat(entries.get(0).fields()).containsEntry("Affiliation", "Some Lab");
        assertThat(entries.get(0).notes()).isNullOrEmpty();
        assertThat(entries).extracting(Entry::alias).containsExactly("QR-Net", null);
    }

    @Test
    void paragraphsOfABoldTitleAndLinesJoinedByBackslashesAreEntries() {
        String text = "# Talks\n\n**Routing Tokens in Vision Models**\\\n_Ada Lovelace, Alan Turing_\\\n"
                + "CVPR 2023 Tutorial, [[Slides](https://example.org/slides.pdf)]\\\n18 Sep 2023\n\n"
                + "**Note:** this list is updated weekly.\n\n"
                + "**A bold opening** of a paragraph of prose that goes on\nover two lines.\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("p.md", text)).entries();
        assertThat(entries).hasSize(1);
        Entry e = entries.get(0);
        assertThat(e.title()).isEqualTo("Routing Tokens in Vision Models");
        assertThat(e.authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(e.date()).hasToString("2023-09-18");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.lastLine()).isEqualTo(6);
        assertThat(e.venue()).isEqualTo("CVPR 2023 Tutorial");
    }

    @Test
    void authorsBesideABoldTitleAfterASemicolonOrInItalics() {
        String text = "# L\n\n## Survey\n\n"
                + "- **Routing in Vision Models: A Survey;** Ada Lovelace, Charles P. Babbage; A note on what it covers.\n"
                + "- [2023/10] **Token Routing for Agents** *Grace Hopper et al. arXiv.* [[paper](https://arxiv.org/abs/2310.33333)]\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("a.md", text)).entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).title()).isEqualTo("Routing in Vision Models: A Survey");
        assertThat(entries.get(0).authors()).containsExactly("Ada Lovelace", "Charles P. Babbage");
        assertThat(entries.get(0).notes()).contains("A note on what it covers");
        assertThat(entries.get(1).authors()).containsExactly("Grace Hopper");
        assertThat(entries.get(1).venue()).isEqualTo("arXiv");
        assertThat(entries.get(1).date()).hasToString("2023-10");
    }

    @Test
    void aBoldShortNameBesideTheTitleIsNotTheTitle() {
        String text = "# L\n\n## Papers\n\n"
                + "+ **QRT** [Query Routing Transformers](https://arxiv.org/abs/2503.44444) (Mar. 20, 2025, CVPR 2025)\n"
                + "+ **TRK** [Token Ranking Kernels] (June. 12, 2025, ICML 2025)\n\n"
                + "| Date | Title | Paper |\n|---|---|---|\n"
                + "|2024.06|🔥[**Moon**] Moon: A Cache for Serving(@Some Lab) |[[pdf]](https://example.org/moon.pdf) |\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("s.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("Query Routing Transformers", "Token Ranking Kernels",
                "Moon: A Cache for Serving");
        assertThat(entries.get(0).date()).hasToString("2025-03-20");
        assertThat(entries.get(0).venue()).isEqualTo("CVPR 2025");
        assertThat(entries.get(1).date()).hasToString("2025-06-12");
        assertThat(entries).extracting(Entry::alias).containsExactly("QRT", "TRK", "Moon");
    }

    @Test
    void aBackToTopLinkIsNoPartOfTheSectionName() {
        String text = "# L\n\n## Contents\n\n### Routing ([back to top👆](#contents))\n\n"
                + "- [Query Routing](https://arxiv.org/abs/2503.44444)\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("b.md", text)).entries();
        assertThat(entries.get(0).section()).containsExactly("Contents", "Routing");
    }

    @Test
    void aTableColumnOfNamesGivesTheAliasAndATitleWhenNoColumnGivesOne() {
        String text = "# L\n\n## Data\n\n| Name | Paper | Type |\n|---|---|---|\n"
                + "| **RouteSet** | [RouteSet: Routing Pairs for Tuning](https://arxiv.org/abs/2406.11111) | Caption |\n\n"
                + "| Date | keywords | Paper |\n|---|---|---|\n"
                + "| 2019-02 | Routers | [Routing Is All You Need](https://arxiv.org/abs/1902.22222) |\n\n"
                + "| Dataset | Year | Project |\n|---|---|---|\n"
                + "|RouteMNIST|1998|[Project](https://example.org/routemnist)|\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("t.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("RouteSet: Routing Pairs for Tuning",
                "Routing Is All You Need", "RouteMNIST");
        assertThat(entries).extracting(Entry::alias).containsExactly("RouteSet", "Routers", null);
        assertThat(entries.get(2).date()).hasToString("1998");
    }

    @Test
    void aWeekHeadingDatesItsRowsAndRowNumbersAndDescriptionsLeaveTheTitle() {
        String text = "# Weekly\n\n- [Week of June 23](./#week-of-june-23)\n- [More weeks](docs/older.md#2024)\n\n"
                + "## Top Papers of the Week (June 23 - June 29) - 2025\n\n| **Paper** | **Links** |\n|---|---|\n"
                + "| 1) Fast Routing Models  This paper introduces a family of fast routing models for serving. | "
                + "[Paper](https://example.org/fast) |\n"
                + "| 2) Slow Routing - introduces a slow router that is used as a baseline for every later router in "
                + "the study | [Paper](https://example.org/slow) |\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("w.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("Fast Routing Models", "Slow Routing");
        assertThat(entries).allSatisfy(e -> assertThat(e.date()).hasToString("2025-06"));
        assertThat(entries.get(0).notes()).startsWith("This paper introduces");
    }

    @Test
    void aTopicInBracketsBeforeTheTitleIsATagNotProse() {
        String text = "# L\n\n## Reasoning\n\n"
                + "1. (Think with routes) [Route-R1: Routing with Reasoning](https://example.org/r1)(a note)\n"
                + "2. this line is prose with [a link](https://example.org/prose) in it\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("r.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("Route-R1: Routing with Reasoning");
        assertThat(entries.get(0).tags()).contains("think-with-routes");
    }

    @Test
    void linkParagraphsUnderADayHeadingAreEntriesWithTheirBullets() {
        String text = "# Daily\n\n#### 23rd June 2026\n\n[Routing Tokens Through Sparse Experts](https://arxiv.org/abs/2606.00001)\n"
                + "- It routes tokens.\n- It is fast.\n\n---\n\n[Base Layers Again](https://arxiv.org/abs/2606.00002)\n\n---\n\n"
                + "[Our blog](https://example.org/blog) has more.\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("d.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("Routing Tokens Through Sparse Experts", "Base Layers Again");
        assertThat(entries).allSatisfy(e -> assertThat(e.date()).hasToString("2026-06-23"));
        assertThat(entries.get(0).notes()).isEqualTo("It routes tokens. It is fast.");
        assertThat(entries.get(0).lastLine()).isEqualTo(7);
    }

    @Test
    void aBoldTitleWithLabelledBulletsInEnglishOrChineseIsAnEntry() {
        String text = "# L\n\n## Routing\n\n**Soft Routing Mixtures**\n- Paper: https://arxiv.org/abs/2308.00951\n"
                + "- Code: https://github.com/example/soft\n\n**稀疏路由**\n- 论文: [link](https://arxiv.org/abs/2308.00952)\n"
                + "- 代码: https://github.com/example/zh\n\n**Not an entry**\n- just a bullet\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("f.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("Soft Routing Mixtures", "稀疏路由");
        assertThat(entries).extracting(e -> e.arxiv().id()).containsExactly("2308.00951", "2308.00952");
        assertThat(entries.get(0).links()).extracting(Link::url).contains("https://github.com/example/soft");
        assertThat(entries.get(1).links()).extracting(Link::label).contains("代码");
        assertThat(entries.get(0).lastLine()).isEqualTo(7);
    }

    @Test
    void authorsAfterABreakOrInASubBulletAndVenuesInBadgesAreRead() {
        String text = "# L\n\n## Table\n\n| Title | Venue |\n|---|---|\n"
                + "| [Routing Tokens](https://arxiv.org/abs/2401.00011)<br>Ada Lovelace, Alan Turing | ICML 2024 |\n"
                + "| **Total** | 300 |\n\n## Bullets\n\n- [Sub Routing](https://arxiv.org/abs/2401.00012)\n  - Grace Hopper, Alan Kay\n"
                + "- [Badge Routing](https://arxiv.org/abs/2401.00013) ![CVPR-2024](https://img.shields.io/badge/CVPR-2024-blue)\n"
                + "- [Shield Routing](https://arxiv.org/abs/2401.00014) ![x](https://img.shields.io/badge/NeurIPS-2023-green)\n"
                + "- [Code Routing](https://arxiv.org/abs/2401.00015)\n  - Code and Data\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("b.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("Routing Tokens", "Sub Routing", "Badge Routing",
                "Shield Routing", "Code Routing");
        assertThat(entries.get(0).authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(entries.get(1).authors()).containsExactly("Grace Hopper", "Alan Kay");
        assertThat(entries).extracting(Entry::venue).containsExactly("ICML 2024", null, "CVPR 2024", "NeurIPS 2023", null);
        assertThat(entries.get(4).authors()).isEmpty();
    }

    @Test
    void summaryAndHtmlHeadingsNameSectionsAndDates() {
        String text = "# L\n\n## Papers\n\n<details>\n<summary>2023</summary>\n\n- [Old Routing](https://arxiv.org/abs/2301.00011)\n\n"
                + "</details>\n\n<details open>\n<summary><b>2024</b></summary>\n\n- [Undated Routing](https://example.org/undated)\n\n"
                + "</details>\n\n- [After Routing](https://example.org/after)\n\n<h2>Surveys</h2>\n\n"
                + "- [A Survey of Routing](https://arxiv.org/abs/2405.00013)\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("s.md", text)).entries();
        assertThat(entries).extracting(Entry::sectionPath).containsExactly("Papers / 2023", "Papers / 2024", "Papers", "Surveys");
        assertThat(entries.get(1).date()).hasToString("2024");
        assertThat(entries.get(2).date()).isNull();
    }

    @Test
    void aShortNameAColonAndAPlainTitleWithALinkOrADateIsAnEntry() {
        String text = "# L\n\n## Scores\n\n- **QC score**: Querying Captions With Scores(Aug 29, 2024)\n"
                + "  - [![arXiv](https://img.shields.io/badge/arXiv-2408.00001-b31b1b.svg)](https://arxiv.org/abs/2408.00001)\n"
                + "- **RT-Net**: Routing Trees for Vision (Sep 3, 2024)\n- **Update**: We added Twenty Papers (Sep 4, 2024)\n"
                + "- **Plain**: Nothing To Link Here\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("n.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactly("Querying Captions With Scores", "Routing Trees for Vision");
        assertThat(entries).extracting(Entry::alias).containsExactly("QC score", "RT-Net");
        assertThat(entries.get(0).arxiv().id()).isEqualTo("2408.00001");
        assertThat(entries.get(0).date()).hasToString("2024-08-29");
    }

    @Test
    void paragraphEntriesJoinedByBrTagsAreEntriesToo() {
        String text = "# Talks\n\n**Routing Tokens in Vision Models**<br>\n_Ada Lovelace, Alan Turing_<br>\n"
                + "CVPR 2023 Tutorial, [[Slides](https://example.org/slides.pdf)]<br>\n18 Sep 2023<br>\nNote: the slides are long.\n";
        List<Entry> entries = new CatalogParser().parse(new SourceFile("t.md", text)).entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(entries.get(0).venue()).isEqualTo("CVPR 2023 Tutorial");
        assertThat(entries.get(0).date()).hasToString("2023-09-18");
        assertThat(entries.get(0).fields()).containsEntry("Note", "the slides are long.");
    }

    @Test
    void aFileReadInPiecesOnTwoThreadsReadsAsOneRead() {
        // 800 KB: read in pieces of about 128 KB, the next parsed while one is walked; month headings
        // of level 2 open sections whose date their entries take, across the pieces
        StringBuilder sb = new StringBuilder("# Big\n");
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            if (i % 40 == 0) {
                sb.append("\n## 2024-").append(String.format("%02d", 1 + i / 40 % 12)).append("\n\n");
            }
            String title = "Paper number " + i + " on vision";
            titles.add(title);
            sb.append(i % 2 == 0 ? "- [" : (i % 40 / 2 + 1) + ". [").append(title).append("](https://arxiv.org/abs/2401.")
                    .append(String.format("%05d", i)).append(")\n");
        }
        String text = sb.toString();
        assertThat(text.length()).isGreaterThan(800_000);
        assertThat(CatalogParser.chunks(text)).hasSizeGreaterThan(4);
        List<Entry> entries = new CatalogParser().parse(new SourceFile("big.md", text)).entries();
        assertThat(entries).extracting(Entry::title).containsExactlyElementsOf(titles);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            assertThat(lines[e.line() - 1]).contains(e.title());
            assertThat(e.sectionPath()).isEqualTo("2024-" + String.format("%02d", 1 + i / 40 % 12));
        }
    }
}
