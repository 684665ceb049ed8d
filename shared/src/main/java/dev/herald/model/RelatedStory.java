package dev.herald.model;

import java.util.Objects;

/**
 * A story related to the one shown but not the same event (the Strait of Hormuz drills beside the US-Iran talks),
 * named by its number and its current title (untrusted: feed text) so a reader can ask {@code /sources N}.
 */
public record RelatedStory(long storyId, String title) {
  /** How many related stories a card, a source list or a lookup names at most. */
  public static final int SHOWN = 3;
  /**
   * How many more related stories a card keeps unshown, to take the place of those a briefing or lookup leaves out
   * because it shows them as cards of their own (a briefing shows 5 stories by default).
   */
  public static final int SPARE = 5;

  public RelatedStory {
    Objects.requireNonNull(title, "title == null");
  }
}
