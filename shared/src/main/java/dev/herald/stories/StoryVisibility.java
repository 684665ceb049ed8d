package dev.herald.stories;

import dev.herald.model.WorkspaceKey;

/**
 * Whether a workspace may see a story. A workspace reads the instance's feeds and its own, never another
 * workspace's: a story is visible when at least one of its articles comes from a feed the workspace reads.
 */
@FunctionalInterface
public interface StoryVisibility {
  /** Every story for everyone: one workspace, or no workspace feeds. */
  StoryVisibility ALL = (workspace, storyId) -> true;

  boolean visibleTo(WorkspaceKey workspace, long storyId);
}
