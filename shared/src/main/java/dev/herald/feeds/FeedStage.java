package dev.herald.feeds;

import dev.herald.model.FeedSource;

/**
 * Stage 1's port, as the pipeline calls it for each due feed: read the feed ({@link FeedReader}: conditional fetch,
 * parse, backoff and disabling), then, once the articles stage stored its items, record the read.
 *
 * <p>Never throws for a problem with the feed: a {@link FeedReader.Failed} result carries a one-line reason. Store
 * failures propagate.
 */
public interface FeedStage {
  /** Fetches and parses {@code feed}; with {@code force}, a disabled or backing-off feed is fetched anyway. */
  FeedReader.Result read(FeedSource feed, boolean force);

  /** Records a read whose items are stored, so that a read whose items were not stored is fetched again. */
  void succeeded(FeedReader.Read read);
}
