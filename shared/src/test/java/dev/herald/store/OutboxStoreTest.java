package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.AlertRecord;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.DeliveryState;
import dev.herald.model.OutboxEntry;
import dev.herald.model.OutboxRow;
import dev.herald.model.Platform;
import dev.herald.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
  Database db;
  DeliveryStores delivery;
  final ChannelKey c1 = ChannelKey.of(Platform.DISCORD, "G1", "1");

  @BeforeEach
  void open() {
    db = kind == TestDatabase.SQLITE ? Database.open(dir.resolve("herald.db")) : kind.open();
    Clock clock = Clock.fixed(T, ZoneOffset.UTC);
    Stores.sql(db, clock).channels().save(Channel.of(c1, ZoneId.of("UTC")));
    delivery = DeliveryStores.sql(db, clock);
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
    delivery.outbox().release(List.of(b), T);
    assertEquals(DeliveryState.PENDING, row(alert(8)).state());
    delivery.outbox().sent(a, "m1", 1, T);
    assertEquals(0, delivery.outbox().purge(T));
    assertEquals(1, delivery.outbox().purge(T.plus(Duration.ofDays(1))));
    assertTrue(delivery.outbox().find(alert(7).key()).isEmpty());
    assertTrue(delivery.outbox().find(alert(8).key()).isPresent(), "unsent rows are never purged");
  }
}
