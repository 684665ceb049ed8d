package dev.herald.store;

import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One send to enqueue: a story card (or notice) for a channel.
 *
 * @param storyVersion the summarised version shown; for a {@link DeliveryKind#NOTICE} the local day (epoch day) it
 *     belongs to, so that its key is unique per day
 * @param storyId the story, or 0 for a notice
 * @param banner the line above the card (briefing heading, "New on ai"); a notice's whole text
 * @param targetMessage for an {@link DeliveryKind#UPDATE}: the platform's id of the message to edit
 * @param notBefore the earliest time it may be sent
 */
public record OutboxEntry(
    ChannelKey channel,
    DeliveryKind kind,
    long storyId,
    int storyVersion,
    Optional<String> banner,
    Optional<String> targetMessage,
    Instant notBefore) {

  public OutboxEntry {
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(kind, "kind == null");
    int lowest = kind == DeliveryKind.NOTICE ? 0 : 1;
    if (storyId < lowest) throw new IllegalArgumentException("storyId < " + lowest + ": " + storyId);
    Objects.requireNonNull(banner, "banner == null");
    Objects.requireNonNull(targetMessage, "targetMessage == null");
    Objects.requireNonNull(notBefore, "notBefore == null");
    if ((kind == DeliveryKind.UPDATE) != targetMessage.isPresent()) {
      throw new IllegalArgumentException("targetMessage must be given for updates and only for them: " + kind);
    }
    if (kind == DeliveryKind.NOTICE && banner.isEmpty()) throw new IllegalArgumentException("notice without text");
  }

  public static OutboxEntry post(ChannelKey channel, DeliveryKind kind, long storyId, int version,
      Optional<String> banner, Instant notBefore) {
    return new OutboxEntry(channel, kind, storyId, version, banner, Optional.empty(), notBefore);
  }

  public static OutboxEntry update(ChannelKey channel, long storyId, int version, String messageId,
      Instant notBefore) {
    return new OutboxEntry(channel, DeliveryKind.UPDATE, storyId, version, Optional.empty(),
        Optional.of(messageId), notBefore);
  }

  public static OutboxEntry notice(ChannelKey channel, long epochDay, String text, Instant notBefore) {
    return new OutboxEntry(channel, DeliveryKind.NOTICE, 0, Math.toIntExact(epochDay), Optional.of(text),
        Optional.empty(), notBefore);
  }

  /**
   * The idempotency key: platform, workspace, channel, story, version and kind
   * ({@code slack:T1:C1/42/3/briefing}); an update also names the message it edits. Enqueueing the same key twice
   * sends once, and adapters attach it to the message so that a repeat after a crash is found or refused.
   */
  public String key() {
    return channel + "/" + storyId + "/" + storyVersion + "/" + kind.key() + targetMessage.map(m -> "/" + m).orElse("");
  }
}
