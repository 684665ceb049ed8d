/**
 * Stage 1, feeds: fetch a {@link dev.herald.model.FeedSource} (HTTP with conditional GET, or a local file) and parse
 * its bytes (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed) into raw items.
 *
 * <p>Input: {@code FeedSource}. Output: {@code FetchResult}, {@code ParsedFeed} of {@code RawItem}s (text still as
 * the feed gave it, HTML included). Must not import any later stage (articles, stories, digest, render, delivery).
 */
package dev.herald.feeds;
