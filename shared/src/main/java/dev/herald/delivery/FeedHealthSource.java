package dev.herald.delivery;

import dev.herald.articles.IngestReport;
import dev.herald.model.FeedSource;
import dev.herald.store.FeedHealthStore;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the poller learns whether a feed may be polled now. The ingestion stage owns feed health (backoff after
 * failures, disabling after too many); the composition root adapts its store to this port. Without one, {@link
 * #tracking} keeps the same rules in memory from the poller's own reports.
 */
public interface FeedHealthSource {
  /** The feed's state; healthy when nothing is known. */
  FeedState state(FeedSource feed);

  /** Told about every ingestion; an implementation backed by the ingestion stage's store may ignore it. */
  default void observe(FeedSource feed, IngestReport report, Instant at) {}

  /**
   * The ingestion stage's health store: its backoff ({@code nextAttemptAt}) and disabling, which it updates on every
   * fetch. Use this in production; {@link #observe} has nothing to add.
   */
  static FeedHealthSource of(FeedHealthStore store) {
    return feed -> store.find(feed.id())
        .map(h -> new FeedState(feed.id(), h.consecutiveFailures(),
            h.lastError().isEmpty() ? Optional.empty() : Optional.of(h.lastError()), h.nextAttemptAt(),
            h.disabled() ? Optional.of("disabled after " + h.consecutiveFailures() + " failures: " + h.lastError())
                : Optional.empty(),
            h.lastAttemptAt()))
        .orElse(FeedState.healthy(feed.id()));
  }

  /**
   * In-memory health from the poller's reports: a failure backs off {@code interval * 2^(failures-1)}, at most a day;
   * after {@code maxFailures} in a row the feed is disabled until Herald restarts.
   */
  static FeedHealthSource tracking(int maxFailures) {
    return new TrackedFeedHealthSource(maxFailures);
  }

  /**
   * The earliest time the feed may be polled again, given when this poller last polled it; the health's own last
   * poll counts too when later (another instance sharing the database polled it).
   */
  default Optional<Instant> due(FeedSource feed, Optional<Instant> lastPolled) {
    FeedState s = state(feed);
    if (s.disabled().isPresent()) return Optional.empty();
    Optional<Instant> last = lastPolled;
    if (s.lastPolled().isPresent() && (last.isEmpty() || s.lastPolled().get().isAfter(last.get()))) {
      last = s.lastPolled();
    }
    Instant byInterval = last.map(t -> t.plus(feed.pollInterval())).orElse(Instant.MIN);
    Instant byBackoff = s.retryAt().orElse(Instant.MIN);
    return Optional.of(byInterval.isAfter(byBackoff) ? byInterval : byBackoff);
  }
}
