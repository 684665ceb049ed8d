package dev.herald.testing;

import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.store.ChannelPause;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxResult;
import dev.herald.store.OutboxRow;
import dev.herald.store.PostedMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The outbox in memory, in the four roles of the SQL store: a fake of each role ({@link #queue}, {@link #claims},
 * {@link #pauses}, {@link #posted}) over one set of rows, so that a pause parks queued rows and a sent row becomes a
 * posted message, as in the store's transactions. For tests of delivery's logic; the SQL itself is tested against
 * the real store ({@code OutboxStoreTest}). Each call holds this object's lock, as each store call is a transaction.
 */
public final class InMemoryOutbox {
  /** A row as the store keeps it: the outbox columns, mutable under the outbox's lock. */
  static final class Row {
    final long id;
    final OutboxEntry entry;
    final Instant createdAt;
    DeliveryState state = DeliveryState.PENDING;
    int attempts;
    int rateLimited;
    boolean maybePosted;
    Instant nextAttemptAt;
    String lastError;
    String messageId;
    String claimedBy;
    Instant leaseUntil;
    Instant updatedAt;

    Row(long id, OutboxEntry entry, Instant now) {
      this.id = id;
      this.entry = entry;
      this.createdAt = now;
      this.nextAttemptAt = entry.notBefore();
      this.updatedAt = now;
    }

    boolean in(DeliveryState... states) {
      return List.of(states).contains(state);
    }

    OutboxRow snapshot() {
      return new OutboxRow(id, entry, state, attempts, rateLimited, maybePosted, nextAttemptAt,
          Optional.ofNullable(lastError), Optional.ofNullable(messageId), createdAt);
    }
  }

  /** A request the platform answered for a channel, kept (as the store does) to the millisecond rounded up. */
  record Answer(Platform platform, ChannelKey channel, long atMillis) {}

  /** An edit of a posted message. */
  record Edit(ChannelKey channel, String messageId, int version, Instant at) {}

  final Clock clock;
  final TreeMap<Long, Row> rows = new TreeMap<>();
  final Map<String, Long> idsByKey = new HashMap<>();
  final List<PostedMessage> posts = new ArrayList<>();
  final List<Edit> edits = new ArrayList<>();
  final Map<ChannelKey, ChannelPause> paused = new HashMap<>();
  final List<Answer> answers = new ArrayList<>();
  final Map<Platform, Map<String, Instant>> senders = new HashMap<>();
  long nextId = 1;
  /** Transactions that put rows back to pending with their old ids (see {@code OutboxClaims#requeues}). */
  long requeues;

  public final InMemoryOutboxQueue queue;
  public final InMemoryOutboxClaims claims;
  public final InMemoryChannelPauses pauses;
  public final InMemoryPostedMessages posted;

  /** {@code clock} stamps the rows, as the store's clock does. */
  public InMemoryOutbox(Clock clock) {
    this.clock = clock;
    this.queue = new InMemoryOutboxQueue(this);
    this.claims = new InMemoryOutboxClaims(this);
    this.pauses = new InMemoryChannelPauses(this);
    this.posted = new InMemoryPostedMessages(this);
  }

  Stream<Row> rows(ChannelKey channel) {
    return rows.values().stream().filter(r -> r.entry.channel().equals(channel));
  }

  Row row(long id) {
    Row r = rows.get(id);
    if (r == null) throw new IllegalArgumentException("no outbox row " + id);
    return r;
  }

  /** One attempt's result, as the store records it: the row's new state, a posted message or an edit, the answers. */
  void apply(OutboxResult r) {
    for (Instant at : r.answered()) {
      answers.add(new Answer(r.entry().channel().platform(), r.entry().channel(), ceilMillis(at)));
    }
    Row row = row(r.id());
    row.leaseUntil = null;
    switch (r.kind()) {
      case SENT:
        // claimedBy stays: which instance sent it
        row.state = DeliveryState.SENT;
        row.messageId = r.messageId().orElseThrow();
        row.maybePosted = false;
        row.lastError = null;
        row.updatedAt = r.at();
        posted(r);
        break;
      case RETRY:
        row.state = DeliveryState.PENDING;
        row.claimedBy = null;
        row.nextAttemptAt = r.at();
        row.lastError = r.error().orElse(null);
        if (r.countAttempt()) row.attempts++;
        else row.rateLimited++;
        row.maybePosted = r.maybePosted();
        row.updatedAt = clock.instant();
        break;
      default:
        row.state = DeliveryState.PARKED;
        row.claimedBy = null;
        row.lastError = r.error().orElse(null);
        row.updatedAt = r.at();
    }
  }

  private void posted(OutboxResult r) {
    OutboxEntry e = r.entry();
    if (e.kind() == DeliveryKind.UPDATE) {
      String target = e.targetMessage().orElseThrow();
      posts.replaceAll(p -> p.channel().equals(e.channel()) && p.messageId().equals(target)
          ? new PostedMessage(p.channel(), p.messageId(), p.storyId(), r.shownVersion(), p.kind(), p.banner(),
              p.postedAt())
          : p);
      edits.add(new Edit(e.channel(), target, r.shownVersion(), r.at()));
    } else if (e.kind() != DeliveryKind.NOTICE) {
      String id = r.messageId().orElseThrow();
      if (posts.stream().noneMatch(p -> p.channel().equals(e.channel()) && p.messageId().equals(id))) {
        posts.add(new PostedMessage(e.channel(), id, e.storyId(), r.shownVersion(), e.kind(), e.banner(), r.at()));
      }
    }
  }

  static long ceilMillis(Instant t) {
    long ms = t.toEpochMilli();
    return t.getNano() % 1_000_000 == 0 ? ms : ms + 1;
  }
}
