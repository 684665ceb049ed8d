package dev.herald.feeds;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Herald's one backoff policy, for anything retried after a failure (a feed that failed, a message the platform
 * refused): the n-th failure in a row waits {@code base * 2^(n-1)}, at most {@code max}, spread by a {@link Jitter}
 * so that things that failed together do not retry together, and never less than what the other side asked for
 * ({@code Retry-After}, itself at most {@code max}).
 */
public final class Backoff {
  private Backoff() {}

  /** Spreads a delay. */
  @FunctionalInterface
  public interface Jitter {
    Duration apply(Duration delay);

    /** The delay as it is: for a single thing held back, such as a platform whose token was refused. */
    Jitter NONE = d -> d;

    /**
     * Within ±10%, the same for the same key and failure count: feeds failing together do not retry together, and a
     * restart does not reshuffle them.
     */
    static Jitter spread(String key, int failures) {
      int percent = Math.floorMod((key + "#" + failures).hashCode(), 21) - 10; // -10..+10
      return d -> d.plus(d.multipliedBy(percent).dividedBy(100));
    }

    /** 80-100% of the delay at random, at least a millisecond: channels that failed in one outage retry apart. */
    static Jitter shorter() {
      return d -> Duration.ofMillis(Math.max(1,
          (long) (d.toMillis() * (0.8 + 0.2 * ThreadLocalRandom.current().nextDouble()))));
    }
  }

  /**
   * The wait after the {@code failures}-th failure in a row (from 1): {@code base * 2^(failures-1)} capped at
   * {@code max}, jittered and capped again; a longer {@code retryAfter} (capped at {@code max}) wins.
   */
  public static Duration after(int failures, Duration base, Duration max, Jitter jitter, Duration retryAfter) {
    if (failures < 1) throw new IllegalArgumentException("failures < 1: " + failures);
    Duration d = base;
    for (int i = 1; i < failures && d.compareTo(max) < 0; i++) d = d.multipliedBy(2);
    d = min(jitter.apply(min(d, max)), max);
    return retryAfter.compareTo(d) > 0 ? min(retryAfter, max) : d;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
