package dev.herald.store;

import java.time.Clock;
import java.util.Objects;

/** The stores of feed ingestion, built together (kept apart from {@link Stores} so that each stage owns its own). */
public record FeedStores(FeedStore feeds, FeedHealthStore health, ArticleFingerprintStore fingerprints) {
  public FeedStores {
    Objects.requireNonNull(feeds, "feeds == null");
    Objects.requireNonNull(health, "health == null");
    Objects.requireNonNull(fingerprints, "fingerprints == null");
  }

  /** The SQL stores over {@code db}; {@code clock} stamps the rows they write. */
  public static FeedStores sql(Database db, Clock clock) {
    return new FeedStores(new SqlFeedStore(db, clock), new SqlFeedHealthStore(db), new SqlArticleFingerprintStore(db));
  }
}
