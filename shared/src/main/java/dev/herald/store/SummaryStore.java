package dev.herald.store;

import dev.herald.model.StorySummary;
import java.util.Optional;

/** Summaries, one per story version. Only summaries that passed the integrity check are ever saved. */
public interface SummaryStore {
  void save(StorySummary summary);

  /** The summary of the story's highest summarised version. */
  Optional<StorySummary> latest(long storyId);

  Optional<StorySummary> find(long storyId, int version);

  /** The story's highest summarised version, 0 when it has no summary: {@link #latest} without reading it. */
  int latestVersion(long storyId);
}
