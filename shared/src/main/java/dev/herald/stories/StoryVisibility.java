package dev.herald.stories;

import dev.herald.model.WorkspaceKey;

/**
 * Whether a workspace may see a story, and how much of it. A workspace reads the instance's feeds and its own, never
 * another workspace's: a story is visible when at least one of its articles comes from a feed the workspace reads,
 * and then only those articles are its to see (summaries are written per scope; see the store's summaries).
 */
@FunctionalInterface
public interface StoryVisibility {
  /** How much of a story a workspace may read. */
  enum Access {
    /** None of its articles: the story does not exist for the workspace. */
    NONE,
    /** Some of its articles: another workspace's private feed reports it too. */
    PARTIAL,
    /** Every article. */
    ALL
  }

  /** Every story for everyone: one workspace, or no workspace feeds. */
  StoryVisibility ALL = (workspace, storyId) -> true;

  boolean visibleTo(WorkspaceKey workspace, long storyId);

  /** How much of the story {@code workspace} may read; the default knows only all or nothing. */
  default Access access(WorkspaceKey workspace, long storyId) {
    return visibleTo(workspace, storyId) ? Access.ALL : Access.NONE;
  }

  /**
   * The text (headlines, leads, bodies) of the story's articles {@code workspace} may read, for checking a lookup
   * against what the workspace can see; the default, for visibility that knows no articles, is empty.
   */
  default String readableText(WorkspaceKey workspace, long storyId) {
    return "";
  }
}
