package dev.herald.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Herald knows about fetching one feed: its failures in a row and the last reason, when it was last tried and
 * last read, when it may be tried again (backoff), whether it was disabled, and the HTTP validators for a conditional
 * GET.
 *
 * @param consecutiveFailures failures since the last success; 0 when healthy
 * @param lastError the last failure's one-line reason, "" when the last attempt succeeded
 * @param nextAttemptAt the earliest time of the next attempt while backing off
 * @param disabled whether Herald stopped fetching it after too many failures (a manual check re-enables it)
 * @param etag the last {@code ETag}, "" when none
 * @param lastModified the last {@code Last-Modified}, "" when none
 * @param itemCount items in the last successful read
 */
public record FeedHealth(
    String feedId,
    int consecutiveFailures,
    String lastError,
    Optional<Instant> lastAttemptAt,
    Optional<Instant> lastSuccessAt,
    Optional<Instant> nextAttemptAt,
    boolean disabled,
    String etag,
    String lastModified,
    int itemCount) {

  public FeedHealth {
    Checks.notBlank(feedId, "feedId");
    Checks.atLeast(consecutiveFailures, 0, "consecutiveFailures");
    Checks.notNull(lastError, "lastError");
    Objects.requireNonNull(lastAttemptAt, "lastAttemptAt == null");
    Objects.requireNonNull(lastSuccessAt, "lastSuccessAt == null");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt == null");
    Checks.notNull(etag, "etag");
    Checks.notNull(lastModified, "lastModified");
    Checks.atLeast(itemCount, 0, "itemCount");
  }

  /** A feed never fetched. */
  public static FeedHealth fresh(String feedId) {
    return new FeedHealth(feedId, 0, "", Optional.empty(), Optional.empty(), Optional.empty(), false, "", "", 0);
  }

  /** Whether it has never been read successfully (so its next read is its first). */
  public boolean neverRead() {
    return lastSuccessAt.isEmpty();
  }
}
