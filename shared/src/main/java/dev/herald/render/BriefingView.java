package dev.herald.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel's briefing: a heading line and its stories, best first.
 *
 * @param heading "Daily briefing · Friday 27 November" (Herald's own words, safe)
 * @param note an extra line such as "Sent late: Herald was offline at 08:00", or empty
 */
public record BriefingView(String heading, List<StoryView> stories, Optional<String> note) implements View {
  public BriefingView {
    Objects.requireNonNull(heading, "heading == null");
    stories = List.copyOf(stories);
    Objects.requireNonNull(note, "note == null");
  }
}
