package dev.herald.store;

import dev.herald.model.FeedScope;
import dev.herald.model.StorySummary;
import dev.herald.model.WorkspaceKey;
import java.util.Optional;

/**
 * Summaries, one per story version and visibility scope. The instance's summary ({@link FeedScope#INSTANCE}) covers
 * only articles from instance feeds; a workspace with articles of its own feeds in a story has its own, covering the
 * instance's articles and its own. A reader gets its workspace's summary when there is one, else the instance's:
 * never another workspace's. Only summaries that passed the integrity check are ever saved.
 */
public interface SummaryStore {
  /** Saves the instance's summary. */
  default void save(StorySummary summary) {
    save(summary, FeedScope.INSTANCE);
  }

  void save(StorySummary summary, FeedScope scope);

  /** The instance's summary of the story's highest summarised version. */
  default Optional<StorySummary> latest(long storyId) {
    return latestOf(storyId, FeedScope.INSTANCE);
  }

  /** The summary of the highest version written for exactly {@code scope}. */
  Optional<StorySummary> latestOf(long storyId, FeedScope scope);

  /**
   * What {@code reader} may see: the highest version among its workspace's summaries and the instance's, its own
   * preferred at the same version. Empty when neither exists (the story is another workspace's alone).
   */
  Optional<StorySummary> latest(long storyId, WorkspaceKey reader);

  /** The instance's summary of one version. */
  default Optional<StorySummary> find(long storyId, int version) {
    return find(storyId, version, Optional.empty());
  }

  /** {@code reader}'s summary of one version: its workspace's, else the instance's. */
  default Optional<StorySummary> find(long storyId, int version, WorkspaceKey reader) {
    return find(storyId, version, Optional.of(reader));
  }

  Optional<StorySummary> find(long storyId, int version, Optional<WorkspaceKey> reader);

  /** The version of the instance's {@link #latest(long)}, 0 when there is none, without reading it. */
  default int latestVersion(long storyId) {
    return latestOf(storyId, FeedScope.INSTANCE).map(StorySummary::storyVersion).orElse(0);
  }

  /** The version of {@link #latest(long, WorkspaceKey)}, 0 when there is none, without reading it. */
  int latestVersion(long storyId, WorkspaceKey reader);
}
