package dev.herald.store;

import dev.herald.model.Briefing;
import dev.herald.model.ChannelKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What each channel was shown, so that no story version is shown twice and "the latest story" has a meaning. */
public interface BriefingStore {
  /** Records the briefing; the channel must exist. Returns the stored record with its id. */
  BriefingRecord record(Briefing briefing);

  Optional<BriefingRecord> latest(ChannelKey channel);

  /**
   * The briefing a card of the channel belongs to: the one that posted {@code storyId} at the summarised version
   * {@code version} (a briefing card's outbox row), or, for a card edited since, at the latest version up to it.
   * Empty for a story the channel never got in a briefing (an alert) or a briefing recorded before cards were kept.
   */
  Optional<BriefingRecord> ofCard(ChannelKey channel, long storyId, int version);

  /** Whether the channel was already shown this story at {@code version} or later. */
  boolean shown(ChannelKey channel, long storyId, int version);

  /**
   * The shortest horizon {@link #purge} is called with: twice the longest {@code stories.window_hours} the settings
   * allow (30 days), the longest a story stays open to new articles. A story with no article for this long can never
   * grow again, so no new summary of it is written and no message showing it is edited.
   */
  Duration KEEP_AT_LEAST = Duration.ofDays(60);

  /**
   * Deletes, in small batches (each its own short write), the briefings nothing can read any more, with their stories
   * and cards; returns how many briefings. Every reader of a briefing is covered:
   * <ul>
   *   <li>{@link #latest} (where the next briefing's window starts, and the "latest story" of a lookup): a channel's
   *       latest briefing is never deleted, however old;</li>
   *   <li>{@link #shown} (is this version news?): it is asked only of stories with an article since the channel's
   *       latest briefing, so a briefing is kept while any of its stories has an article since then or since
   *       {@code before} (it may still grow);</li>
   *   <li>{@link #ofCard} (a card rendered when it is sent, retried, or edited as its story grows): a briefing is kept
   *       while the outbox holds any row for the channel and one of its stories (pending, parked for a retry, or
   *       sent within the delivery retention), and while one of its stories may still grow (above).</li>
   * </ul>
   * So only briefings recorded before {@code before}, older than their channel's latest, whose stories all stopped
   * growing before {@code before} and have nothing left in the outbox are deleted. Call it with
   * {@code before} at least {@link #KEEP_AT_LEAST} and the delivery retention ago.
   */
  int purge(Instant before);
}
