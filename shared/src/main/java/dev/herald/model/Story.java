package dev.herald.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A group of articles reporting one event.
 *
 * @param version starts at 1 and grows by one each time articles join or their texts change (a revised summary)
 * @param createdAt when Herald formed the story
 * @param updatedAt when articles last joined (Herald's clock, not the articles' dates)
 * @param newestArticleAt the newest publication time among its articles (recency for ranking and briefings)
 * @param outletCount distinct outlets among the articles; 1 means a single-source story
 * @param title the representative headline (the summary may refine it)
 */
public record Story(
    long id,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant newestArticleAt,
    int articleCount,
    int outletCount,
    String title) {

  public Story {
    Checks.atLeast(id, 1, "id");
    Checks.atLeast(version, 1, "version");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt before createdAt: " + updatedAt + " < " + createdAt);
    }
    Objects.requireNonNull(newestArticleAt, "newestArticleAt == null");
    Checks.atLeast(articleCount, 1, "articleCount");
    Checks.atLeast(outletCount, 1, "outletCount");
    if (outletCount > articleCount) {
      throw new IllegalArgumentException("outletCount > articleCount: " + outletCount + " > " + articleCount);
    }
    Checks.notNull(title, "title");
  }

  /** Whether only one outlet reports this story (shown as such to readers). */
  public boolean singleOutlet() {
    return outletCount == 1;
  }
}
