package dev.herald.store;

import dev.herald.model.FeedHealth;
import java.util.List;
import java.util.Optional;

/** Per-feed fetch state: failures, backoff, disabling and conditional-GET validators. Thread-safe. */
public interface FeedHealthStore {
  Optional<FeedHealth> find(String feedId);

  /** Inserts or replaces the state of {@code health.feedId()}. */
  void save(FeedHealth health);

  /** Forgets a feed (after it is removed), so that adding it again counts as new. */
  void delete(String feedId);

  List<FeedHealth> all();
}
