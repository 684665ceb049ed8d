package dev.herald.store;

import dev.herald.model.Story;
import java.util.Objects;

/** A story found by text, with its relevance (higher is better; comparable only within one search). */
public record StoryHit(Story story, double relevance) {
  public StoryHit {
    Objects.requireNonNull(story, "story == null");
  }
}
