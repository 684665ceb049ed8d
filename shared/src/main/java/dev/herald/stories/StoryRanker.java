package dev.herald.stories;

import dev.herald.model.Story;
import java.time.Instant;
import java.util.List;

/** Orders candidate stories for a briefing, best first: coverage (distinct outlets), growth, recency. */
public interface StoryRanker {
  List<Story> rank(List<Story> candidates, Instant now);
}
