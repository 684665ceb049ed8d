package dev.herald.testing;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.store.ChannelPause;
import dev.herald.store.ChannelPauses;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxRow;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link ChannelPauses} in memory: a pause parks the channel's pending rows. See {@link InMemoryOutbox}. */
public final class InMemoryChannelPauses implements ChannelPauses {
  private final InMemoryOutbox o;

  InMemoryChannelPauses(InMemoryOutbox outbox) {
    this.o = outbox;
  }

  @Override
  public int pause(ChannelKey channel, String reason, Instant at) {
    synchronized (o) {
      o.paused.putIfAbsent(channel, new ChannelPause(channel, reason, at));
      List<InMemoryOutbox.Row> pending = o.rows(channel).filter(r -> r.in(DeliveryState.PENDING)).toList();
      for (InMemoryOutbox.Row r : pending) {
        r.state = DeliveryState.PARKED;
        r.lastError = "channel paused: " + reason;
        r.updatedAt = at;
      }
      return pending.size();
    }
  }

  @Override
  public Optional<ChannelPause> pause(ChannelKey channel) {
    synchronized (o) {
      return Optional.ofNullable(o.paused.get(channel));
    }
  }

  @Override
  public Set<ChannelKey> paused(Platform platform) {
    synchronized (o) {
      Set<ChannelKey> out = new HashSet<>();
      for (ChannelKey k : o.paused.keySet()) if (k.platform() == platform) out.add(k);
      return out;
    }
  }

  @Override
  public int resume(ChannelKey channel, Instant now) {
    synchronized (o) {
      o.paused.remove(channel);
      List<InMemoryOutbox.Row> parked = o.rows(channel).filter(r -> r.in(DeliveryState.PARKED)).toList();
      for (InMemoryOutbox.Row r : parked) {
        r.state = DeliveryState.PENDING;
        r.attempts = 0;
        r.rateLimited = 0;
        r.nextAttemptAt = now;
        r.updatedAt = now;
      }
      if (!parked.isEmpty()) o.requeues++;
      return parked.size();
    }
  }

  @Override
  public List<OutboxRow> parked(ChannelKey channel) {
    synchronized (o) {
      return o.rows(channel).filter(r -> r.in(DeliveryState.PARKED)).map(InMemoryOutbox.Row::snapshot).toList();
    }
  }
}
