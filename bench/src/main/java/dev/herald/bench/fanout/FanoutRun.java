package dev.herald.bench.fanout;

import dev.herald.bench.figures.Decimals;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One timed fan-out of {@code bench fanout}, with one Herald instance or several: the clock starts when the senders
 * are woken and stops at the last message the fake accepted; the outbox then gets until the same deadline to record
 * the last sends, so lost and doubled messages are counted on a settled outbox.
 */
public final class FanoutRun {
  private final FanoutWorld world;
  private final FakePlatform fake;
  private final int channels;
  private final int expected;
  private final double theoretical;
  private final int baseDelivered;
  private final long base429;
  private double seconds;

  /** A run of {@code expected} messages to {@code channels} channels; the fake's counts were taken before. */
  public FanoutRun(FanoutWorld world, FakePlatform fake, int channels, int expected, int baseDelivered,
      long base429) {
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
    long start = System.nanoTime();
    wake.run();
    long deadline = start + (long) ((theoretical * 5 + 60) * 1e9);
    while (fake.delivered() - baseDelivered < expected && System.nanoTime() < deadline) Thread.sleep(2);
    seconds = (System.nanoTime() - start) / 1e9;
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
    return new Figures(r, String.format("delivered %d of %d in %.2f s (%.2fx theoretical), %d x 429, %d duplicates, "
        + "%d lost", delivered, expected, seconds, seconds / theoretical, http429, duplicates, lost));
  }
}
