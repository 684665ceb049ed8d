package dev.herald.bench.fanout;

import dev.herald.bench.figures.Decimals;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bench ack}: signed {@code /sources} acknowledgements at a fixed rate, Herald beside a bare Bolt app in the
 * same run, then both again while slow clients hold connections to them. Prints a line per phase and returns the
 * figures.
 */
public final class AckBench {
  /** Slack's budget for an acknowledgement is 3 s; Herald's target under attack is 100 ms at p99. */
  public static final double TARGET_P99_MS = 100;

  private AckBench() {}

  /**
   * @param rate requests a second
   * @param seconds length of each measured phase (a warm-up of the same length runs first, untimed)
   * @param slow slow clients in the attack phases
   */
  public static Map<String, Object> run(AckTargets targets, int rate, double seconds, int slow, long dripMillis,
      PrintWriter out) throws Exception {
    AckLoad load = new AckLoad(AckTargets.SECRET);
    int[] n = {0};
    java.util.function.IntFunction<String> body = i -> targets.sourcesCommand("r" + (n[0]++ % 1000));
    load.run(targets.heraldUrl(), rate, seconds, body);
    load.run(targets.boltUrl(), rate, seconds, body);
    out.printf("warm-up: %.0f s at %d/s to each (not counted)%n", seconds, rate);
    // in the order herald, bolt, bolt, herald (half a phase each), so neither side is always the one measured first
    // or right after the other
    AckLoad.Result herald1 = load.run(targets.heraldUrl(), rate, seconds / 2, body);
    AckLoad.Result bolt1 = load.run(targets.boltUrl(), rate, seconds / 2, body);
    AckLoad.Result bolt = bolt1.and(load.run(targets.boltUrl(), rate, seconds / 2, body));
    AckLoad.Result herald = herald1.and(load.run(targets.heraldUrl(), rate, seconds / 2, body));
    line(out, "herald", herald);
    line(out, "bare bolt", bolt);
    AckLoad.Result heraldSlow;
    long heraldCut;
    try (SlowClients attack = new SlowClients(targets.heraldPort(), slow, dripMillis)) {
      Thread.sleep(500);
      heraldSlow = load.run(targets.heraldUrl(), rate, seconds, body);
      heraldCut = attack.cutOff();
    }
    AckLoad.Result boltSlow;
    try (SlowClients attack = new SlowClients(targets.boltPort(), slow, dripMillis)) {
      Thread.sleep(500);
      boltSlow = load.run(targets.boltUrl(), rate, seconds, body);
    }
    line(out, "herald, " + slow + " slow clients", heraldSlow);
    line(out, "bare bolt, " + slow + " slow clients", boltSlow);
    out.printf("slow clients cut off by Herald's deadlines during its phase: %d%n", heraldCut);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("rate", rate);
    r.put("seconds", seconds);
    r.put("herald_p50_ms", figure(herald.percentile(50)));
    r.put("herald_p99_ms", figure(herald.percentile(99)));
    r.put("bolt_p50_ms", figure(bolt.percentile(50)));
    r.put("bolt_p99_ms", figure(bolt.percentile(99)));
    r.put("p50_ratio", figure(herald.percentile(50) / bolt.percentile(50)));
    r.put("p99_ratio", figure(herald.percentile(99) / bolt.percentile(99)));
    r.put("herald_failed", herald.failed());
    r.put("bolt_failed", bolt.failed());
    r.put("slow_clients", slow);
    r.put("slow_drip_ms", dripMillis);
    r.put("herald_slow_p50_ms", figure(heraldSlow.percentile(50)));
    r.put("herald_slow_p99_ms", figure(heraldSlow.percentile(99)));
    r.put("herald_slow_failed", heraldSlow.failed());
    r.put("herald_slow_within_target", heraldSlow.failed() == 0 && heraldSlow.percentile(99) <= TARGET_P99_MS);
    r.put("herald_slow_cut_off", heraldCut);
    r.put("bolt_slow_p99_ms", figure(boltSlow.percentile(99)));
    r.put("bolt_slow_answered", boltSlow.millis().size());
    r.put("bolt_slow_failed", boltSlow.failed());
    return r;
  }

  private static void line(PrintWriter out, String who, AckLoad.Result r) {
    out.printf("%-32s %5d sent, %5d answered 2xx, %4d failed or > 3 s; p50 %7.2f ms, p99 %7.2f ms%n", who + ":",
        r.sent(), r.millis().size(), r.failed(), r.percentile(50), r.percentile(99));
    out.flush();
  }

  /** A figure to two decimals, or -1 where there is none (NaN). */
  private static double figure(double v) {
    return Double.isNaN(v) ? -1 : Decimals.round(v, 2);
  }
}
