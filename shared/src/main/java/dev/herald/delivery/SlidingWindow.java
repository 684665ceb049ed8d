package dev.herald.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * At most {@code limit} requests in any {@code window}, as a server that counts the requests it received sees them
 * (Discord counts its global 50 a second over any second; Slack's one message a second per channel the same way). A
 * request holds a slot from the moment it is admitted ({@link #take}) until {@code window} after its answer came back
 * ({@link #answered}); the server received it before it answered, so the request that takes the slot next reaches the
 * server more than {@code window} after it, however long either waited in queues on the way. Holding the slot from
 * the answer rather than from the send costs one round trip per slot, where a window counted from the send has no
 * margin at all for jitter. A request that never went out gives its slot back ({@link #settled} without an answer).
 *
 * <p>Not thread-safe: the {@link RateGovernor} that owns it serialises access.
 */
final class SlidingWindow {
  private int limit;
  private Duration window;
  /** Admitted and not yet settled. */
  private int inFlight;
  /** When answered slots free up, earliest first. */
  private final ArrayDeque<Instant> frees = new ArrayDeque<>();

  SlidingWindow(int limit, Duration window) {
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
    if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window <= 0: " + window);
    this.limit = limit;
    this.window = window;
  }

  /**
   * {@code burst} requests (at least one) in any {@code burst / perSecond} seconds: 50 a second with a burst of 50 is
   * 50 in any second, one a second with a burst of 5 is 5 in any 5 seconds, 0.5 a second alone is one in any two.
   */
  static SlidingWindow perSecond(double perSecond, int burst) {
    if (perSecond <= 0) throw new IllegalArgumentException("perSecond <= 0: " + perSecond);
    int limit = Math.max(1, burst);
    return new SlidingWindow(limit, Duration.ofNanos(Math.round(limit / perSecond * 1e9)));
  }

  /**
   * Changes the limit, keeping the requests already counted (an instance's share of a platform-wide limit changes
   * as instances come and go): they hold their slots as before.
   */
  void resize(int limit, Duration window) {
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
    if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window <= 0: " + window);
    this.limit = limit;
    this.window = window;
  }

  /** A request is admitted now: it holds a slot until it is settled, or {@code window} after its answer. */
  void take() {
    take(1);
  }

  /** {@code requests} requests of one send are admitted now (a lookup before a post: two). */
  void take(int requests) {
    inFlight += requests;
  }

  /** A request of an admitted send came back at {@code at}: its slot frees {@code window} later. */
  void answered(Instant at) {
    Instant free = at.plus(window);
    if (frees.isEmpty() || !free.isBefore(frees.peekLast())) {
      frees.addLast(free);
      return;
    }
    // answers recorded a little out of order (threads): keep the queue sorted
    ArrayDeque<Instant> later = new ArrayDeque<>();
    while (!frees.isEmpty() && free.isBefore(frees.peekLast())) later.addFirst(frees.removeLast());
    frees.addLast(free);
    frees.addAll(later);
  }

  /** An admitted send is over (its answers, if any, were recorded with {@link #answered}). */
  void settled() {
    settled(1);
  }

  /** A send admitted with {@link #take(int) take(requests)} is over. */
  void settled(int requests) {
    inFlight = Math.max(0, inFlight - requests);
  }

  /** When a request may be admitted: {@code now} if it may now. */
  Instant nextSlot(Instant now) {
    return nextSlot(now, 1);
  }

  /**
   * When a send of {@code requests} requests may be admitted (all of them fit in the window, or one when the limit is
   * smaller): {@code now} if it may now.
   */
  Instant nextSlot(Instant now, int requests) {
    prune(now);
    int excess = inFlight + frees.size() + Math.min(requests, limit) - 1 - limit;
    if (excess < 0) return now;
    if (excess < frees.size()) {
      Iterator<Instant> it = frees.iterator();
      Instant t = it.next();
      for (int i = 0; i < excess; i++) t = it.next();
      return t;
    }
    // only requests still on their way hold the window: none frees before its answer plus the window
    return now.plus(window);
  }

  /** Whether nothing holds a slot (the window can be forgotten without changing behaviour). */
  boolean idle(Instant now) {
    prune(now);
    return inFlight == 0 && frees.isEmpty();
  }

  private void prune(Instant now) {
    while (!frees.isEmpty() && !frees.peekFirst().isAfter(now)) frees.removeFirst();
  }
}
