package dev.herald.testing;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.store.ChannelPacing;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxClaim;
import dev.herald.store.OutboxClaims;
import dev.herald.store.OutboxRef;
import dev.herald.store.OutboxResult;
import dev.herald.store.OutboxRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link OutboxClaims} in memory, as the SQLite store claims: row by row, each channel's limit kept from the answers
 * recorded by every worker. It can also look like a database other instances share: rows whose transaction has not
 * committed yet ({@link #uncommitted}), a commit skew, claims refused because another instance holds the channel
 * ({@link #refuseNext}), and a database out of reach when leases are renewed ({@link #renewFails}). See {@link
 * InMemoryOutbox}.
 */
public final class InMemoryOutboxClaims implements OutboxClaims {
  private final InMemoryOutbox o;
  private final Set<Long> uncommitted = new HashSet<>();
  private final List<List<Long>> requests = new ArrayList<>();
  private final List<Long> wholeRowsRead = new ArrayList<>();
  private Duration commitSkew = Duration.ZERO;
  private int refusals;
  private volatile boolean renewFails;
  private volatile java.util.concurrent.CountDownLatch sendersStuck;
  private final java.util.concurrent.atomic.AtomicInteger sendersCalls = new java.util.concurrent.atomic.AtomicInteger();

  InMemoryOutboxClaims(InMemoryOutbox outbox) {
    this.o = outbox;
  }

  /** From now on, rows may become visible this long after rows with higher ids (as on a shared database). */
  public void commitSkew(Duration skew) {
    this.commitSkew = skew;
  }

  /** Ids whose transaction has not committed: invisible to {@link #pending} until removed from this set. */
  public Set<Long> uncommitted() {
    return uncommitted;
  }

  /** The next {@code n} claims are refused whole, as when another instance holds their channels. */
  public void refuseNext(int n) {
    refusals = n;
  }

  /** While {@code fails}, {@link #renew} throws, as when the database cannot be reached. */
  public void renewFails(boolean fails) {
    renewFails = fails;
  }

  /** From now on {@link #senders} waits for {@code latch} before it answers, as a database that is slow to. */
  public void sendersWaitFor(java.util.concurrent.CountDownLatch latch) {
    sendersStuck = latch;
  }

  /** How often {@link #senders} was called. */
  public int sendersCalls() {
    return sendersCalls.get();
  }

  /** The ids {@link #pendingRows} was asked for, in order. */
  public List<Long> wholeRowsRead() {
    synchronized (o) {
      return List.copyOf(wholeRowsRead);
    }
  }

  /** The ids each claim asked for, in order. */
  public List<List<Long>> claimRequests() {
    synchronized (o) {
      return List.copyOf(requests);
    }
  }

  @Override
  public Duration commitSkew() {
    return commitSkew;
  }

  @Override
  public List<OutboxRow> pending(Platform platform, int limit) {
    return pendingAfter(platform, 0, limit);
  }

  @Override
  public List<OutboxRow> pendingAfter(Platform platform, long afterId, int limit) {
    synchronized (o) {
      return o.rows.tailMap(afterId, false).values().stream()
          .filter(r -> r.in(DeliveryState.PENDING) && r.entry.channel().platform() == platform)
          .filter(r -> !uncommitted.contains(r.id))
          .limit(limit).map(InMemoryOutbox.Row::snapshot).toList();
    }
  }

  @Override
  public List<OutboxRef> pendingRefs(Platform platform, long afterId, int limit) {
    return pendingAfter(platform, afterId, limit).stream().map(r -> new OutboxRef(r.id(), r.channel().toString()))
        .toList();
  }

  @Override
  public List<OutboxRow> pendingRows(Collection<Long> ids) {
    synchronized (o) {
      wholeRowsRead.addAll(ids);
      return new TreeSet<>(ids).stream().map(o.rows::get)
          .filter(r -> r != null && r.in(DeliveryState.PENDING) && !uncommitted.contains(r.id))
          .map(InMemoryOutbox.Row::snapshot).toList();
    }
  }

  @Override
  public OutboxClaim claim(Collection<Long> ids, String owner, Instant leaseUntil, ChannelPacing pacing) {
    synchronized (o) {
      requests.add(List.copyOf(ids));
      if (refusals > 0) {
        refusals--;
        return new OutboxClaim(List.of(), Set.of(), Map.of());
      }
      Instant now = o.clock.instant();
      List<Long> claimed = new ArrayList<>();
      for (long id : ids) {
        InMemoryOutbox.Row r = o.rows.get(id);
        if (r == null || !r.in(DeliveryState.PENDING) || answered(r.entry.channel(), pacing, now).size()
            >= (pacing.limited() ? pacing.burst() : Integer.MAX_VALUE)) {
          continue;
        }
        r.state = DeliveryState.CLAIMED;
        r.claimedBy = owner;
        r.leaseUntil = leaseUntil;
        r.maybePosted = true;
        r.updatedAt = now;
        claimed.add(id);
      }
      return refusals(ids, claimed, pacing, now);
    }
  }

  /** The channel's answers inside the window, newest first (none counted without a limit). */
  private List<Long> answered(ChannelKey channel, ChannelPacing pacing, Instant now) {
    if (!pacing.limited()) return List.of();
    long from = InMemoryOutbox.ceilMillis(now.minus(pacing.window()));
    return o.answers.stream().filter(a -> a.channel().equals(channel) && a.atMillis() > from)
        .map(InMemoryOutbox.Answer::atMillis).sorted((a, b) -> Long.compare(b, a)).toList();
  }

  /** Why the rows not claimed were not: gone (no longer pending), or their channel's limit. */
  private OutboxClaim refusals(Collection<Long> ids, List<Long> claimed, ChannelPacing pacing, Instant now) {
    Set<Long> gone = new HashSet<>();
    Set<ChannelKey> waiting = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    for (long id : ids) {
      if (claimed.contains(id)) continue;
      InMemoryOutbox.Row r = o.rows.get(id);
      if (r == null || !r.in(DeliveryState.PENDING)) gone.add(id);
      else waiting.add(r.entry.channel());
    }
    Map<ChannelKey, Instant> paced = new HashMap<>();
    for (ChannelKey channel : waiting) {
      List<Long> answers = answered(channel, pacing, now);
      if (pacing.limited() && answers.size() >= pacing.burst()) {
        paced.put(channel, Instant.ofEpochMilli(answers.get(pacing.burst() - 1)).plus(pacing.window()));
      }
    }
    return new OutboxClaim(claimed, gone, paced);
  }

  @Override
  public Set<Long> renew(String owner, Instant leaseUntil) {
    if (renewFails) throw new IllegalStateException("the database is unreachable");
    synchronized (o) {
      Set<Long> held = new HashSet<>();
      for (InMemoryOutbox.Row r : o.rows.values()) {
        if (r.in(DeliveryState.CLAIMED) && owner.equals(r.claimedBy)) {
          r.leaseUntil = leaseUntil;
          held.add(r.id);
        }
      }
      return held;
    }
  }

  @Override
  public void release(Collection<Long> ids, String owner, Instant now) {
    synchronized (o) {
      boolean released = false;
      for (long id : ids) {
        InMemoryOutbox.Row r = o.rows.get(id);
        if (r == null || !r.in(DeliveryState.CLAIMED) || !owner.equals(r.claimedBy)) continue;
        r.state = DeliveryState.PENDING;
        r.claimedBy = null;
        r.leaseUntil = null;
        r.nextAttemptAt = now;
        r.updatedAt = now;
        released = true;
      }
      if (released) o.requeues++;
    }
  }

  @Override
  public void requeued() {
    synchronized (o) {
      o.requeues++;
    }
  }

  @Override
  public int reclaimExpired(Instant now) {
    synchronized (o) {
      int n = 0;
      for (InMemoryOutbox.Row r : o.rows.values()) {
        if (r.in(DeliveryState.CLAIMED) && r.leaseUntil.isBefore(now)) {
          r.state = DeliveryState.PENDING;
          r.claimedBy = null;
          r.leaseUntil = null;
          r.updatedAt = now;
          n++;
        }
      }
      if (n > 0) o.requeues++;
      return n;
    }
  }

  @Override
  public long requeues() {
    synchronized (o) {
      return o.requeues;
    }
  }

  @Override
  public void record(List<OutboxResult> results) {
    synchronized (o) {
      results.forEach(o::apply);
    }
  }

  @Override
  public int forgetAnswers(Platform platform, Instant before) {
    synchronized (o) {
      int n = o.answers.size();
      o.answers.removeIf(a -> a.platform() == platform && a.atMillis() < before.toEpochMilli());
      return n - o.answers.size();
    }
  }

  @Override
  public List<String> senders(Platform platform, String owner, Instant now, Instant since) {
    sendersCalls.incrementAndGet();
    java.util.concurrent.CountDownLatch stuck = sendersStuck;
    if (stuck != null) {
      try {
        stuck.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    synchronized (o) {
      Map<String, Instant> seen = o.senders.computeIfAbsent(platform, p -> new TreeMap<>());
      seen.put(owner, now);
      seen.values().removeIf(at -> at.isBefore(since));
      return List.copyOf(seen.keySet());
    }
  }

  @Override
  public Map<String, Integer> sentBy(Platform platform) {
    synchronized (o) {
      Map<String, Integer> counts = new TreeMap<>();
      for (InMemoryOutbox.Row r : o.rows.values()) {
        if (r.in(DeliveryState.SENT) && r.claimedBy != null && r.entry.channel().platform() == platform) {
          counts.merge(r.claimedBy, 1, Integer::sum);
        }
      }
      return counts;
    }
  }

  @Override
  public void leave(Platform platform, String owner) {
    synchronized (o) {
      o.senders.getOrDefault(platform, new TreeMap<>()).remove(owner);
    }
  }
}
