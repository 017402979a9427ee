package papers.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import papers.arxiv.FakeArxiv;

/** What the command tests that talk to arXiv share: a fake arXiv on 127.0.0.1, a scratch directory, fixtures. */
abstract class FakeArxivCase {
    @TempDir
    Path dir;

    FakeArxiv fake;
    Map<String, String> env;

    @BeforeEach
    void startFakeArxiv() throws IOException {
        fake = new FakeArxiv();
        env = new HashMap<>(Map.of("PAPERS_ARXIV_API", fake.url(), "PAPERS_CACHE_DIR", dir.resolve("cache").toString(),
                "PAPERS_ARXIV_INTERVAL_MS", "0", "PAPERS_ARXIV_BACKOFF_MS", "10"));
    }

    @AfterEach
    void stopFakeArxiv() {
        fake.close();
    }

    /** A copy of {@code src/test/resources/fixtures/NAME} in the scratch directory. */
    Path fixture(String name) throws IOException {
        try (InputStream in = FakeArxivCase.class.getResourceAsStream("/fixtures/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }
}
