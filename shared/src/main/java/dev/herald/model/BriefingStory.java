package dev.herald.model;

import java.util.Objects;

/** A story in a briefing, with the summary of the exact version being shown. */
public record BriefingStory(Story story, StorySummary summary) {
  public BriefingStory {
    Objects.requireNonNull(story, "story == null");
    Objects.requireNonNull(summary, "summary == null");
    if (summary.storyId() != story.id()) {
      throw new IllegalArgumentException("summary of story " + summary.storyId() + " given for story " + story.id());
    }
  }
}
