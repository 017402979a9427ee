/** HTTP policy both HTTP clients of papers share: how long to wait before a retry. */
package papers.net;
