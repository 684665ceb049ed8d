package dev.herald.bench.fanout;

import dev.herald.delivery.DeliveryEngine;
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
 *
 * <p>A Slack round is the timed fan-out's size (its channels, at least 1,000): the dispatcher reads it in as many
 * pages, the first round holds as many sends, and the JIT meets the calls at the timed run's rate (rounds of 1,000
 * channels for a 2,000-channel run left two instances' C2 compilers 0.4-0.9 s of CPU in the timed run). Each round's
 * first posts carry a banner of their own, so that each round renders new cards, as the timed run does for its
 * "Daily briefing" (with one banner for every round, the renderer ran in the first round only and was cold again in
 * the timed run). The warm-up runs on the engine the timed fan-out then runs on, as a Herald that has been running
 * sends today's briefing with the threads that sent yesterday's: a new engine's new sender threads met their
 * thread-locals empty (the logging MDC, Jackson's buffer recycler, NIO's temporary buffers) where the compiled send
 * path had never seen that, and C2 threw that code away and compiled it again in the timed run.
 */
public final class WarmUp {
  /** A round leaves the JIT settled when it compiled for less than this. */
  static final long SETTLED_MILLIS = 150;

  /** What the warm-up did. */
  public record Result(int rounds, int messages, long compileMillisLastRound) {
    /** As the JSON line's {@code warm_up} has it (with several instances: one compile time each). */
    public java.util.Map<String, Object> json() {
      java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("rounds", rounds);
      m.put("messages", messages);
      m.put("jit_ms_last_round", List.of(compileMillisLastRound));
      return m;
    }
  }

  private WarmUp() {}

  /** Channels in each warm-up round before a fan-out to {@code channels} channels. */
  static int channelsPerRound(Platform p, int channels) {
    return p == Platform.DISCORD ? 50 : Math.max(channels, 1000);
  }

  /** The heading of round {@code round}'s first posts (from 0): new in each round, so new cards are rendered. */
  static String banner(int round) {
    return "Daily briefing \u00b7 warm-up " + (round + 1);
  }

  /**
   * The compile time of a round: the most any one process compiled in it, from each process's total before and after
   * (in the same order). Not the difference of the largest totals: the process that compiled most so far is not the
   * one still compiling.
   */
  static long compiledInRound(List<Long> before, List<Long> after) {
    if (before.size() != after.size()) throw new IllegalArgumentException("before and after name other processes");
    long max = 0;
    for (int i = 0; i < after.size(); i++) max = Math.max(max, after.get(i) - before.get(i));
    return max;
  }

  /**
   * Rounds at most. Slack: 16. Two instances on two cores compiled 0.8-2.0 s each in the 8th round of 2,000 channels
   * at load 13 (and their C2 compilers 0.15-0.23 s of CPU in the timed run after it); they settled after 11 to 16
   * rounds at load 12-20. The tail is methods run once per dispatcher pass, claim, page read or recorded batch (the
   * recorder's batch loop, the dispatcher's admit, hand-out and page read): they reach C2's thresholds only after
   * hundreds of passes.
   */
  static int maxRounds(Platform p) {
    return p == Platform.DISCORD ? 1 : 16;
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

  /**
   * Fans the stories out to warm-up channels through {@code engine} (started: the one the timed fan-out then runs on),
   * round after round, until the JIT settles (or the rounds run out), before a fan-out to {@code channels} channels;
   * {@code eachRound} runs during each round (the timed run's CPU readings, which run in it too).
   */
  public static Result run(FanoutWorld world, FakePlatform fake, DeliveryEngine engine, int channels,
      Runnable eachRound) throws InterruptedException {
    Platform p = fake.platform();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int messages = 0;
    int rounds = 0;
    long compiled = 0;
    while (rounds < maxRounds(p)) {
      long jitBefore = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
      int n = channelsPerRound(p, channels);
      List<ChannelKey> warm = world.warmUpChannels(rounds * n, n);
      int base = fake.delivered();
      int expected = world.enqueuePosts(warm, banner(rounds));
      engine.wake();
      eachRound.run();
      long deadline = System.nanoTime() + 120_000_000_000L;
      while ((fake.delivered() - base < expected || world.unsent(warm) > 0) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      eachRound.run();
      if (System.nanoTime() >= deadline) throw new IllegalStateException("a warm-up fan-out did not finish");
      messages += expected;
      rounds++;
      compiled = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() - jitBefore : 0;
      if (compiled < SETTLED_MILLIS) break;
    }
    return new Result(rounds, messages, compiled);
  }
}
