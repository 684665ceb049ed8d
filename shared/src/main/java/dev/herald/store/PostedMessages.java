package dev.herald.store;

import dev.herald.model.ChannelKey;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * What was posted where: the messages showing a story (for living-story edits), what each channel was told, and
 * the edits each message had. One role of {@link OutboxStore}.
 *
 * <p>Each method is one transaction. Thread-safe.
 */
public interface PostedMessages {
  /** Every posted message showing the story, in any channel. */
  List<PostedMessage> postedFor(long storyId);

  /** Whether the channel was posted the story at {@code version} or later (as a briefing, an alert or an edit). */
  boolean seen(ChannelKey channel, long storyId, int version);

  /**
   * The newest story version the channel was told about in a message of its own (a briefing story or an alert), sent
   * or on its way; edits and parked rows do not count. Empty when the channel never got the story.
   */
  OptionalInt toldVersion(ChannelKey channel, long storyId);

  /** Whether an update of this message is waiting to be sent. */
  boolean updatePending(ChannelKey channel, String messageId);

  /** When the message was edited at or after {@code since}, oldest first. */
  List<Instant> editsSince(ChannelKey channel, String messageId, Instant since);
}
