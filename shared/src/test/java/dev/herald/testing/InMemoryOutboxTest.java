package dev.herald.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.store.ChannelPacing;
import dev.herald.store.ChannelPauses;
import dev.herald.store.Database;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxClaim;
import dev.herald.store.OutboxClaims;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxQueue;
import dev.herald.store.OutboxResult;
import dev.herald.store.OutboxRow;
import dev.herald.store.OutboxStore;
import dev.herald.store.OutboxStores;
import dev.herald.store.PostedMessages;
import dev.herald.store.Stores;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox role fakes answer as the SQLite store does: each scenario runs against both, so that delivery tests
 * over the fakes test what production would do.
 */
class InMemoryOutboxTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  static final ChannelKey C1 = ChannelKey.of(Platform.SLACK, "T1", "C1");
  static final ChannelKey C2 = ChannelKey.of(Platform.SLACK, "T1", "C2");

  /** The four roles of one outbox. */
  record Roles(OutboxQueue queue, OutboxClaims claims, ChannelPauses pauses, PostedMessages posted) {}

  final MutableClock clock = new MutableClock(T);
  Database db;

  static Stream<String> outboxes() {
    return Stream.of("in-memory", "sqlite");
  }

  Roles roles(String kind) {
    if (kind.equals("in-memory")) {
      InMemoryOutbox o = new InMemoryOutbox(clock);
      return new Roles(o.queue, o.claims, o.pauses, o.posted);
    }
    db = Database.inMemory();
    Stores stores = Stores.sql(db, clock);
    stores.channels().save(Channel.of(C1, ZoneId.of("UTC")));
    stores.channels().save(Channel.of(C2, ZoneId.of("UTC")));
    OutboxStore s = OutboxStores.sql(db, clock).outbox();
    return new Roles(s, s, s, s);
  }

  @AfterEach
  void close() {
    if (db != null) db.close();
  }

  static OutboxEntry post(ChannelKey channel, long story, int version) {
    return OutboxEntry.post(channel, DeliveryKind.BRIEFING, story, version, Optional.of("Daily briefing"), T);
  }

  static long id(Roles r, OutboxEntry e) {
    return r.queue().find(e.key()).orElseThrow().id();
  }

  @ParameterizedTest
  @MethodSource("outboxes")
  void aKeyIsEnqueuedOnceAndPendingRowsComeOldestFirst(String kind) {
    Roles r = roles(kind);
    assertEquals(2, r.queue().enqueue(List.of(post(C1, 1, 1), post(C2, 2, 1))));
    assertEquals(0, r.queue().enqueue(List.of(post(C1, 1, 1))));
    List<OutboxRow> pending = r.claims().pending(Platform.SLACK, 10);
    assertEquals(List.of(C1, C2), pending.stream().map(OutboxRow::channel).toList());
    assertEquals(List.of(C2), r.claims().pendingAfter(Platform.SLACK, pending.get(0).id(), 10).stream()
        .map(OutboxRow::channel).toList());
    assertEquals(Map.of(Platform.SLACK, 2), r.queue().unsentByPlatform());
    assertEquals(1, r.queue().unsent(C1));
  }

  @ParameterizedTest
  @MethodSource("outboxes")
  void aClaimHoldsRowsForItsOwnerUntilReleasedOrItsLeaseRunsOut(String kind) {
    Roles r = roles(kind);
    OutboxEntry a = post(C1, 1, 1);
    OutboxEntry b = post(C2, 2, 1);
    r.queue().enqueue(List.of(a, b));
    long ia = id(r, a);
    long ib = id(r, b);
    assertEquals(List.of(ia, ib), r.claims().claim(List.of(ia, ib), "w1", T.plusSeconds(30)));
    assertEquals(List.of(), r.claims().claim(List.of(ia), "w2", T.plusSeconds(30)));
    OutboxRow claimed = r.queue().find(a.key()).orElseThrow();
    assertEquals(DeliveryState.CLAIMED, claimed.state());
    assertTrue(claimed.maybePosted());
    assertEquals(Set.of(ia, ib), r.claims().renew("w1", T.plusSeconds(60)));
    r.claims().release(List.of(ib), "w2", T); // not w2's: left alone
    assertEquals(0, r.claims().requeues());
    r.claims().release(List.of(ib), "w1", T);
    assertEquals(DeliveryState.PENDING, r.queue().find(b.key()).orElseThrow().state());
    assertEquals(1, r.claims().requeues(), "a claim given back counts once");
    assertEquals(0, r.claims().reclaimExpired(T.plusSeconds(59)));
    assertEquals(1, r.claims().requeues());
    assertEquals(1, r.claims().reclaimExpired(T.plusSeconds(61)));
    assertEquals(2, r.claims().requeues(), "a reclaim that returned rows counts once");
    assertEquals(Set.of(), r.claims().renew("w1", T.plusSeconds(90)));
  }

  @ParameterizedTest
  @MethodSource("outboxes")
  void aChannelsLimitRefusesAClaimUntilItsAnswersLeaveTheWindow(String kind) {
    Roles r = roles(kind);
    OutboxEntry first = post(C1, 1, 1);
    OutboxEntry second = post(C1, 2, 1);
    r.queue().enqueue(List.of(first, second));
    ChannelPacing pacing = new ChannelPacing(1, Duration.ofSeconds(1));
    long i1 = id(r, first);
    long i2 = id(r, second);
    assertEquals(List.of(i1), r.claims().claim(List.of(i1), "w1", T.plusSeconds(30), pacing).claimed());
    r.claims().record(List.of(OutboxResult.sent(i1, first, "m1", 1, T).withAnswered(List.of(T))));
    OutboxClaim refused = r.claims().claim(List.of(i1, i2), "w2", T.plusSeconds(30), pacing);
    assertEquals(List.of(), refused.claimed());
    assertEquals(Set.of(i1), refused.gone());
    assertEquals(Map.of(C1, T.plusSeconds(1)), refused.pacedUntil());
    clock.set(T.plusSeconds(1));
    assertEquals(List.of(i2), r.claims().claim(List.of(i2), "w2", T.plusSeconds(30), pacing).claimed());
    assertEquals(Map.of("w1", 1), r.claims().sentBy(Platform.SLACK));
  }

  @ParameterizedTest
  @MethodSource("outboxes")
  void resultsMoveTheRowAndASentPostIsAPostedMessage(String kind) {
    Roles r = roles(kind);
    OutboxEntry e = post(C1, 1, 1);
    r.queue().enqueue(List.of(e));
    long id = id(r, e);
    r.queue().retry(id, T.plusSeconds(5), "HTTP 503", true, true);
    r.queue().retry(id, T.plusSeconds(9), "ratelimited", false, false);
    OutboxRow retried = r.queue().find(e.key()).orElseThrow();
    assertEquals(List.of(1, 1, 0), List.of(retried.attempts(), retried.rateLimited(), retried.maybePosted() ? 1 : 0));
    assertEquals(T.plusSeconds(9), retried.nextAttemptAt());
    assertEquals(OptionalInt.of(1), r.posted().toldVersion(C1, 1));
    r.queue().sent(id, "m1", 1, T.plusSeconds(10));
    assertEquals(Optional.of("m1"), r.queue().find(e.key()).orElseThrow().messageId());
    assertEquals(List.of("m1"), r.posted().postedFor(1).stream().map(p -> p.messageId()).toList());
    assertTrue(r.posted().seen(C1, 1, 1));
    assertFalse(r.posted().seen(C1, 1, 2));

    OutboxEntry edit = OutboxEntry.update(C1, 1, 2, "m1", T);
    r.queue().enqueue(List.of(edit));
    assertTrue(r.posted().updatePending(C1, "m1"));
    r.queue().sent(id(r, edit), "m1", 2, T.plusSeconds(20));
    assertFalse(r.posted().updatePending(C1, "m1"));
    assertTrue(r.posted().seen(C1, 1, 2));
    assertEquals(List.of(T.plusSeconds(20)), r.posted().editsSince(C1, "m1", T));
    assertEquals(OptionalInt.of(1), r.posted().toldVersion(C1, 1), "an edit tells no new version");
  }

  @ParameterizedTest
  @MethodSource("outboxes")
  void aPauseParksTheChannelsRowsAndResumeRequeuesThem(String kind) {
    Roles r = roles(kind);
    OutboxEntry a = post(C1, 1, 1);
    r.queue().enqueue(List.of(a, post(C1, 2, 1), post(C2, 3, 1)));
    r.queue().retry(id(r, a), T, "HTTP 503", true, false);
    assertEquals(2, r.pauses().pause(C1, "channel_not_found", T));
    assertEquals(0, r.pauses().pause(C1, "again", T));
    assertEquals("channel_not_found", r.pauses().pause(C1).orElseThrow().reason());
    assertEquals(2, r.pauses().parked(C1).size());
    assertEquals("channel paused: channel_not_found", r.pauses().parked(C1).get(0).lastError().orElseThrow());
    assertEquals(List.of(C2), r.claims().pending(Platform.SLACK, 10).stream().map(OutboxRow::channel).toList());
    assertEquals(0, r.claims().requeues(), "parking is not a requeue");
    assertEquals(2, r.pauses().resume(C1, T.plusSeconds(60)));
    assertEquals(1, r.claims().requeues(), "a resume that requeued rows counts once");
    assertEquals(0, r.pauses().resume(C1, T.plusSeconds(70)));
    assertEquals(1, r.claims().requeues());
    assertTrue(r.pauses().pause(C1).isEmpty());
    OutboxRow back = r.queue().find(a.key()).orElseThrow();
    assertEquals(List.of(0, 0), List.of(back.attempts(), back.rateLimited()));
    assertEquals(T.plusSeconds(60), back.nextAttemptAt());
  }

  @ParameterizedTest
  @MethodSource("outboxes")
  void sendersAreThoseSeenSinceAndALeaverIsForgotten(String kind) {
    Roles r = roles(kind);
    assertEquals(List.of("b"), r.claims().senders(Platform.SLACK, "b", T, T));
    assertEquals(List.of("a", "b"), r.claims().senders(Platform.SLACK, "a", T.plusSeconds(1), T));
    assertEquals(List.of("a"), r.claims().senders(Platform.SLACK, "a", T.plusSeconds(2), T.plusSeconds(1)));
    r.claims().leave(Platform.SLACK, "a");
    assertEquals(List.of("c"), r.claims().senders(Platform.SLACK, "c", T.plusSeconds(3), T.plusSeconds(1)));
  }

  @ParameterizedTest
  @MethodSource("outboxes")
  void purgeDeletesDoneRowsLastTouchedBefore(String kind) {
    Roles r = roles(kind);
    OutboxEntry done = post(C1, 1, 1);
    OutboxEntry waiting = post(C2, 2, 1);
    r.queue().enqueue(List.of(done, waiting));
    r.queue().sent(id(r, done), "m1", 1, T);
    assertEquals(1, r.queue().purge(T.plusSeconds(1)));
    assertTrue(r.queue().find(done.key()).isEmpty());
    assertTrue(r.queue().find(waiting.key()).isPresent());
  }
}
