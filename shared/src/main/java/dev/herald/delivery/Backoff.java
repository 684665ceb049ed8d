package dev.herald.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: {@code base * 2^(attempt-1)}, capped at {@code max}, then 80-100% of that. */
final class Backoff {
  private Backoff() {}

  static Duration after(int attempt, Duration base, Duration max) {
    if (attempt < 1) throw new IllegalArgumentException("attempt < 1: " + attempt);
    long ms = base.toMillis();
    for (int i = 1; i < attempt && ms < max.toMillis(); i++) ms *= 2;
    ms = Math.min(ms, max.toMillis());
    // jitter spreads retries of many channels that failed together (a platform outage)
    long jittered = (long) (ms * (0.8 + 0.2 * ThreadLocalRandom.current().nextDouble()));
    return Duration.ofMillis(Math.max(1, jittered));
  }
}
