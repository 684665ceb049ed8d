package dev.herald.stories;

import dev.herald.model.RelatedStory;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.StoryStore;
import dev.herald.store.SummaryStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The stories a card, a source list or a lookup names under "Related:": the live stories the clusterer linked to this
 * one ({@link StoryStore#related}), each by the title its latest summary shows (the story's own headline before it
 * is summarised), and only those the reader's workspace may see.
 */
public final class RelatedStories {
  private final StoryStore stories;
  private final SummaryStore summaries;

  public RelatedStories(StoryStore stories, SummaryStore summaries) {
    this.stories = Objects.requireNonNull(stories, "stories == null");
    this.summaries = Objects.requireNonNull(summaries, "summaries == null");
  }

  /** How many linked stories are read before the visibility filter. */
  static final int READ = 20;


  /**
   * At most {@link RelatedStory#SHOWN} stories related to {@code storyId} that {@code visible} lets the reader see,
   * most similar first.
   */
  public List<RelatedStory> of(long storyId, LongPredicate visible) {
    return stories.related(storyId, READ).stream().filter(s -> visible.test(s.id())).limit(RelatedStory.SHOWN)
        .map(s -> named(s, summaries.latest(s.id()))).toList();
  }

  /** The related stories a workspace may see, each by the title of the summary that workspace reads. */
  public List<RelatedStory> of(long storyId, StoryVisibility visibility, WorkspaceKey workspace) {
    return stories.related(storyId, READ).stream().filter(s -> visibility.visibleTo(workspace, s.id()))
        .limit(RelatedStory.SHOWN).map(s -> named(s, summaries.latest(s.id(), workspace))).toList();
  }

  private static RelatedStory named(Story s, Optional<StorySummary> summary) {
    return new RelatedStory(s.id(), summary.map(StorySummary::title).orElse(s.title()));
  }
}
