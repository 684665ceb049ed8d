package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
