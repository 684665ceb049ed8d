package dev.herald.store;

import java.time.Instant;
import java.util.Objects;

/** The story a user was last shown in a channel, and when. */
public record ShownStory(long storyId, Instant at) {
  public ShownStory {
    Objects.requireNonNull(at, "at == null");
  }
}
