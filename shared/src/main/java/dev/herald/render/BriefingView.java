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
    stories = withoutRelatedShown(stories);
    Objects.requireNonNull(note, "note == null");
  }

  /**
   * The stories, each without the related links to stories this briefing shows itself (the Strait of Hormuz drills
   * listed under the US-Iran talks when both are cards of the same briefing): the reader has that story a few cards
   * away, so the link only repeats its title. Links to stories the briefing does not show stay.
   */
  private static List<StoryView> withoutRelatedShown(List<StoryView> stories) {
    java.util.Set<Long> shown = new java.util.HashSet<>();
    for (StoryView s : stories) shown.add(s.storyId());
    return stories.stream()
        .map(s -> s.related().stream().anyMatch(r -> shown.contains(r.storyId()))
            ? s.withRelated(s.related().stream().filter(r -> !shown.contains(r.storyId())).toList())
            : s)
        .toList();
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
