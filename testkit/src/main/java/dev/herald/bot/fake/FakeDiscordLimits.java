package dev.herald.bot.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * The rate limits the fake Discord enforces: a global budget per second for the bot, and a fixed window per route
 * bucket (per channel for channel routes). Interaction responses are exempt from the global limit, as on Discord.
 *
 * @param globalPerSecond requests per second across the bot, 0 for no global limit
 * @param routeLimit requests per {@code routeWindow} in one route bucket, 0 for no route limits
 */
public record FakeDiscordLimits(int globalPerSecond, int routeLimit, Duration routeWindow) {
  public FakeDiscordLimits {
    if (globalPerSecond < 0) throw new IllegalArgumentException("globalPerSecond < 0: " + globalPerSecond);
    if (routeLimit < 0) throw new IllegalArgumentException("routeLimit < 0: " + routeLimit);
    Objects.requireNonNull(routeWindow, "routeWindow == null");
    if (routeWindow.isNegative() || routeWindow.isZero()) throw new IllegalArgumentException("routeWindow <= 0");
  }

  /** No limits: every request succeeds (unless a failure was injected). */
  public static FakeDiscordLimits none() {
    return new FakeDiscordLimits(0, 0, Duration.ofSeconds(1));
  }

  /** Discord's documented global 50 requests per second, and 5 messages per 5 seconds per channel. */
  public static FakeDiscordLimits discord() {
    return new FakeDiscordLimits(50, 5, Duration.ofSeconds(5));
  }

  boolean enforced() {
    return globalPerSecond > 0 || routeLimit > 0;
  }
}
