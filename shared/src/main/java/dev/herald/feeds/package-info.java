/**
 * Stage 1, feeds: fetch a {@link dev.herald.model.FeedSource} and parse its bytes into raw items.
 *
 * <p>Fetching: {@link dev.herald.feeds.FeedFetcher} is the port; {@link dev.herald.feeds.HttpFeedFetcher} (OkHttp:
 * conditional GET, gzip counted after decompression against the size cap, connect/read/total timeouts, redirects
 * checked hop by hop, private addresses refused after DNS resolution, N requests per host) and
 * {@link dev.herald.feeds.FileFeedFetcher} (instance feeds only) sit behind
 * {@link dev.herald.feeds.RoutingFeedFetcher#fromConfig}. Feed health has one authority: the stored
 * {@code FeedHealth} rows, changed only by {@link dev.herald.feeds.FeedBackoff} (backoff, disabling, and when a feed is
 * due, which the poller asks); {@link dev.herald.feeds.FeedReader} reads one feed (conditional fetch, parse, health
 * kept); {@link dev.herald.feeds.Backoff} is Herald's one backoff policy (delivery retries use
 * it too). The feeds each workspace sees, with their health, are {@link dev.herald.feeds.FeedRegistry}.
 *
 * <p>Parsing: {@link dev.herald.feeds.FeedParser} reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 in one
 * streaming, lenient pass with its own tokenizer: no DTD is ever read and no entity beyond the XML and HTML sets is
 * expanded, so no XML factory needs configuring here (the benchmark's StAX floor is configured with DTDs and external
 * entities off); nesting, item size and input size are bounded.
 *
 * <p>Input: {@code FeedSource}. Output: {@code FetchResult}, {@code ParsedFeed} of {@code RawItem}s (text still as the
 * feed gave it, HTML included; untrusted). May import model, config and store; must not import any later stage
 * (articles, stories, digest, render, delivery).
 */
package dev.herald.feeds;
