package dev.herald.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A topic alert enqueued for a channel.
 *
 * @param outlets the story's distinct outlets when alerted: the baseline for "grew by N outlets"
 * @param growth whether it was a growth alert (otherwise a new story)
 */
public record AlertRecord(
    ChannelKey channel, long storyId, int storyVersion, int outlets, String topic, boolean growth, Instant at) {
  public AlertRecord {
    Objects.requireNonNull(channel, "channel == null");
    Checks.atLeast(storyId, 1, "storyId");
    Checks.atLeast(storyVersion, 1, "storyVersion");
    Checks.atLeast(outlets, 1, "outlets");
    Topic.checkName(topic);
    Objects.requireNonNull(at, "at == null");
  }
}
