package dev.herald.model;

import java.time.Instant;
import java.util.Objects;

/** A channel's request to be alerted about new or growing stories on a topic. */
public record Subscription(ChannelKey channel, String topic, Instant createdAt) {
  public Subscription {
    Objects.requireNonNull(channel, "channel == null");
    Topic.checkName(topic);
    Objects.requireNonNull(createdAt, "createdAt == null");
  }
}
