package dev.herald.articles;

import dev.herald.model.FeedSource;

/**
 * Stage entry for feeds and articles: fetch one feed, parse it, clean its items and store them, deduplicated.
 *
 * <p>Never throws for a problem with the feed (unreachable, malformed, too large): the report carries a one-line
 * reason and the feed's health is updated. Thread-safe; one feed's failure never delays another.
 */
public interface FeedIngestor {
  IngestReport ingest(FeedSource feed);
}
