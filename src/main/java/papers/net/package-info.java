/** HTTP for papers: the one client factory (the environment's proxies, per target) and the retry policy both clients share. */
package papers.net;
