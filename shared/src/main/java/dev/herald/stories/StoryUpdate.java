package dev.herald.stories;

import dev.herald.model.Story;
import java.util.Objects;

/** The story an article joined, after the change; {@code created} when the article started it. */
public record StoryUpdate(Story story, boolean created) {
  public StoryUpdate {
    Objects.requireNonNull(story, "story == null");
  }
}
