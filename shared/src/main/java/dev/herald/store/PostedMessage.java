package dev.herald.store;

import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
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
    if (Objects.requireNonNull(messageId, "messageId == null").isBlank()) {
      throw new IllegalArgumentException("messageId is blank");
    }
    if (storyId < 1) throw new IllegalArgumentException("storyId < 1: " + storyId);
    if (storyVersion < 1) throw new IllegalArgumentException("storyVersion < 1: " + storyVersion);
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(banner, "banner == null");
    Objects.requireNonNull(postedAt, "postedAt == null");
  }
}
