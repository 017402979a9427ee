/** The arXiv API client: requests with rate limiting and retries, Atom parsed with StAX, and a disk cache. */
package papers.arxiv;
