package dev.herald.render;

import dev.herald.text.Echo;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a lookup such as {@code /brief ai}: matching stories, best first, or a helpful line when none match.
 *
 * @param query what the user asked (untrusted)
 * @param period the time range in words ("today", "last 3 days")
 * @param emptyHint Herald's own suggestion when nothing matched; ignored otherwise
 */
public record LookupView(String query, String period, List<StoryView> stories, String emptyHint) implements View {
  static final int QUERY_ECHO = 60;

  public LookupView {
    Objects.requireNonNull(query, "query == null");
    Objects.requireNonNull(period, "period == null");
    stories = List.copyOf(stories);
    Objects.requireNonNull(emptyHint, "emptyHint == null");
  }

  /** "3 stories on "ai" (this week)"; a long query is quoted in its first {@value #QUERY_ECHO} characters. */
  public String heading() {
    String what = query.isBlank() ? "Top stories" : Phrases.count(stories.size(), "story", "stories") + " on \u201c"
        + Echo.of(query.strip(), QUERY_ECHO) + "\u201d";
    return what + " (" + period + ")";
  }
}
