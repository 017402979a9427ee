package papers.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import papers.catalog.ArxivId;
import papers.net.HttpClients;

class ArxivClientTest {

    @Test
    void requestsAreAtLeastTheIntervalApart() throws Exception {
        try (FakeArxiv fake = new FakeArxiv()) {
            fake.then(FakeArxiv.feed("qwen2vl.xml"));
            ArxivClient client = new ArxivClient(ArxivClient.Settings.defaults().withApi(URI.create(fake.url()))
                    .withInterval(Duration.ofMillis(400)), Map.of());
            ArxivId id = ArxivId.parse("2409.12191").orElseThrow();
            for (int i = 0; i < 3; i++) {
                assertThat(client.fetch(List.of(id))).containsKey(id);
            }
            assertThat(fake.times).hasSize(3);
            assertThat(fake.times.get(1) - fake.times.get(0)).isGreaterThanOrEqualTo(390);
            assertThat(fake.times.get(2) - fake.times.get(1)).isGreaterThanOrEqualTo(390);
        }
    }

    @Test
    void parsesTheFieldsOfAnEntryInAnyOrder() throws Exception {
        try (FakeArxiv fake = new FakeArxiv()) {
            fake.then(FakeArxiv.feed("two.xml"));
            ArxivClient client = new ArxivClient(ArxivClient.Settings.defaults().withApi(URI.create(fake.url()))
                    .withInterval(Duration.ZERO), Map.of());
            Map<ArxivId, ArxivPaper> got = client.fetch(List.of(new ArxivId("2305.10355"), new ArxivId("2408.03326")));
            ArxivPaper pope = got.get(new ArxivId("2305.10355"));
            assertThat(pope.version()).isEqualTo(3);
            assertThat(pope.title()).isEqualTo("Evaluating Object Hallucination in Large Vision-Language Models");
            assertThat(pope.authors()).containsExactly("Yifan Li", "Yifan Du");
            assertThat(pope.published()).isEqualTo("2023-05-17");
            assertThat(pope.journalRef()).isEqualTo("EMNLP 2023");
            assertThat(pope.primaryCategory()).isEqualTo("cs.CV");
        }
    }

    @Test
    void proxiesComeFromTheEnvironmentUnlessNoProxyCoversTheHost() {
        URI arxiv = URI.create("http://export.arxiv.org/api/query");
        assertThat(HttpClients.proxy(arxiv, Map.of())).isEmpty();
        assertThat(HttpClients.proxy(arxiv, Map.of("HTTP_PROXY", "http://proxy.local:3128"))).isPresent();
        assertThat(HttpClients.proxy(arxiv, Map.of("http_proxy", "proxy.local:3128"))).isPresent();
        assertThat(HttpClients.proxy(URI.create("https://export.arxiv.org/api"), Map.of("HTTP_PROXY", "http://p:1"))).isEmpty();
        assertThat(HttpClients.proxy(URI.create("https://export.arxiv.org/api"), Map.of("HTTPS_PROXY", "http://p:1"))).isPresent();
        assertThat(HttpClients.proxy(arxiv, Map.of("HTTP_PROXY", "http://p:1", "NO_PROXY", "localhost,.arxiv.org"))).isEmpty();
        assertThat(HttpClients.proxy(arxiv, Map.of("HTTP_PROXY", "http://p:1", "NO_PROXY", "*"))).isEmpty();
        assertThat(HttpClients.proxy(arxiv, Map.of("HTTP_PROXY", "http://p:1", "NO_PROXY", "example.org"))).isPresent();
    }

    @Test
    void backoffGrowsExponentiallyWithJitter() {
        ArxivClient client = new ArxivClient(ArxivClient.Settings.defaults().withBackoff(Duration.ofMillis(100)), Map.of(), ms -> {});
        for (int attempt = 0; attempt < 3; attempt++) {
            long base = 100L << attempt;
            for (int i = 0; i < 20; i++) {
                assertThat(client.backoff(attempt)).isBetween(base, base + base / 2);
            }
        }
    }
}
