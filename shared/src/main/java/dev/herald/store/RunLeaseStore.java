package dev.herald.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Named leases for work that only one Herald instance may do at a time when several share one database. A lease
 * that runs out (its holder died) may be taken by anyone. Each lease also counts the runs finished under it, so that
 * a holder can tell whether another instance worked since its own last run. Thread-safe; each method is one
 * transaction.
 */
public interface RunLeaseStore {
  /**
   * Takes the lease for {@code owner} until {@code until} when it is free, expired at {@code now}, or already held
   * by {@code owner}. Returns the number of runs finished under it so far, or empty when another owner holds it.
   */
  Optional<Long> acquire(String name, String owner, Instant now, Instant until);

  /** Extends {@code owner}'s hold; false when it no longer holds the lease (it ran out and was taken). */
  boolean renew(String name, String owner, Instant until);

  /** Frees {@code owner}'s lease and counts its run; the new count, or empty when it no longer held the lease. */
  Optional<Long> release(String name, String owner);

  /** The number of runs finished under the lease (0 before the first). */
  long generation(String name);

  /** Who holds the lease at {@code now}: empty when it is free or ran out. */
  Optional<String> holder(String name, Instant now);

  static RunLeaseStore sql(Database db) {
    return new SqlRunLeaseStore(db);
  }
}
