package dev.herald.delivery;

import dev.herald.articles.IngestReport;
import dev.herald.model.FeedSource;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the poller learns whether a feed may be polled now. The ingestion stage owns feed health (backoff after
 * failures, disabling after too many); the composition root adapts its store to this port. Without one, {@link
 * #tracking} keeps the same rules in memory from the poller's own reports.
 */
public interface FeedHealth {
  /** The feed's state; healthy when nothing is known. */
  FeedState state(FeedSource feed);

  /** Told about every ingestion; an implementation backed by the ingestion stage's store may ignore it. */
  default void observe(FeedSource feed, IngestReport report, Instant at) {}

  /**
   * In-memory health from the poller's reports: a failure backs off {@code interval * 2^(failures-1)}, at most a day;
   * after {@code maxFailures} in a row the feed is disabled until Herald restarts.
   */
  static FeedHealth tracking(int maxFailures) {
    return new TrackedFeedHealth(maxFailures);
  }

  /** The earliest time the feed may be polled again, given when it last was. */
  default Optional<Instant> due(FeedSource feed, Optional<Instant> lastPolled) {
    FeedState s = state(feed);
    if (s.disabled().isPresent()) return Optional.empty();
    Instant byInterval = lastPolled.map(t -> t.plus(feed.pollInterval())).orElse(Instant.MIN);
    Instant byBackoff = s.retryAt().orElse(Instant.MIN);
    return Optional.of(byInterval.isAfter(byBackoff) ? byInterval : byBackoff);
  }
}
