package dev.herald.feeds;

import dev.herald.model.FeedHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Feed health transitions. After the n-th failure in a row the next attempt waits the poll interval times
 * 2<sup>n-1</sup> (at most {@link #MAX_DELAY}, at least what a {@code Retry-After} asked, with a deterministic ±10%
 * spread per feed so that feeds failing together do not retry together); after {@code maxFailures} the feed is
 * disabled with a reason people can read. A success resets everything. Stateless.
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
    Duration delay = delay(h.feedId(), n, pollInterval);
    if (retryAfter.compareTo(delay) > 0) delay = retryAfter.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : retryAfter;
    boolean disable = n >= maxFailures;
    String error = disable ? "disabled after " + n + " failures in a row; last: " + reason : reason;
    return new FeedHealth(h.feedId(), n, error, Optional.of(now), h.lastSuccessAt(), Optional.of(now.plus(delay)),
        disable, h.etag(), h.lastModified(), h.itemCount());
  }

  /**
   * Whether a poller should fetch {@code feed} at {@code now}: not disabled, not backing off, and its poll interval
   * passed since the last attempt (a feed never tried is due at once).
   */
  public static boolean isDue(dev.herald.model.FeedSource feed, FeedHealth h, Instant now) {
    if (!isDue(h, now)) return false;
    if (h.nextAttemptAt().isPresent()) return true; // backing off: the backoff, not the interval, decides
    return h.lastAttemptAt().map(t -> !now.isBefore(t.plus(feed.pollInterval()))).orElse(true);
  }

  /** Whether the feed may be fetched at {@code now}: not disabled and not backing off. */
  public static boolean isDue(FeedHealth h, Instant now) {
    return !h.disabled() && h.nextAttemptAt().map(t -> !now.isBefore(t)).orElse(true);
  }

  static Duration delay(String feedId, int failures, Duration pollInterval) {
    int doublings = Math.min(failures - 1, 20);
    Duration base = pollInterval.multipliedBy(1L << doublings);
    if (base.compareTo(MAX_DELAY) > 0) base = MAX_DELAY;
    int spread = Math.floorMod((feedId + "#" + failures).hashCode(), 21) - 10; // -10..+10 percent
    Duration spreadOut = base.plus(base.multipliedBy(spread).dividedBy(100));
    return spreadOut.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : spreadOut;
  }
}
