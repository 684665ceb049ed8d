package dev.herald.store;

import java.time.Duration;
import java.util.Objects;

/**
 * A platform's per-channel limit as the outbox keeps it for every instance sharing it: a channel's next send may go
 * once fewer than {@code burst} requests to the channel were answered within the last {@code window}, whichever
 * instance made them (Slack: one in any second; Discord: five in any five seconds). {@link #NONE}: no limit.
 */
public record ChannelPacing(int burst, Duration window) {
  public static final ChannelPacing NONE = new ChannelPacing(1, Duration.ZERO);

  public ChannelPacing {
    if (burst < 1) throw new IllegalArgumentException("burst < 1: " + burst);
    Objects.requireNonNull(window, "window == null");
    if (window.isNegative()) throw new IllegalArgumentException("window < 0: " + window);
  }

  /** {@code burst} requests in any {@code burst / perSecond} seconds; none when {@code perSecond} is 0. */
  public static ChannelPacing perSecond(double perSecond, int burst) {
    if (perSecond <= 0) return NONE;
    int limit = Math.max(1, burst);
    return new ChannelPacing(limit, Duration.ofNanos(Math.round(limit / perSecond * 1e9)));
  }

  /** Whether there is a limit to keep. */
  public boolean limited() {
    return !window.isZero();
  }
}
