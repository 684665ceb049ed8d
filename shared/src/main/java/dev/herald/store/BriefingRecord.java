package dev.herald.store;

import dev.herald.model.ChannelKey;
import java.time.Instant;
import java.util.List;

/** A briefing as stored: which story versions a channel was shown, best first. */
public record BriefingRecord(long id, ChannelKey channel, Instant asOf, Instant since, List<StoryVersion> stories) {
  public BriefingRecord {
    stories = List.copyOf(stories);
  }
}
