package dev.herald.stories;

import dev.herald.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks stories for a briefing by {@code coverage x growth x recency}, halved for a single-outlet story:
 *
 * <ul>
 *   <li>coverage = log2(1 + distinct outlets): 1 for one outlet, 2 for three, 3 for seven;
 *   <li>growth = 1 + ln(1 + articles added per hour since the story formed), so a story gaining coverage fast rises;
 *   <li>recency = exp(-hours since its newest article / 12).
 * </ul>
 *
 * Ties go to the newer story, then the lower id. Pure and thread-safe.
 */
public final class CoverageStoryRanker implements StoryRanker {
  static final double RECENCY_HOURS = 12;
  static final double SINGLE_OUTLET_FACTOR = 0.5;

  @Override
  public List<Story> rank(List<Story> candidates, Instant now) {
    Objects.requireNonNull(now, "now == null");
    return candidates.stream()
        .sorted(Comparator.comparingDouble((Story s) -> -score(s, now))
            .thenComparing(Story::newestArticleAt, Comparator.reverseOrder())
            .thenComparingLong(Story::id))
        .toList();
  }

  /** The story's score at {@code now}; higher is better. */
  public static double score(Story s, Instant now) {
    double coverage = Math.log(1 + s.outletCount()) / Math.log(2);
    double ageHours = Math.max(1, hours(s.createdAt(), now));
    double growth = 1 + Math.log(1 + (s.articleCount() - 1) / ageHours);
    double recency = Math.exp(-Math.max(0, hours(s.newestArticleAt(), now)) / RECENCY_HOURS);
    double score = coverage * growth * recency;
    return s.singleOutlet() ? score * SINGLE_OUTLET_FACTOR : score;
  }

  private static double hours(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 3_600_000.0;
  }
}
