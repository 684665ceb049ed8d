package dev.herald.stories;

import dev.herald.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * A lookup's answer.
 *
 * @param terms the words searched for, after time expressions were taken out (may be empty)
 * @param period what the time range was, in words ("today", "last 3 days", "2026-11-26")
 * @param stories matches, best first, at most the limit asked for
 * @param total how many stories matched in all (at least {@code stories.size()})
 */
public record Lookup(String terms, String period, List<Story> stories, int total) {
  public Lookup {
    Objects.requireNonNull(terms, "terms == null");
    Objects.requireNonNull(period, "period == null");
    stories = List.copyOf(stories);
    if (total < stories.size()) throw new IllegalArgumentException("total < stories: " + total);
  }
}
