package papers.cli;

import picocli.CommandLine.Option;

/** The options of the commands that ask arXiv for papers (add, update). */
final class ArxivOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "How long one request to arXiv may take (default 30, or PAPERS_ARXIV_TIMEOUT_MS); a request "
                    + "that fails is tried up to 4 times, all tries and the waits between them within 4 x SECONDS.")
    Integer timeout;
}
