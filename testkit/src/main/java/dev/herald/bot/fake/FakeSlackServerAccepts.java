package dev.herald.bot.fake;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * When the fake Slack accepted each channel's posts, on its rate limit's clock (nanoseconds): what a benchmark reads
 * to see where a fan-out's time went (first posts, gaps between a channel's posts). A long per post. Thread-safe.
 */
final class FakeSlackServerAccepts {
  private final Map<String, long[]> byChannel = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();

  synchronized void accepted(String channel, long nanos) {
    int n = counts.getOrDefault(channel, 0);
    long[] times = byChannel.get(channel);
    if (times == null || times.length == n) {
      times = times == null ? new long[8] : Arrays.copyOf(times, n * 2);
      byChannel.put(channel, times);
    }
    times[n] = nanos;
    counts.put(channel, n + 1);
  }

  /** Each channel's accept times, in the order accepted. */
  synchronized Map<String, long[]> snapshot() {
    Map<String, long[]> out = new HashMap<>(byChannel.size() * 2);
    byChannel.forEach((c, t) -> out.put(c, Arrays.copyOf(t, counts.get(c))));
    return out;
  }
}
