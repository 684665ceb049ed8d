package dev.herald.feeds;

import java.time.Duration;
import java.util.Objects;

/** The server asked Herald to come back later (HTTP 429 or 503 with {@code Retry-After}). */
public final class RetryLaterException extends FeedException {
  private final Duration retryAfter;

  public RetryLaterException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter == null");
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
