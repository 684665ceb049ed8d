package dev.herald.articles.fulltext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces requests to one site: {@link #await} returns once the gap since the previous request to that host has
 * passed, and marks the new request. Callers send at most one request at a time per host (one worker per host), so
 * this only keeps the gap; it remembers hosts across polls. Thread-safe.
 */
final class HostPacer {
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<String, Instant> last = new ConcurrentHashMap<>();

  HostPacer(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits until {@code gap} after the previous request to {@code host}, then counts a request now. */
  void await(String host, Duration gap) throws InterruptedException {
    String key = host.toLowerCase(Locale.ROOT);
    Instant previous = last.get(key);
    if (previous != null) {
      Duration wait = Duration.between(clock.instant(), previous.plus(gap));
      if (!wait.isNegative() && !wait.isZero()) sleeper.sleep(wait);
    }
    last.put(key, clock.instant());
  }
}
