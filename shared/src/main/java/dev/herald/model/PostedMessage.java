package dev.herald.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A story card Herald posted through the outbox, kept so that the card can be edited when the story grows.
 *
 * @param storyVersion the summarised version the message shows now
 * @param banner the line above the card, kept through edits
 */
public record PostedMessage(
    ChannelKey channel,
    String messageId,
    long storyId,
    int storyVersion,
    DeliveryKind kind,
    Optional<String> banner,
    Instant postedAt) {

  public PostedMessage {
    Objects.requireNonNull(channel, "channel == null");
    Checks.notBlank(messageId, "messageId");
    Checks.atLeast(storyId, 1, "storyId");
    Checks.atLeast(storyVersion, 1, "storyVersion");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(banner, "banner == null");
    Objects.requireNonNull(postedAt, "postedAt == null");
  }
}
