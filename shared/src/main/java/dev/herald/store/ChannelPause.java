package dev.herald.store;

import dev.herald.model.ChannelKey;
import java.time.Instant;
import java.util.Objects;

/** A channel Herald stopped sending to because it lost access ("channel_not_found", "Missing Access"). */
public record ChannelPause(ChannelKey channel, String reason, Instant pausedAt) {
  public ChannelPause {
    Objects.requireNonNull(channel, "channel == null");
    if (Objects.requireNonNull(reason, "reason == null").isBlank()) {
      throw new IllegalArgumentException("reason is blank");
    }
    Objects.requireNonNull(pausedAt, "pausedAt == null");
  }
}
