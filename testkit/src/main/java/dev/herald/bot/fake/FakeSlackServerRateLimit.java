package dev.herald.bot.fake;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slack's documented chat.postMessage limit, about one message a second per channel with short bursts: a token bucket
 * per channel. Thread-safe.
 */
final class FakeSlackServerRateLimit {
  private final double perSecond;
  private final int burst;
  private final LongSupplier nanos;
  private final Map<String, double[]> buckets = new HashMap<>();

  FakeSlackServerRateLimit(double perSecond, int burst, LongSupplier nanos) {
    if (perSecond <= 0 || burst < 1) throw new IllegalArgumentException("perSecond " + perSecond + ", burst " + burst);
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanos = nanos;
  }

  /** 0 when the post may go now (and counts it), otherwise the whole seconds to wait, at least 1. */
  synchronized long acquire(String channel) {
    long now = nanos.getAsLong();
    double[] b = buckets.computeIfAbsent(channel, c -> new double[] {burst, now});
    double tokens = Math.min(burst, b[0] + (now - (long) b[1]) / 1e9 * perSecond);
    b[1] = now;
    if (tokens >= 1) {
      b[0] = tokens - 1;
      return 0;
    }
    b[0] = tokens;
    return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
  }
}
