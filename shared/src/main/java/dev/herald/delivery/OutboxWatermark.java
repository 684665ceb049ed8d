package dev.herald.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Which outbox ids a dispatcher has looked past, so that a look for new rows asks only for ids above
 * {@link #settled}. That mark trails the highest id seen by the store's commit skew
 * ({@code OutboxStore#commitSkew}): on a shared database a row with a lower id can become visible after one with a
 * higher id, so an id is settled only once a look at least the skew later has been made. Not thread-safe: only the
 * dispatcher thread touches it.
 */
final class OutboxWatermark {
  private record Look(Instant at, long seen) {}

  private final Duration skew;
  private final ArrayDeque<Look> looks = new ArrayDeque<>();
  /** The highest row id read from the store. */
  private long seen;
  /** Rows at or below this id that are not in memory were not pending when looked for; rows above it may be new. */
  private long settled;

  OutboxWatermark(Duration skew) {
    this.skew = Objects.requireNonNull(skew, "skew == null");
  }

  /** Rows above this id may be new to the dispatcher. */
  long settled() {
    return settled;
  }

  /** The highest row id read: rows above it are surely new to the dispatcher. */
  long seen() {
    return seen;
  }

  /** A row with this id was read. */
  void saw(long id) {
    seen = Math.max(seen, id);
  }

  /** A look at the store ended at {@code now}: what it saw settles once the skew has passed. */
  void looked(Instant now) {
    looks.addLast(new Look(now, seen));
    Instant before = now.minus(skew);
    while (!looks.isEmpty() && !looks.peekFirst().at().isAfter(before)) {
      settled = Math.max(settled, looks.pollFirst().seen());
    }
  }
}
