package dev.herald.store;

import dev.herald.model.Briefing;
import dev.herald.model.ChannelKey;
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
}
