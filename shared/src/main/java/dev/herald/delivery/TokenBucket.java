package dev.herald.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket over an explicit clock: {@code burst} tokens, refilled at {@code perSecond}. Not thread-safe; the
 * governor that owns it serialises access.
 */
final class TokenBucket {
  private final double perSecond;
  private final double burst;
  private double tokens;
  private Instant updated;

  TokenBucket(double perSecond, int burst, Instant now) {
    if (perSecond <= 0) throw new IllegalArgumentException("perSecond <= 0: " + perSecond);
    if (burst < 1) throw new IllegalArgumentException("burst < 1: " + burst);
    this.perSecond = perSecond;
    this.burst = burst;
    this.tokens = burst;
    this.updated = now;
  }

  private void refill(Instant now) {
    if (now.isAfter(updated)) {
      double seconds = Duration.between(updated, now).toNanos() / 1e9;
      tokens = Math.min(burst, tokens + seconds * perSecond);
      updated = now;
    }
  }

  boolean available(Instant now) {
    refill(now);
    return tokens >= 1 - 1e-9;
  }

  void take(Instant now) {
    refill(now);
    tokens -= 1;
  }

  /** When the next whole token is there; {@code now} when one is. */
  Instant nextToken(Instant now) {
    refill(now);
    if (tokens >= 1 - 1e-9) return now;
    long nanos = (long) Math.ceil((1 - tokens) / perSecond * 1e9);
    return now.plusNanos(nanos);
  }
}
