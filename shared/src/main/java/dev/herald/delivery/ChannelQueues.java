package dev.herald.delivery;

import dev.herald.model.ChannelKey;
import dev.herald.store.OutboxRow;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dispatcher's in-memory view of one platform's pending rows, per channel. Posts leave in the order they were
 * enqueued (a briefing's stories stay in rank order: a post waiting for its retry holds back the posts after it);
 * updates never wait behind posts or hold them back. Operations are idempotent by row id, so a reload from the store
 * and a late completion agree.
 *
 * <p>Each channel with rows also has a turn: when the dispatcher should look at it next ({@link #schedule}). Turns
 * come up earliest first and, at equal times, in the order they were given ({@link #pollDue}), so a pass costs what
 * it admits rather than a walk over every channel. Not thread-safe: only the dispatcher thread touches it.
 */
final class ChannelQueues {
  private record Turn(Instant at, long seq, ChannelKey channel) {}

  private final Map<ChannelKey, TreeMap<Long, OutboxRow>> byChannel = new LinkedHashMap<>();
  private final PriorityQueue<Turn> turns = new PriorityQueue<>((a, b) -> {
    int c = a.at().compareTo(b.at());
    return c != 0 ? c : Long.compare(a.seq(), b.seq());
  });
  /** The channel's current turn; older entries in {@link #turns} are stale and skipped. */
  private final Map<ChannelKey, Long> current = new HashMap<>();
  /** The ids of every row held. */
  private final Set<Long> ids = new HashSet<>();
  private long seq;

  /** Adds or replaces the row; true when it was not here before. */
  boolean put(OutboxRow row) {
    if (byChannel.computeIfAbsent(row.channel(), c -> new TreeMap<>()).put(row.id(), row) != null) return false;
    ids.add(row.id());
    return true;
  }

  /** Whether the row with this id is held. */
  boolean holds(long id) {
    return ids.contains(id);
  }

  void remove(ChannelKey channel, long id) {
    TreeMap<Long, OutboxRow> rows = byChannel.get(channel);
    if (rows == null) return;
    if (rows.remove(id) != null) ids.remove(id);
    if (rows.isEmpty()) byChannel.remove(channel);
  }

  void removeChannel(ChannelKey channel) {
    TreeMap<Long, OutboxRow> rows = byChannel.remove(channel);
    if (rows != null) ids.removeAll(rows.keySet());
  }

  /** Replaces everything with {@code rows} (a reload from the store); every channel gets a turn at {@code now}. */
  void replace(Collection<OutboxRow> rows, Instant now) {
    byChannel.clear();
    ids.clear();
    turns.clear();
    current.clear();
    for (OutboxRow r : rows) put(r);
    for (ChannelKey c : byChannel.keySet()) schedule(c, now);
  }

  /** The channel's next turn is at {@code at} (replacing any other it had). */
  void schedule(ChannelKey channel, Instant at) {
    long s = seq++;
    current.put(channel, s);
    turns.add(new Turn(at, s, channel));
  }

  /**
   * Takes the channel whose turn is earliest, if it is due at {@code now} and the channel still has rows; it has no
   * turn until it is given one again.
   */
  Optional<ChannelKey> pollDue(Instant now) {
    while (!turns.isEmpty()) {
      Turn t = turns.peek();
      if (!isCurrent(t)) {
        turns.poll();
        continue;
      }
      if (t.at().isAfter(now)) return Optional.empty();
      turns.poll();
      current.remove(t.channel());
      if (byChannel.containsKey(t.channel())) return Optional.of(t.channel());
    }
    return Optional.empty();
  }

  /** When the earliest turn of a channel with rows is; empty when none has one. */
  Optional<Instant> nextTurn() {
    while (!turns.isEmpty()) {
      Turn t = turns.peek();
      if (isCurrent(t) && byChannel.containsKey(t.channel())) return Optional.of(t.at());
      turns.poll();
      if (isCurrent(t)) current.remove(t.channel());
    }
    return Optional.empty();
  }

  private boolean isCurrent(Turn t) {
    Long s = current.get(t.channel());
    return s != null && s == t.seq();
  }

  boolean isEmpty() {
    return byChannel.isEmpty();
  }

  int size() {
    return ids.size();
  }

  /** The channel's row that may go at {@code now}: its first post if due, else its first due update. */
  Optional<OutboxRow> next(ChannelKey channel, Instant now) {
    TreeMap<Long, OutboxRow> rows = byChannel.get(channel);
    if (rows == null) return Optional.empty();
    boolean firstPost = true;
    OutboxRow update = null;
    for (OutboxRow r : rows.values()) {
      boolean due = !r.nextAttemptAt().isAfter(now);
      if (r.entry().kind().posts()) {
        if (firstPost && due) return Optional.of(r);
        firstPost = false;
      } else if (due && update == null) {
        update = r;
      }
      if (!firstPost && update != null) break;
    }
    return Optional.ofNullable(update);
  }

  /** When the channel next has a row due, ignoring rate limits; empty when it has none. */
  Optional<Instant> nextDue(ChannelKey channel) {
    TreeMap<Long, OutboxRow> rows = byChannel.get(channel);
    if (rows == null) return Optional.empty();
    Instant best = null;
    boolean firstPost = true;
    for (OutboxRow r : rows.values()) {
      if (r.entry().kind().posts()) {
        if (!firstPost) continue;
        firstPost = false;
      }
      if (best == null || r.nextAttemptAt().isBefore(best)) best = r.nextAttemptAt();
    }
    return Optional.ofNullable(best);
  }
}
