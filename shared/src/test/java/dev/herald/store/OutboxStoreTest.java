package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.model.AlertRecord;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.testing.MutableClock;
import dev.herald.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox's own rules, on a real SQLite file and a real PostgreSQL database. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class OutboxStoreTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  @Parameter TestDatabase kind;
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(T);
  Database db;
  OutboxStores delivery;
  final ChannelKey c1 = ChannelKey.of(Platform.DISCORD, "G1", "1");

  @BeforeEach
  void open() {
    db = kind == TestDatabase.SQLITE ? Database.open(dir.resolve("herald.db")) : kind.open();
    Stores.sql(db, clock).channels().save(Channel.of(c1, ZoneId.of("UTC")));
    delivery = OutboxStores.sql(db, clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  OutboxEntry alert(long story) {
    return OutboxEntry.post(c1, DeliveryKind.ALERT, story, 1, Optional.of("New on ai"), T);
  }

  OutboxRow row(OutboxEntry e) {
    return delivery.outbox().find(e.key()).orElseThrow();
  }

  @Test
  void theKeyNamesPlatformWorkspaceChannelStoryVersionAndKind() {
    assertEquals("discord:G1:1/7/1/alert", alert(7).key());
    assertEquals("discord:G1:1/7/3/update/m9", OutboxEntry.update(c1, 7, 3, "m9", T).key());
  }

  @Test
  void anAlertIsRecordedWithItsSendOrNotAtAll() {
    AlertRecord a = new AlertRecord(c1, 7, 1, 2, "ai", false, T);
    assertTrue(delivery.outbox().enqueueAlert(alert(7), a));
    assertFalse(delivery.outbox().enqueueAlert(alert(7), a));
    assertEquals(1, delivery.history().alertsSince(c1, T));
    assertEquals(Optional.of(T), delivery.history().lastAlertAt(c1));
  }

  @Test
  void aClaimHeldByADeadWorkerReturnsAfterItsLeaseAndStaysMaybePosted() {
    delivery.outbox().enqueue(List.of(alert(7)));
    long id = row(alert(7)).id();
    assertEquals(List.of(id), delivery.outbox().claim(List.of(id), "w1", T.plusSeconds(30)));
    assertEquals(List.of(), delivery.outbox().claim(List.of(id), "w2", T.plusSeconds(30)), "claimed once");
    assertEquals(0, delivery.outbox().reclaimExpired(T.plusSeconds(29)));
    delivery.outbox().renew("w1", T.plusSeconds(60));
    assertEquals(0, delivery.outbox().reclaimExpired(T.plusSeconds(59)));
    assertEquals(1, delivery.outbox().reclaimExpired(T.plusSeconds(61)));
    OutboxRow back = row(alert(7));
    assertEquals(DeliveryState.PENDING, back.state());
    assertTrue(back.maybePosted());
  }

  @Test
  void rowsPutBackToPendingWithTheirOldIdsAreCountedOncePerTransactionForEveryInstancesSweep() {
    OutboxStore outbox = delivery.outbox();
    assertEquals(0, outbox.requeues());
    outbox.enqueue(List.of(alert(7), alert(8)));
    long a = row(alert(7)).id();
    assertEquals(0, outbox.reclaimExpired(T.plusSeconds(60)));
    assertEquals(0, outbox.resume(c1, T));
    assertEquals(0, outbox.requeues(), "nothing went back, nothing counted");

    outbox.claim(List.of(a), "w1", T.plusSeconds(30));
    assertEquals(1, outbox.reclaimExpired(T.plusSeconds(31)));
    assertEquals(1, outbox.requeues(), "a dead worker's claim returned");
    assertEquals(2, outbox.pause(c1, "channel_not_found", T.plusSeconds(40)));
    assertEquals(1, outbox.requeues(), "parking is not a requeue");
    assertEquals(java.util.Set.of(c1), outbox.paused(Platform.DISCORD));
    assertEquals(java.util.Set.of(), outbox.paused(Platform.SLACK));
    assertEquals(2, outbox.resume(c1, T.plusSeconds(50)));
    assertEquals(2, outbox.requeues(), "the parked rows were requeued, in one transaction");
    assertEquals(2, OutboxStores.sql(db, clock).outbox().requeues(), "the count is the database's");

    ChannelKey c2 = ChannelKey.of(Platform.DISCORD, "G1", "2");
    Stores.sql(db, clock).channels().save(Channel.of(c2, ZoneId.of("UTC")));
    OutboxEntry other = OutboxEntry.post(c2, DeliveryKind.ALERT, 9, 1, Optional.of("New on ai"), T);
    outbox.enqueue(List.of(other));
    long b = row(other).id();
    assertEquals(List.of(b), outbox.claim(List.of(b), "w1", T.plusSeconds(90)));
    outbox.release(List.of(b), "w2", T.plusSeconds(60));
    assertEquals(2, outbox.requeues(), "another worker's claim is not given back, nor counted");
    outbox.release(List.of(b), "w1", T.plusSeconds(60));
    assertEquals(DeliveryState.PENDING, row(other).state());
    assertEquals(3, outbox.requeues(), "a claim given back");
    outbox.requeued();
    assertEquals(4, outbox.requeues(), "a retry recorded on a channel another instance sends now");
  }

  @Test
  void releasedRowsArePendingAgainAndOldFinishedRowsArePurged() {
    delivery.outbox().enqueue(List.of(alert(7), alert(8)));
    long a = row(alert(7)).id();
    long b = row(alert(8)).id();
    delivery.outbox().claim(List.of(a, b), "w1", T.plusSeconds(30));
    delivery.outbox().release(List.of(b), "w1", T);
    assertEquals(DeliveryState.PENDING, row(alert(8)).state());
    delivery.outbox().sent(a, "m1", 1, T);
    assertEquals(0, delivery.outbox().purge(T));
    assertEquals(1, delivery.outbox().purge(T.plus(Duration.ofDays(1))));
    assertTrue(delivery.outbox().find(alert(7).key()).isEmpty());
    assertTrue(delivery.outbox().find(alert(8).key()).isPresent(), "unsent rows are never purged");
  }

  @Test
  void pendingRowsAreReadByIdAndChannelFirstAndWholeByIdOnlyWhilePending() {
    ChannelKey c2 = ChannelKey.of(Platform.DISCORD, "G1", "2");
    Stores.sql(db, clock).channels().save(Channel.of(c2, ZoneId.of("UTC")));
    OutboxEntry other = OutboxEntry.post(c2, DeliveryKind.ALERT, 9, 1, Optional.empty(), T);
    delivery.outbox().enqueue(List.of(alert(7), alert(8), other));
    long a = row(alert(7)).id();
    long b = row(alert(8)).id();
    long c = row(other).id();
    assertEquals(List.of(new OutboxRef(a, c1.toString()), new OutboxRef(b, c1.toString()),
        new OutboxRef(c, c2.toString())), delivery.outbox().pendingRefs(Platform.DISCORD, 0, 10));
    assertEquals(List.of(new OutboxRef(b, c1.toString())), delivery.outbox().pendingRefs(Platform.DISCORD, a, 1));
    assertEquals(List.of(), delivery.outbox().pendingRefs(Platform.SLACK, 0, 10));

    assertEquals(List.of(a), delivery.outbox().claim(List.of(a), "w1", T.plusSeconds(30)));
    // whole rows, oldest first whatever the order asked, only those still pending
    assertEquals(List.of(row(alert(8)), row(other)), delivery.outbox().pendingRows(List.of(c, b, a, b)));
    assertEquals(List.of(new OutboxRef(b, c1.toString()), new OutboxRef(c, c2.toString())),
        delivery.outbox().pendingRefs(Platform.DISCORD, 0, 10));
    assertEquals(List.of(), delivery.outbox().pendingRows(List.of()));
  }

  @Test
  void pendingRowsByIdTakeMoreIdsThanOneStatementsParameters() {
    java.util.List<OutboxEntry> many = new java.util.ArrayList<>();
    for (int i = 0; i < 1_203; i++) many.add(alert(1_000 + i));
    delivery.outbox().enqueue(many);
    List<Long> ids = delivery.outbox().pendingRefs(Platform.DISCORD, 0, 2_000).stream().map(OutboxRef::id).toList();
    assertEquals(1_203, ids.size());
    List<OutboxRow> rows = delivery.outbox().pendingRows(ids);
    assertEquals(ids, rows.stream().map(OutboxRow::id).toList());
    assertEquals(many.get(1_202).key(), rows.get(1_202).key());
  }

  /** A send of {@code row} by {@code owner}, answered at {@code answered}, recorded as its worker would. */
  void recordSent(long row, OutboxEntry e, Instant answered) {
    delivery.outbox().record(List.of(OutboxResult.sent(row, e, "m" + row, 1, answered).withAnswered(
        List.of(answered))));
  }

  @Test
  void aChannelsLimitHoldsForEveryWorkerThroughTheAnswersRecorded() {
    ChannelPacing slack = new ChannelPacing(1, Duration.ofSeconds(1));
    delivery.outbox().enqueue(List.of(alert(7), alert(8)));
    long first = row(alert(7)).id();
    long second = row(alert(8)).id();
    assertEquals(List.of(first), delivery.outbox().claim(List.of(first), "w1", T.plusSeconds(30), slack).claimed());
    recordSent(first, alert(7), T.plusMillis(120));
    assertEquals(Map.of("w1", 1), delivery.outbox().sentBy(Platform.DISCORD), "who sent what is kept");

    // another worker, which never saw that send, is held back until a second after its answer
    clock.set(T.plusMillis(600));
    OutboxClaim held = delivery.outbox().claim(List.of(second), "w2", T.plusSeconds(30), slack);
    assertEquals(List.of(), held.claimed());
    assertEquals(Set.of(), held.gone());
    assertEquals(Map.of(c1, T.plusMillis(1120)), held.pacedUntil());
    clock.set(T.plusMillis(1119));
    assertEquals(List.of(), delivery.outbox().claim(List.of(second), "w2", T.plusSeconds(30), slack).claimed());
    clock.set(T.plusMillis(1120));
    assertEquals(List.of(second), delivery.outbox().claim(List.of(second), "w2", T.plusSeconds(30), slack).claimed());
  }

  @Test
  void aBurstLimitCountsTheAnswersInItsWindowAndOldAnswersAreForgotten() {
    ChannelPacing discord = new ChannelPacing(3, Duration.ofSeconds(3));
    List<OutboxEntry> posts = List.of(alert(1), alert(2), alert(3), alert(4));
    delivery.outbox().enqueue(posts);
    for (int i = 0; i < 3; i++) {
      long id = row(posts.get(i)).id();
      clock.set(T.plusMillis(100L * i));
      assertEquals(List.of(id), delivery.outbox().claim(List.of(id), "w" + i, T.plusSeconds(30), discord).claimed());
      recordSent(id, posts.get(i), T.plusMillis(100L * i + 50));
    }
    long fourth = row(posts.get(3)).id();
    clock.set(T.plusMillis(400));
    // three answers within three seconds: the fourth waits for the first to leave the window
    assertEquals(Map.of(c1, T.plusMillis(3050)),
        delivery.outbox().claim(List.of(fourth), "w9", T.plusSeconds(30), discord).pacedUntil());
    assertEquals(List.of(fourth),
        delivery.outbox().claim(List.of(fourth), "w9", T.plusSeconds(30), ChannelPacing.NONE).claimed(),
        "without a limit the answers do not matter");
    assertEquals(0, delivery.outbox().forgetAnswers(Platform.DISCORD, T.plusMillis(50)));
    assertEquals(2, delivery.outbox().forgetAnswers(Platform.DISCORD, T.plusMillis(151)));
    assertEquals(0, delivery.outbox().forgetAnswers(Platform.SLACK, T.plusSeconds(10)), "another platform's");
  }

  @Test
  void aRowAnotherWorkerTookIsGoneNotPaced() {
    ChannelPacing slack = new ChannelPacing(1, Duration.ofSeconds(1));
    delivery.outbox().enqueue(List.of(alert(7)));
    long id = row(alert(7)).id();
    delivery.outbox().claim(List.of(id), "w1", T.plusSeconds(30), slack);
    OutboxClaim second = delivery.outbox().claim(List.of(id), "w2", T.plusSeconds(30), slack);
    assertEquals(List.of(), second.claimed());
    assertEquals(Set.of(id), second.gone());
    assertEquals(Map.of(), second.pacedUntil());
  }

  /**
   * Several instances claiming from one PostgreSQL outbox (SQLite serves one process, whose dispatcher keeps these
   * rules in memory): a channel with another instance's send in flight, or with an earlier post still waiting or in
   * flight, is busy; its row is neither claimed nor gone, and an edit may overtake the posts.
   */
  @Test
  void aChannelWithAnotherWorkersSendOrAnEarlierPostWaitingIsBusyNotGone() {
    assumeTrue(kind == TestDatabase.POSTGRESQL, "one process per SQLite file");
    ChannelPacing slack = new ChannelPacing(1, Duration.ofSeconds(1));
    OutboxEntry edit = OutboxEntry.update(c1, 7, 2, "m7", T);
    delivery.outbox().enqueue(List.of(alert(7), alert(8), edit));
    long first = row(alert(7)).id();
    long second = row(alert(8)).id();
    OutboxClaim early = delivery.outbox().claim(List.of(second), "w1", T.plusSeconds(30), slack);
    assertEquals(new OutboxClaim(List.of(), Set.of(), Map.of()), early, "the earlier post goes first");
    assertEquals(List.of(first), delivery.outbox().claim(List.of(first, second), "w1", T.plusSeconds(30), slack)
        .claimed(), "one post of the channel at a time, in order");
    assertEquals(new OutboxClaim(List.of(), Set.of(), Map.of()),
        delivery.outbox().claim(List.of(second), "w2", T.plusSeconds(30), slack), "w1 has a send in flight");
    assertEquals(List.of(), delivery.outbox().claim(List.of(second), "w1", T.plusSeconds(30), slack).claimed(),
        "its own earlier post is still in flight");

    recordSent(first, alert(7), T.plusMillis(100));
    clock.set(T.plusMillis(1100));
    long update = row(edit).id();
    assertEquals(List.of(update), delivery.outbox().claim(List.of(update), "w2", T.plusSeconds(30), slack)
        .claimed(), "an edit overtakes the post still waiting");
    OutboxClaim busy = delivery.outbox().claim(List.of(second, first), "w1", T.plusSeconds(30), slack);
    assertEquals(List.of(), busy.claimed(), "w2 has a send in flight");
    assertEquals(Set.of(first), busy.gone(), "sent");
    assertEquals(Map.of(), busy.pacedUntil());
    assertEquals(DeliveryState.PENDING, row(alert(8)).state());
  }

  /**
   * One batch of outcomes, as the recorder writes them (on PostgreSQL a statement per table for the batch): posts
   * sent with their answers, an edit, a retry and a park, each row as its outcome says.
   */
  @Test
  void aBatchOfOutcomesIsRecordedRowByRow() {
    ChannelPacing slack = new ChannelPacing(1, Duration.ofSeconds(1));
    ChannelKey c2 = ChannelKey.of(Platform.DISCORD, "G1", "2");
    Stores.sql(db, clock).channels().save(Channel.of(c2, ZoneId.of("UTC")));
    OutboxEntry other = OutboxEntry.post(c2, DeliveryKind.BRIEFING, 7, 1, Optional.empty(), T);
    OutboxEntry edit = OutboxEntry.update(c1, 5, 2, "m5", T);
    List<OutboxEntry> entries = List.of(alert(7), other, edit, alert(8), alert(9));
    delivery.outbox().enqueue(entries);
    List<Long> ids = entries.stream().map(e -> row(e).id()).toList();
    for (long id : ids) delivery.outbox().claim(List.of(id), "w1", T.plusSeconds(30), ChannelPacing.NONE);
    delivery.outbox().record(List.of(
        OutboxResult.sent(ids.get(0), alert(7), "p7", 1, T.plusMillis(10)).withAnswered(List.of(T.plusMillis(10))),
        OutboxResult.sent(ids.get(1), other, "p2", 1, T.plusMillis(20)).withAnswered(List.of(T.plusMillis(20))),
        OutboxResult.sent(ids.get(2), edit, "m5", 2, T.plusMillis(30)),
        OutboxResult.retry(ids.get(3), alert(8), T.plusSeconds(5), "429", false, false)
            .withAnswered(List.of(T.plusMillis(40))),
        OutboxResult.parked(ids.get(4), alert(9), "missing_scope", T.plusMillis(50))));

    assertEquals(DeliveryState.SENT, row(alert(7)).state());
    assertEquals(Optional.of("p7"), row(alert(7)).messageId());
    assertFalse(row(alert(7)).maybePosted());
    assertEquals(Optional.of("p2"), row(other).messageId());
    assertEquals(DeliveryState.SENT, row(edit).state());
    assertEquals(DeliveryState.PENDING, row(alert(8)).state());
    assertEquals(1, row(alert(8)).rateLimited());
    assertEquals(DeliveryState.PARKED, row(alert(9)).state());
    assertEquals(List.of("p7", "p2"), delivery.outbox().postedFor(7).stream().map(PostedMessage::messageId)
        .sorted(java.util.Comparator.reverseOrder()).toList());
    assertEquals(List.of(T.plusMillis(30)), delivery.outbox().editsSince(c1, "m5", T));
    assertEquals(Map.of("w1", 3), delivery.outbox().sentBy(Platform.DISCORD));
    // the answers count for the channels' limits: c1's newest at 40 ms holds it until 1,040 ms
    clock.set(T.plusMillis(500));
    delivery.outbox().enqueue(List.of(alert(10)));
    assertEquals(Map.of(c1, T.plusMillis(1040)), delivery.outbox().claim(List.of(row(alert(10)).id()), "w2",
        T.plusSeconds(30), slack).pacedUntil());
  }

  /**
   * A batch that cannot be recorded is recorded not at all: every row of it stays claimed and maybe posted, so that
   * after its lease it is looked up on the platform first, and none is marked sent without its post on record.
   */
  @Test
  void aBatchThatCannotBeRecordedLeavesEveryRowClaimed() {
    ChannelKey c2 = ChannelKey.of(Platform.DISCORD, "G1", "2");
    Stores.sql(db, clock).channels().save(Channel.of(c2, ZoneId.of("UTC")));
    OutboxEntry other = OutboxEntry.post(c2, DeliveryKind.ALERT, 8, 1, Optional.empty(), T);
    delivery.outbox().enqueue(List.of(alert(7), other));
    long a = row(alert(7)).id();
    long b = row(other).id();
    assertEquals(List.of(a, b), delivery.outbox().claim(List.of(a, b), "w1", T.plusSeconds(30)));
    // the second outcome names a channel that does not exist: its posted message breaks a foreign key
    OutboxEntry stray = OutboxEntry.post(ChannelKey.of(Platform.DISCORD, "G9", "9"), DeliveryKind.ALERT, 8, 1,
        Optional.empty(), T);
    assertThrows(StoreException.class, () -> delivery.outbox().record(List.of(
        OutboxResult.sent(a, alert(7), "p7", 1, T), OutboxResult.sent(b, stray, "p8", 1, T))));
    for (OutboxEntry e : List.of(alert(7), other)) {
      assertEquals(DeliveryState.CLAIMED, row(e).state());
      assertTrue(row(e).maybePosted());
      assertEquals(Optional.empty(), row(e).messageId());
    }
    assertEquals(List.of(), delivery.outbox().postedFor(7));
    assertEquals(2, delivery.outbox().reclaimExpired(T.plusSeconds(31)), "both return after the lease");
  }

  @Test
  void theSendersOfAPlatformAreThoseSeenRecently() {
    assertEquals(List.of("w1"), delivery.outbox().senders(Platform.SLACK, "w1", T, T.minusSeconds(30)));
    assertEquals(List.of("w1", "w2"), delivery.outbox().senders(Platform.SLACK, "w2", T.plusSeconds(10),
        T.minusSeconds(20)));
    assertEquals(List.of("w3"), delivery.outbox().senders(Platform.DISCORD, "w3", T, T.minusSeconds(30)));
    // w1 stopped saying so: 31 s later it is no longer counted
    assertEquals(List.of("w2"), delivery.outbox().senders(Platform.SLACK, "w2", T.plusSeconds(31), T.plusSeconds(1)));
    delivery.outbox().leave(Platform.SLACK, "w2");
    assertEquals(List.of("w4"), delivery.outbox().senders(Platform.SLACK, "w4", T.plusSeconds(32), T.plusSeconds(2)));
  }
}
