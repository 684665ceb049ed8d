package dev.herald.bot.bench;

import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.util.List;

/**
 * A fan-out of the same briefing to warm-up channels, outside the measured ones, through its own delivery engine
 * before timing starts: the adapter, the HTTP client, the fake, the dispatcher, the store's statements and the JIT
 * are then as warm as in a Herald that has been running (and that fanned out yesterday's briefing), and the engine's
 * start-up (scheduling every channel's briefing) is done. Sized to take a few seconds at the platform's limits:
 * Discord's 50 requests a second bound it, Slack's per-channel limit does not.
 */
public final class WarmUp {
  private WarmUp() {}

  /** Warm-up channels for a platform: what a few seconds of its limits allow (the fake Discord knows 400). */
  public static int channels(Platform p) {
    return p == Platform.DISCORD ? 50 : 600;
  }

  /** Creates the warm-up channels, fans the briefing out to them and waits until the fake has every message. */
  public static void run(FanoutWorld world, FakePlatform fake, Publisher publisher, DeliverySettings settings)
      throws InterruptedException {
    List<ChannelKey> channels = world.warmUpChannels(channels(fake.platform()));
    world.addChannels(channels);
    DeliveryEngine engine = world.engine(publisher, settings, "bench-warm-up");
    int base = fake.delivered();
    engine.start();
    try {
      int expected = world.enqueueBriefings(engine, channels);
      long deadline = System.nanoTime() + 120_000_000_000L;
      while ((fake.delivered() - base < expected || world.unsent(channels) > 0) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      if (System.nanoTime() >= deadline) throw new IllegalStateException("the warm-up fan-out did not finish");
    } finally {
      engine.stop();
    }
  }
}
