package dev.herald.stories;

import dev.herald.model.WorkspaceKey;
import dev.herald.store.StoryStore;
import java.util.Collections;
import java.util.Set;
import java.util.function.Function;

/** {@link StoryVisibility} from the feeds each workspace reads (the instance's feeds and its own). */
public final class FeedScopeVisibility implements StoryVisibility {
  private final StoryStore stories;
  private final Function<WorkspaceKey, Set<String>> feedsOf;

  /** @param feedsOf the ids of the feeds a workspace reads */
  public FeedScopeVisibility(StoryStore stories, Function<WorkspaceKey, Set<String>> feedsOf) {
    this.stories = stories;
    this.feedsOf = feedsOf;
  }

  @Override
  public boolean visibleTo(WorkspaceKey workspace, long storyId) {
    return !Collections.disjoint(stories.feedIds(storyId), feedsOf.apply(workspace));
  }
}
