package dev.herald.model;

import java.time.Instant;
import java.util.Objects;

/** A channel Herald stopped sending to because it lost access ("channel_not_found", "Missing Access"). */
public record ChannelPause(ChannelKey channel, String reason, Instant pausedAt) {
  public ChannelPause {
    Objects.requireNonNull(channel, "channel == null");
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(pausedAt, "pausedAt == null");
  }
}
