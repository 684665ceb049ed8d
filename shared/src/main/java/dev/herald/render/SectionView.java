package dev.herald.render;

import java.util.Objects;

/** One section of a story, expanded: {@code index} is 0-based into {@code story.sections()}. */
public record SectionView(StoryView story, int index) implements View {
  public SectionView {
    Objects.requireNonNull(story, "story == null");
    if (index < 0 || index >= story.sections().size()) {
      throw new IllegalArgumentException("section out of range: " + index);
    }
  }

  public dev.herald.model.Section section() {
    return story.sections().get(index);
  }
}
