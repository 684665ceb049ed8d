package dev.herald.store;

import dev.herald.model.Briefing;
import dev.herald.model.ChannelKey;
import java.util.Optional;

/** What each channel was shown, so that no story version is shown twice and "the latest story" has a meaning. */
public interface BriefingStore {
  /** Records the briefing; the channel must exist. Returns the stored record with its id. */
  BriefingRecord record(Briefing briefing);

  Optional<BriefingRecord> latest(ChannelKey channel);

  /** Whether the channel was already shown this story at {@code version} or later. */
  boolean shown(ChannelKey channel, long storyId, int version);
}
