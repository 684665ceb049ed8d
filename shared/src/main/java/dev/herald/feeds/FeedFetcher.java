package dev.herald.feeds;

import dev.herald.model.FeedSource;
import java.io.IOException;

/**
 * Fetches a feed's bytes. Implementations are thread-safe and bound every fetch in time and size.
 *
 * @see HttpFeedFetcher
 * @see FileFeedFetcher
 */
public interface FeedFetcher {
  /**
   * Fetches {@code feed}, conditionally when {@code validators} are given.
   *
   * @throws IOException when the feed cannot be fetched; a {@link FeedException}'s message is a one-line reason
   */
  FetchResult fetch(FeedSource feed, Validators validators) throws IOException;
}
