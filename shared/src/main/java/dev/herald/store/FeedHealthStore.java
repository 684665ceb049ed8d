package dev.herald.store;

import dev.herald.model.FeedHealth;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Per-feed fetch state: failures, backoff, disabling and conditional-GET validators. Thread-safe. */
public interface FeedHealthStore {
  Optional<FeedHealth> find(String feedId);

  /** Inserts or replaces the state of {@code health.feedId()}. */
  void save(FeedHealth health);

  /** Forgets a feed (after it is removed), so that adding it again counts as new; a check asked for goes too. */
  void delete(String feedId);

  List<FeedHealth> all();

  /**
   * A manager asked at {@code at} that these feeds be read now, whatever their interval or backoff: asked until a poll
   * that began after the request reads them ({@link #checked}), whichever instance runs it.
   */
  void requestCheck(Collection<String> feedIds, Instant at);

  /** The feeds asked to be read now and not read since. */
  Set<String> checksRequested();

  /** A poll that began at {@code startedAt} read these feeds (or found them gone): requests until then are done. */
  void checked(Collection<String> feedIds, Instant startedAt);
}
