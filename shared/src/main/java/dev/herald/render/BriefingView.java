package dev.herald.render;

import java.util.ArrayList;
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
    stories = withRelatedShownMarked(stories);
    Objects.requireNonNull(note, "note == null");
  }

  /** The stories, each with its related links to stories shown with it marked above or below it. */
  static List<StoryView> withRelatedShownMarked(List<StoryView> stories) {
    List<Long> shown = stories.stream().map(StoryView::storyId).toList();
    return stories.stream().map(s -> s.inBriefingOf(shown)).toList();
  }

  /**
   * The briefing as it is posted: one story card per message, the first carrying the heading (and the note) as its
   * banner. Empty for a briefing without stories.
   */
  public List<StoryView> messages() {
    List<StoryView> out = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      StoryView s = stories.get(i);
      out.add(i == 0 ? s.withBanner(heading + note.map(n -> "\n" + n).orElse("")) : s);
    }
    return out;
  }
}
