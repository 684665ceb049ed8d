package dev.herald.model;

import java.util.Objects;

/**
 * A story related to the one shown but not the same event (the Strait of Hormuz drills beside the US-Iran talks),
 * named by its number and its current title (untrusted: feed text) so a reader can ask {@code /sources N}, and where
 * the reader finds it when the cards shown with this one include it.
 *
 * @param place {@link Place#ELSEWHERE}, or {@link Place#ABOVE} / {@link Place#BELOW} when it is a card of the same
 *     briefing or lookup
 */
public record RelatedStory(long storyId, String title, Place place) {
  /** Where a related story is, seen from the card that names it. */
  public enum Place {
    /** Not among the cards shown with this one. */
    ELSEWHERE,
    /** A card shown before this one (the message above). */
    ABOVE,
    /** A card shown after this one. */
    BELOW
  }

  /** How many related stories a card, a source list or a lookup names at most. */
  public static final int SHOWN = 3;

  public RelatedStory {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(place, "place == null");
  }

  /** A related story not shown with this one. */
  public RelatedStory(long storyId, String title) {
    this(storyId, title, Place.ELSEWHERE);
  }

  /** The same story, at {@code where}. */
  public RelatedStory at(Place where) {
    return where == place ? this : new RelatedStory(storyId, title, where);
  }
}
