package dev.herald.bot.ops;

import dev.herald.feeds.FeedFetcher;
import dev.herald.feeds.FetchResult;
import dev.herald.feeds.Validators;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.FeedSource;
import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/** Times each fetch of a feed and reports how it ended ({@code herald_feed_fetch_seconds{result}}). Thread-safe. */
public final class MeteredFeedFetcher implements FeedFetcher {
  private final FeedFetcher fetcher;
  private final HeraldMetrics metrics;
  private final LongSupplier nanos;

  public MeteredFeedFetcher(FeedFetcher fetcher, HeraldMetrics metrics) {
    this(fetcher, metrics, System::nanoTime);
  }

  /** @param nanos a monotonic clock in nanoseconds (tests pass a fake one) */
  MeteredFeedFetcher(FeedFetcher fetcher, HeraldMetrics metrics, LongSupplier nanos) {
    this.fetcher = fetcher;
    this.metrics = metrics;
    this.nanos = nanos;
  }

  @Override
  public FetchResult fetch(FeedSource feed, Validators validators) throws IOException {
    long start = nanos.getAsLong();
    HeraldMetrics.FetchResult result = HeraldMetrics.FetchResult.FAILED;
    try {
      FetchResult r = fetcher.fetch(feed, validators);
      result = r instanceof FetchResult.NotModified ? HeraldMetrics.FetchResult.NOT_MODIFIED
          : HeraldMetrics.FetchResult.FETCHED;
      return r;
    } finally {
      metrics.feedFetched(result, Duration.ofNanos(nanos.getAsLong() - start));
    }
  }
}
