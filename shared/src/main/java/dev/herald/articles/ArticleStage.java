package dev.herald.articles;

import dev.herald.feeds.ParsedFeed;
import dev.herald.model.FeedSource;
import java.time.Instant;

/**
 * Stage 2's port, as the pipeline calls it with each feed's read items ({@link ArticleIntake}): clean them,
 * deduplicate, link syndicated copies, store new and edited articles, and say which new ones may alert.
 *
 * <p>Store failures ({@code StoreException}) propagate. Calls for different feeds may run concurrently; calls for one
 * feed must not.
 */
public interface ArticleStage {
  /**
   * Stores the items of one read of {@code feed}, read at {@code now}; {@code firstRead}: the feed was never read
   * before, so none of its items may alert.
   */
  IngestReport store(FeedSource feed, ParsedFeed parsed, boolean firstRead, Instant now);
}
