package papers.cli;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import papers.arxiv.ArxivClient;
import papers.catalog.PapersConfig;

/** The arXiv client's settings from papers.yaml and the environment, which wins. */
final class ArxivSettings {
    private ArxivSettings() {}

    /** The settings, with {@code timeoutSeconds} (a --timeout, or null) before the environment's. */
    static ArxivClient.Settings of(PapersConfig config, Map<String, String> env, Integer timeoutSeconds) {
        ArxivClient.Settings s = ArxivClient.Settings.defaults()
                .withUserAgent("papers/" + PapersCommand.version() + " (+https://github.com/papers-cli/papers)");
        String api = env.getOrDefault("PAPERS_ARXIV_API", config.arxiv().api());
        if (api != null && !api.isBlank()) {
            try {
                s = s.withApi(URI.create(api.strip()));
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCode.USAGE, "arXiv API URL '" + api + "' is not a URL");
            }
        }
        Integer interval = config.arxiv().intervalMs();
        if (env.containsKey("PAPERS_ARXIV_INTERVAL_MS")) {
            interval = millis("PAPERS_ARXIV_INTERVAL_MS", env);
        }
        if (interval != null) {
            s = s.withInterval(Duration.ofMillis(Math.max(0, interval)));
        }
        if (env.containsKey("PAPERS_ARXIV_BACKOFF_MS")) {
            s = s.withBackoff(Duration.ofMillis(millis("PAPERS_ARXIV_BACKOFF_MS", env)));
        }
        if (env.containsKey("PAPERS_ARXIV_TIMEOUT_MS")) {
            s = s.withRequestTimeout(Duration.ofMillis(millis("PAPERS_ARXIV_TIMEOUT_MS", env)));
        }
        if (timeoutSeconds != null) {
            if (timeoutSeconds < 1) {
                throw new UserException(ExitCode.USAGE, "--timeout: " + timeoutSeconds + " is not a number of seconds of at least 1");
            }
            s = s.withRequestTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        return s;
    }

    private static int millis(String name, Map<String, String> env) {
        try {
            return Integer.parseInt(env.get(name).strip());
        } catch (NumberFormatException e) {
            throw new UserException(ExitCode.USAGE, name + ": '" + env.get(name) + "' is not a number of milliseconds");
        }
    }
}
