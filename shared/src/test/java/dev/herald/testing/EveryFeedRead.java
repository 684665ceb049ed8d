package dev.herald.testing;

import dev.herald.feeds.FeedFormat;
import dev.herald.feeds.FeedReader;
import dev.herald.feeds.FeedStage;
import dev.herald.feeds.FeedText;
import dev.herald.feeds.ParsedFeed;
import dev.herald.feeds.Validators;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import java.time.Instant;
import java.util.List;

/**
 * A fake stage 1 for pipeline tests whose fake stage 2 makes up the articles: every feed reads, with no items, as a
 * feed read before; recording a read does nothing.
 */
public class EveryFeedRead implements FeedStage {
  @Override
  public FeedReader.Result read(FeedSource feed, boolean force) {
    ParsedFeed none = new ParsedFeed(FeedFormat.RSS_20, FeedText.EMPTY, "", FeedText.EMPTY, FeedText.EMPTY, List.of(),
        List.of());
    return new FeedReader.Read(feed, none, false, Instant.EPOCH,
        FeedHealth.fresh(feed.id()), Validators.NONE);
  }

  @Override
  public void succeeded(FeedReader.Read read) {}
}
