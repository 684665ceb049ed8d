package dev.herald.feeds;

import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Feed health: the one authority on when a feed is read. Its transitions, stored in
 * {@link dev.herald.store.FeedHealthStore} by the ingestion stage: after the n-th failure in a row the next attempt
 * waits the poll interval times 2<sup>n-1</sup> ({@link Backoff}: at most {@link #MAX_DELAY}, at least what a {@code
 * Retry-After} asked, with a deterministic ±10% spread per feed so that feeds failing together do not retry
 * together); after {@code maxFailures} the feed is disabled with a reason people can read. A success resets
 * everything. And when a feed is due ({@link #due}), which the poller asks. Stateless.
 */
public final class FeedBackoff {
  public static final Duration MAX_DELAY = Duration.ofHours(24);

  private final int maxFailures;

  public FeedBackoff(int maxFailures) {
    if (maxFailures < 1) throw new IllegalArgumentException("maxFailures < 1: " + maxFailures);
    this.maxFailures = maxFailures;
  }

  public FeedHealth succeeded(FeedHealth h, Instant now, Validators validators, int itemCount) {
    return new FeedHealth(h.feedId(), 0, "", Optional.of(now), Optional.of(now), Optional.empty(), false,
        validators.etag(), validators.lastModified(), itemCount);
  }

  public FeedHealth notModified(FeedHealth h, Instant now) {
    return new FeedHealth(h.feedId(), 0, "", Optional.of(now), Optional.of(now), Optional.empty(), false, h.etag(),
        h.lastModified(), h.itemCount());
  }

  public FeedHealth failed(FeedHealth h, Instant now, String reason, Duration pollInterval, Duration retryAfter) {
    int n = h.consecutiveFailures() + 1;
    Duration delay = Backoff.after(n, pollInterval, MAX_DELAY, Backoff.Jitter.spread(h.feedId(), n), retryAfter);
    boolean disable = n >= maxFailures;
    String error = disable ? "disabled after " + n + " failures in a row; last: " + reason : reason;
    return new FeedHealth(h.feedId(), n, error, Optional.of(now), h.lastSuccessAt(), Optional.of(now.plus(delay)),
        disable, h.etag(), h.lastModified(), h.itemCount());
  }

  /**
   * When {@code feed} may be read next: its poll interval after it was last read ({@code lastPolled}, or the health's
   * own last attempt when later: another instance sharing the database read it), but not before its backoff ends; at
   * once when never read. Empty when it is disabled.
   */
  public static Optional<Instant> due(FeedSource feed, FeedHealth h, Optional<Instant> lastPolled) {
    if (h.disabled()) return Optional.empty();
    Optional<Instant> last = lastPolled;
    if (h.lastAttemptAt().isPresent() && (last.isEmpty() || h.lastAttemptAt().get().isAfter(last.get()))) {
      last = h.lastAttemptAt();
    }
    Instant byInterval = last.map(t -> t.plus(feed.pollInterval())).orElse(Instant.MIN);
    Instant byBackoff = h.nextAttemptAt().orElse(Instant.MIN);
    return Optional.of(byInterval.isAfter(byBackoff) ? byInterval : byBackoff);
  }

  /** Whether a poller should read {@code feed} at {@code now} ({@link #due} has passed). */
  public static boolean isDue(FeedSource feed, FeedHealth h, Instant now) {
    return due(feed, h, Optional.empty()).map(t -> !now.isBefore(t)).orElse(false);
  }

  /** Whether the feed may be fetched at {@code now}: not disabled and not backing off. */
  public static boolean isDue(FeedHealth h, Instant now) {
    return !h.disabled() && h.nextAttemptAt().map(t -> !now.isBefore(t)).orElse(true);
  }

  static Duration delay(String feedId, int failures, Duration pollInterval) {
    return Backoff.after(failures, pollInterval, MAX_DELAY, Backoff.Jitter.spread(feedId, failures), Duration.ZERO);
  }
}
