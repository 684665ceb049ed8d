package dev.herald.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed's health as the poller sees it.
 *
 * @param consecutiveFailures failed fetches in a row (0 when the last one worked)
 * @param problem the last failure's one-line reason
 * @param retryAt not polled before this (its backoff)
 * @param disabled set when it failed too often and is no longer polled
 */
record FeedState(
    String feedId, int consecutiveFailures, Optional<String> problem, Optional<Instant> retryAt,
    Optional<String> disabled, Optional<Instant> lastPolled) {
  public FeedState {
    Objects.requireNonNull(feedId, "feedId == null");
    Objects.requireNonNull(problem, "problem == null");
    Objects.requireNonNull(retryAt, "retryAt == null");
    Objects.requireNonNull(disabled, "disabled == null");
    Objects.requireNonNull(lastPolled, "lastPolled == null");
  }

  public static FeedState healthy(String feedId) {
    return new FeedState(feedId, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
