package dev.herald.bench.fanout;

import dev.herald.delivery.Publisher;
import dev.herald.model.Platform;

/**
 * A platform's local fake server as the benchmark sees it: where it listens, what it counted, and how long its
 * documented limits make a fan-out at the very least.
 */
public interface FakePlatform extends AutoCloseable {
  Platform platform();

  /** The base URL an adapter is pointed at. */
  String url();

  /** Distinct idempotency keys the platform accepted as messages. */
  int delivered();

  /** Posts that repeated a key the channel already had (a doubled message). */
  int duplicates();

  /**
   * When the fake accepted each channel's messages (nanoseconds on {@link System#nanoTime}, in the order accepted);
   * empty where the fake does not say.
   */
  default java.util.Map<String, long[]> acceptedNanos() {
    return java.util.Map.of();
  }

  /** 429 answers the fake gave. */
  long http429();

  /** Reads of a channel's recent messages (looking for a post a killed process made); -1 where not counted. */
  default long historyReads() {
    return -1;
  }

  /** The 429s by what got them ("global POST channels/{id}/messages"), where the fake tells them apart. */
  default java.util.Map<String, Integer> http429By() {
    return java.util.Map.of();
  }

  /**
   * The least time the fake's limits allow for {@code channels} channels receiving {@code perChannel} messages each,
   * with unlimited concurrency: what a perfect sender would take.
   */
  double theoreticalSeconds(int channels, int perChannel);

  /** The real adapter's publisher, connected to this fake (in this process). */
  Publisher publisher() throws Exception;

  @Override
  void close();
}
