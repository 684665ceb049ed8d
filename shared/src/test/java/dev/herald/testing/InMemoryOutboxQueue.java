package dev.herald.testing;

import dev.herald.model.AlertRecord;
import dev.herald.model.Briefing;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.store.BriefingRun;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxQueue;
import dev.herald.store.OutboxResult;
import dev.herald.store.OutboxRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link OutboxQueue} in memory: one row per key, as the store keeps them. See {@link InMemoryOutbox}. */
public final class InMemoryOutboxQueue implements OutboxQueue {
  private final InMemoryOutbox o;
  /** The alerts recorded with their sends, oldest first. */
  public final List<AlertRecord> alerts = new ArrayList<>();
  /** The briefing runs recorded with their sends, oldest first. */
  public final List<BriefingRun> runs = new ArrayList<>();

  InMemoryOutboxQueue(InMemoryOutbox outbox) {
    this.o = outbox;
  }

  @Override
  public int enqueue(List<OutboxEntry> entries) {
    synchronized (o) {
      int added = 0;
      for (OutboxEntry e : entries) {
        if (o.idsByKey.containsKey(e.key())) continue;
        long id = o.nextId++;
        o.rows.put(id, new InMemoryOutbox.Row(id, e, o.clock.instant()));
        o.idsByKey.put(e.key(), id);
        added++;
      }
      return added;
    }
  }

  @Override
  public boolean enqueueAlert(OutboxEntry entry, AlertRecord alert) {
    synchronized (o) {
      if (enqueue(List.of(entry)) == 0) return false;
      alerts.add(alert);
      return true;
    }
  }

  @Override
  public boolean enqueueBriefing(BriefingRun run, Optional<Briefing> briefing, List<OutboxEntry> entries) {
    synchronized (o) {
      if (runs.stream().anyMatch(r -> r.channel().equals(run.channel()) && r.date().equals(run.date()))) {
        return false;
      }
      runs.add(run);
      enqueue(entries);
      return true;
    }
  }

  @Override
  public void sent(long id, String messageId, int shownVersion, Instant at) {
    synchronized (o) {
      o.apply(OutboxResult.sent(id, o.row(id).entry, messageId, shownVersion, at));
    }
  }

  @Override
  public void retry(long id, Instant at, String error, boolean countAttempt, boolean maybePosted) {
    synchronized (o) {
      o.apply(OutboxResult.retry(id, o.row(id).entry, at, error, countAttempt, maybePosted));
    }
  }

  @Override
  public void park(long id, String reason, Instant at) {
    synchronized (o) {
      o.apply(OutboxResult.parked(id, o.row(id).entry, reason, at));
    }
  }

  @Override
  public int unsent(ChannelKey channel) {
    synchronized (o) {
      return (int) o.rows(channel).filter(r -> r.in(DeliveryState.PENDING, DeliveryState.CLAIMED)).count();
    }
  }

  @Override
  public Map<Platform, Integer> unsentByPlatform() {
    synchronized (o) {
      Map<Platform, Integer> out = new EnumMap<>(Platform.class);
      for (InMemoryOutbox.Row r : o.rows.values()) {
        if (r.in(DeliveryState.PENDING, DeliveryState.CLAIMED)) {
          out.merge(r.entry.channel().platform(), 1, Integer::sum);
        }
      }
      return out;
    }
  }

  @Override
  public Optional<OutboxRow> find(String key) {
    synchronized (o) {
      return Optional.ofNullable(o.idsByKey.get(key)).map(id -> o.rows.get(id).snapshot());
    }
  }

  @Override
  public int purge(Instant before) {
    synchronized (o) {
      o.edits.removeIf(e -> e.at().isBefore(before));
      List<InMemoryOutbox.Row> done = o.rows.values().stream()
          .filter(r -> r.in(DeliveryState.SENT, DeliveryState.PARKED) && r.updatedAt.isBefore(before)).toList();
      for (InMemoryOutbox.Row r : done) {
        o.rows.remove(r.id);
        o.idsByKey.remove(r.entry.key());
      }
      return done.size();
    }
  }
}
