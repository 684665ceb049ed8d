package dev.herald.bench.fanout;

import dev.herald.bench.figures.Decimals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One timed fan-out of {@code bench fanout}, with one Herald instance or several: the clock starts when the senders
 * are woken and stops at the last message the fake accepted; the outbox then gets until the same deadline to record
 * the last sends, so lost and doubled messages are counted on a settled outbox. Where the fake says when it accepted
 * each message, the JSON has the {@code breakdown} of the time over the theoretical ({@link FanoutBreakdown}); on
 * Linux, {@code cpu_s} is the CPU each process used during the run ({@code bench}: this one, with the fake),
 * {@code cpu_first_round_s} the same until the fake held as many messages as there are channels (about the first
 * round, the part of a fan-out the cores limit), and {@code cpu_threads_s} the threads by name ({@link CpuTimes}).
 */
public final class FanoutRun {
  private final FanoutWorld world;
  private final FakePlatform fake;
  private final int channels;
  private final int expected;
  private final double theoretical;
  private final int baseDelivered;
  private final long base429;
  private final java.util.function.Supplier<Map<String, Double>> cpu;
  private double seconds;
  private long start;
  private Map<String, Double> cpuBefore = Map.of();
  private Map<String, Double> cpuAfter = Map.of();
  /** CPU used when the fake had as many messages as there are channels: about the first round. */
  private Map<String, Double> cpuFirstRound = Map.of();
  private double firstRoundSeconds;

  /**
   * A run of {@code expected} messages to {@code channels} channels; the fake's counts were taken before.
   *
   * @param cpu seconds of CPU used so far, by process or thread group ({@link CpuTimes}): read just after the clock
   *     starts and just after it stops, to say who used the cores during the run
   */
  public FanoutRun(FanoutWorld world, FakePlatform fake, int channels, int expected, int baseDelivered,
      long base429, java.util.function.Supplier<Map<String, Double>> cpu) {
    this.cpu = cpu;
    this.world = world;
    this.fake = fake;
    this.channels = channels;
    this.expected = expected;
    this.baseDelivered = baseDelivered;
    this.base429 = base429;
    this.theoretical = fake.theoreticalSeconds(channels, expected / channels);
  }

  public double theoretical() {
    return theoretical;
  }

  /** Wakes the senders through {@code wake} and waits for the fake to hold every message (or the deadline). */
  public void time(Runnable wake) throws InterruptedException {
    start = System.nanoTime();
    wake.run();
    // after the wake, not before: reading /proc takes a few milliseconds that must not come between the enqueue and
    // the clock (the instances' own periodic looks may find the rows meanwhile)
    cpuBefore = cpu.get();
    long deadline = start + (long) ((theoretical * 5 + 60) * 1e9);
    while (fake.delivered() - baseDelivered < expected && System.nanoTime() < deadline) {
      if (cpuFirstRound.isEmpty() && fake.delivered() - baseDelivered >= channels) {
        firstRoundSeconds = (System.nanoTime() - start) / 1e9;
        cpuFirstRound = cpu.get();
      }
      Thread.sleep(2);
    }
    seconds = (System.nanoTime() - start) / 1e9;
    cpuAfter = cpu.get();
    // let the outbox record the last sends, then look for anything lost or doubled
    while (world.unsent(channels) > 0 && System.nanoTime() < deadline) Thread.sleep(20);
  }

  /** What the run printed: the JSON line's figures (the caller adds its instances) and the line before it. */
  public record Figures(Map<String, Object> json, String line) {}

  /** The fake's counts, read once now, as every fan-out reports them. */
  public Figures figures() {
    int delivered = fake.delivered() - baseDelivered;
    long http429 = fake.http429() - base429;
    int duplicates = fake.duplicates();
    int lost = expected - delivered;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("platform", fake.platform().key());
    r.put("channels", channels);
    r.put("messages", expected);
    r.put("seconds", Decimals.round(seconds, 3));
    r.put("theoretical_seconds", Decimals.round(theoretical, 3));
    r.put("ratio", Decimals.round(seconds / theoretical, 3));
    r.put("http_429", http429);
    r.put("duplicates", duplicates);
    r.put("lost", lost);
    r.put("parked", world.parked(channels));
    List<String> ids = new ArrayList<>(channels);
    for (int i = 1; i <= channels; i++) ids.add(FanoutWorld.channelId(fake.platform(), i));
    Map<String, Object> breakdown = FanoutBreakdown.of(fake.acceptedNanos(), ids, start, seconds,
        fake.theoreticalSeconds(1, 2));
    if (!breakdown.isEmpty()) r.put("breakdown", breakdown);
    if (!cpuAfter.isEmpty()) {
      r.put("cpu_s", CpuTimes.totals(cpuBefore, cpuAfter));
      if (!cpuFirstRound.isEmpty()) {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("seconds", Decimals.round(firstRoundSeconds, 3));
        first.putAll(CpuTimes.totals(cpuBefore, cpuFirstRound));
        first.put("threads", CpuTimes.used(cpuBefore, cpuFirstRound, 0.02));
        r.put("cpu_first_round_s", first);
      }
      r.put("cpu_threads_s", CpuTimes.used(cpuBefore, cpuAfter, 0.05));
    }
    return new Figures(r, String.format("delivered %d of %d in %.2f s (%.2fx theoretical), %d x 429, %d duplicates, "
        + "%d lost", delivered, expected, seconds, seconds / theoretical, http429, duplicates, lost));
  }
}
