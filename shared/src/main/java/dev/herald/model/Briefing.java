package dev.herald.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The stories chosen for one channel at one time, best first.
 *
 * @param since the start of the period covered (the previous briefing, or a day before {@code asOf})
 */
public record Briefing(ChannelKey channel, Instant asOf, Instant since, List<BriefingStory> stories) {
  public Briefing {
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(asOf, "asOf == null");
    Objects.requireNonNull(since, "since == null");
    if (since.isAfter(asOf)) throw new IllegalArgumentException("since after asOf: " + since + " > " + asOf);
    stories = Checks.copy(stories, "stories");
  }

  public boolean isEmpty() {
    return stories.isEmpty();
  }
}
