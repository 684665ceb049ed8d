package dev.herald.bench.fanout;

import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Fan-outs of the same stories to warm-up channels, outside the measured ones, through their own delivery engine
 * before timing starts, so that the measured fan-out meets a Herald in its steady state (one that fanned out
 * yesterday's briefing): the adapter, the HTTP client, the fake, the dispatcher and the store's statements warm, the
 * JIT done with them, and the engine's start-up (scheduling every channel's briefing) behind it. On a busy machine
 * the JIT compiles the hot paths only after tens of thousands of calls, so Slack warms up in rounds until a round
 * compiles next to nothing; Discord's 50 requests a second keep its rounds small, and it is not CPU-bound.
 */
public final class WarmUp {
  /** A round leaves the JIT settled when it compiled for less than this. */
  static final long SETTLED_MILLIS = 150;

  /** What the warm-up did. */
  public record Result(int rounds, int messages, long compileMillisLastRound) {}

  private WarmUp() {}

  static int channelsPerRound(Platform p) {
    return p == Platform.DISCORD ? 50 : 1000;
  }

  static int maxRounds(Platform p) {
    return p == Platform.DISCORD ? 1 : 8;
  }

  /**
   * Waits (up to {@code max}) until the JIT has compiled nothing for half a second: what was hot just before (the
   * briefing jobs that enqueued the fan-out) is compiled before timing starts, as in a Herald that ran yesterday.
   * Returns the compile time waited for, in milliseconds.
   */
  public static long settle(java.time.Duration max) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (!jit.isCompilationTimeMonitoringSupported()) return 0;
    long start = jit.getTotalCompilationTime();
    long deadline = System.nanoTime() + max.toNanos();
    long last = start;
    while (System.nanoTime() < deadline) {
      Thread.sleep(500);
      long now = jit.getTotalCompilationTime();
      if (now == last) break;
      last = now;
    }
    return last - start;
  }

  /** Fans the stories out to warm-up channels, round after round, until the JIT settles (or the rounds run out). */
  public static Result run(FanoutWorld world, FakePlatform fake, Publisher publisher, DeliverySettings settings)
      throws InterruptedException {
    Platform p = fake.platform();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    DeliveryEngine engine = world.engine(publisher, settings, "bench-warm-up");
    engine.start();
    int messages = 0;
    int rounds = 0;
    long compiled = 0;
    try {
      while (rounds < maxRounds(p)) {
        long jitBefore = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        List<ChannelKey> channels = world.warmUpChannels(rounds * channelsPerRound(p), channelsPerRound(p));
        int base = fake.delivered();
        int expected = world.enqueuePosts(channels);
        engine.wake();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while ((fake.delivered() - base < expected || world.unsent(channels) > 0) && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        if (System.nanoTime() >= deadline) throw new IllegalStateException("a warm-up fan-out did not finish");
        messages += expected;
        rounds++;
        compiled = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() - jitBefore : 0;
        if (compiled < SETTLED_MILLIS) break;
      }
    } finally {
      engine.stop();
    }
    return new Result(rounds, messages, compiled);
  }
}
