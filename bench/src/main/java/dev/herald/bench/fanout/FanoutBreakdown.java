package dev.herald.bench.fanout;

import dev.herald.bench.figures.Decimals;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a timed fan-out's time went beyond the theoretical, from when the fake accepted each channel's posts (its own
 * clock, the one its limit counts on). The last post accepted ends the run: {@code seconds} is the time to the first
 * post of that channel ({@code last_channel.first_s}) plus its gaps; each gap is the limit's minimum ({@code
 * min_gap_s}: one second on Slack) plus an excess. So {@code seconds - theoretical = last_channel.first_s +
 * last_channel.gap_excess_s + stop_s}, where {@code stop_s} is the benchmark noticing the last post. Across all
 * channels: when the first post and the last channel's first post were accepted ({@code first_post_s}, {@code
 * first_round_s}: the first round's spread), when the last channel got its k-th post less k-1 minimum gaps ({@code
 * round_s}: a round's spread that grows means the gaps do), and every gap's excess ({@code gap_excess_ms}).
 */
public final class FanoutBreakdown {
  private FanoutBreakdown() {}

  /**
   * The breakdown as JSON fields, or an empty map when the fake does not say when it accepted posts.
   *
   * @param accepted each channel's accept times (nanoseconds, the clock of {@code start})
   * @param channels the timed channels' ids
   * @param start when the clock started
   * @param seconds the run's time
   * @param minGapSeconds the shortest gap the fake's limit allows between a channel's posts
   */
  public static Map<String, Object> of(Map<String, long[]> accepted, List<String> channels, long start,
      double seconds, double minGapSeconds) {
    Map<String, Object> r = new LinkedHashMap<>();
    if (accepted.isEmpty()) return r;
    long minGap = Math.round(minGapSeconds * 1e9);
    int rounds = 0;
    for (String c : channels) rounds = Math.max(rounds, accepted.getOrDefault(c, new long[0]).length);
    long[] roundLast = new long[rounds];
    Arrays.fill(roundLast, Long.MIN_VALUE);
    long firstPost = Long.MAX_VALUE;
    long lastAccept = Long.MIN_VALUE;
    long[] last = null;
    int gapCount = 0;
    for (String c : channels) gapCount += Math.max(0, accepted.getOrDefault(c, new long[0]).length - 1);
    double[] excess = new double[gapCount];
    int g = 0;
    for (String c : channels) {
      long[] t = accepted.getOrDefault(c, new long[0]);
      if (t.length == 0) continue;
      firstPost = Math.min(firstPost, t[0]);
      for (int k = 0; k < t.length; k++) roundLast[k] = Math.max(roundLast[k], t[k] - k * minGap);
      for (int k = 1; k < t.length; k++) excess[g++] = (t[k] - t[k - 1] - minGap) / 1e6;
      if (t[t.length - 1] > lastAccept) {
        lastAccept = t[t.length - 1];
        last = t;
      }
    }
    if (last == null) return r;
    r.put("first_post_s", s(firstPost - start));
    r.put("first_round_s", s(roundLast[0] - start));
    double[] round = new double[rounds];
    for (int k = 0; k < rounds; k++) round[k] = s(roundLast[k] - start);
    r.put("round_s", round);
    Arrays.sort(excess);
    Map<String, Object> gaps = new LinkedHashMap<>();
    gaps.put("count", excess.length);
    gaps.put("mean", excess.length == 0 ? 0 : Decimals.round(Arrays.stream(excess).average().orElse(0), 2));
    gaps.put("p50", percentile(excess, 0.50));
    gaps.put("p99", percentile(excess, 0.99));
    gaps.put("max", excess.length == 0 ? 0 : Decimals.round(excess[excess.length - 1], 2));
    r.put("gap_excess_ms", gaps);
    Map<String, Object> lastChannel = new LinkedHashMap<>();
    lastChannel.put("first_s", s(last[0] - start));
    lastChannel.put("gap_excess_s", s(last[last.length - 1] - last[0] - (long) (last.length - 1) * minGap));
    r.put("last_channel", lastChannel);
    r.put("stop_s", Decimals.round(seconds - (lastAccept - start) / 1e9, 3));
    return r;
  }

  private static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return Decimals.round(sorted[Math.max(0, Math.min(sorted.length - 1, i))], 2);
  }

  private static double s(long nanos) {
    return Decimals.round(nanos / 1e9, 3);
  }
}
