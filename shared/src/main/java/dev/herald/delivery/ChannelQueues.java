package dev.herald.delivery;

import dev.herald.model.ChannelKey;
import dev.herald.model.OutboxRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dispatcher's in-memory view of one platform's pending rows, per channel. Posts leave in the order they were
 * enqueued (a briefing's stories stay in rank order: a post waiting for its retry holds back the posts after it);
 * updates never wait behind posts or hold them back. Operations are idempotent by row id, so a reload from the store
 * and a late completion agree. Not thread-safe: only the dispatcher thread touches it.
 */
final class ChannelQueues {
  private final Map<ChannelKey, TreeMap<Long, OutboxRow>> byChannel = new LinkedHashMap<>();

  void put(OutboxRow row) {
    byChannel.computeIfAbsent(row.channel(), c -> new TreeMap<>()).put(row.id(), row);
  }

  void remove(ChannelKey channel, long id) {
    TreeMap<Long, OutboxRow> rows = byChannel.get(channel);
    if (rows == null) return;
    rows.remove(id);
    if (rows.isEmpty()) byChannel.remove(channel);
  }

  void removeChannel(ChannelKey channel) {
    byChannel.remove(channel);
  }

  /** Replaces everything with {@code rows} (a reload from the store). */
  void replace(Collection<OutboxRow> rows) {
    byChannel.clear();
    for (OutboxRow r : rows) put(r);
  }

  boolean isEmpty() {
    return byChannel.isEmpty();
  }

  int size() {
    int n = 0;
    for (TreeMap<Long, OutboxRow> rows : byChannel.values()) n += rows.size();
    return n;
  }

  List<ChannelKey> channels() {
    return new ArrayList<>(byChannel.keySet());
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
