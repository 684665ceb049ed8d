package dev.herald.render;

import dev.herald.text.Echo;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a lookup such as {@code /brief ai}: matching stories, best first, or a helpful line when none match.
 *
 * @param query the words looked up, without the time expression (untrusted); blank for a period's top stories
 * @param period the time range in words ("today", "last 3 days")
 * @param stories the matches shown
 * @param emptyHint Herald's own suggestion when nothing matched; ignored otherwise
 * @param total how many stories matched in all, at least as many as are shown
 */
public record LookupView(String query, String period, List<StoryView> stories, String emptyHint, int total)
    implements View {
  static final int QUERY_ECHO = 60;

  public LookupView {
    Objects.requireNonNull(query, "query == null");
    Objects.requireNonNull(period, "period == null");
    // the matches are shown together, as a briefing's cards are: a link to another one shown says where it is
    stories = BriefingView.withRelatedShownMarked(stories);
    Objects.requireNonNull(emptyHint, "emptyHint == null");
    if (total < stories.size()) throw new IllegalArgumentException("total < stories shown: " + total);
  }

  /** Every match is shown. */
  public LookupView(String query, String period, List<StoryView> stories, String emptyHint) {
    this(query, period, stories, emptyHint, stories.size());
  }

  /**
   * "3 stories on "ai" (this week)", "5 of 15 stories on "rail" (today)", "Top 5 of 15 stories (this week)"; a long
   * query is quoted in its first {@value #QUERY_ECHO} characters.
   */
  public String heading() {
    int shown = stories.size();
    String what;
    if (query.isBlank()) {
      what = total > shown ? "Top " + shown + " of " + total + " stories" : "Top stories";
    } else {
      what = (total > shown ? shown + " of " + total + " stories" : Phrases.count(shown, "story", "stories"))
          + " on \u201c" + Echo.of(query.strip(), QUERY_ECHO) + "\u201d";
    }
    return what + " (" + period + ")";
  }
}
