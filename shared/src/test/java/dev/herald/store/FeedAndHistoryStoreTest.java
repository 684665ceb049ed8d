package dev.herald.store;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.AlertRecord;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.model.FingerprintMatch;
import dev.herald.model.Installation;
import dev.herald.model.Platform;
import dev.herald.model.SummaryFallback;
import dev.herald.model.WorkspaceKey;
import dev.herald.testing.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The feed, fingerprint, delivery-history, fallback, installation and lease stores on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class FeedAndHistoryStoreTest {
  static final WorkspaceKey W1 = new WorkspaceKey(Platform.SLACK, "T1");
  @Parameter TestDatabase kind;
  Database db;
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  final ChannelKey channel = ChannelKey.of(Platform.SLACK, "T1", "C1");

  @BeforeEach
  void open() {
    db = kind.open();
    Stores.sql(db, clock).channels().save(Channel.of(channel, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aCheckAskedForStaysUntilAPollThatBeganAfterItReadsTheFeed() {
    FeedHealthStore health = FeedStores.sql(db, clock).health();
    assertEquals(Set.of(), health.checksRequested());
    health.requestCheck(List.of("wire", "harbor"), T0);
    health.requestCheck(List.of(), T0);
    assertEquals(Set.of("wire", "harbor"), health.checksRequested());
    health.checked(List.of("wire"), T0.minusSeconds(1));
    assertEquals(Set.of("wire", "harbor"), health.checksRequested(), "a poll that began before the request");
    health.checked(List.of("wire"), T0);
    assertEquals(Set.of("harbor"), health.checksRequested());
    health.requestCheck(List.of("harbor"), T0.plusSeconds(5));
    health.checked(List.of("harbor"), T0.plusSeconds(1));
    assertEquals(Set.of("harbor"), health.checksRequested(), "asked again while a poll ran: read by the next");
    health.delete("harbor");
    assertEquals(Set.of(), health.checksRequested(), "a removed feed is not read");
  }

  @Test
  void workspaceFeedsRoundTripAndAreRemovedOnlyByTheirWorkspace() {
    FeedStore feeds = FeedStores.sql(db, clock).feeds();
    FeedSource f = new FeedSource("w1-harbor", "Harbor Times", URI.create("https://harbor.example/rss"),
        List.of("transport", "world"), FeedScope.of(W1), Duration.ofMinutes(15));
    feeds.add(f);
    assertEquals(Optional.of(f), feeds.find("w1-harbor"));
    assertEquals(List.of(f), feeds.forWorkspace(W1));
    assertFalse(feeds.remove(new WorkspaceKey(Platform.SLACK, "T2"), "w1-harbor"));
    assertTrue(feeds.remove(W1, "w1-harbor"));
    assertEquals(List.of(), feeds.all());
  }

  @Test
  void feedHealthKeepsEmptyTimesAsEmptyAndIsReplacedOnSave() {
    FeedHealthStore health = FeedStores.sql(db, clock).health();
    FeedHealth fresh = new FeedHealth("wire", 0, "", Optional.empty(), Optional.empty(), Optional.empty(), false, "",
        "", 0);
    health.save(fresh);
    assertEquals(Optional.of(fresh), health.find("wire"));
    FeedHealth failing = new FeedHealth("wire", 2, "HTTP 503", Optional.of(T0), Optional.of(T0.minusSeconds(600)),
        Optional.of(T0.plusSeconds(1200)), true, "\"e1\"", "Thu, 26 Nov 2026 08:00:00 GMT", 12);
    health.save(failing);
    assertEquals(List.of(failing), health.all());
    health.delete("wire");
    assertEquals(Optional.empty(), health.find("wire"));
  }

  @Test
  void fingerprintsAreReplacedAndMatchedAcrossFeeds() {
    Stores stores = Stores.sql(db, clock);
    stores.articles().save(article("a1", "Harbor Times", "Strike", "x", T0), "a1");
    ArticleFingerprintStore prints = FeedStores.sql(db, clock).fingerprints();
    prints.replace("a1", "harbor-times", T0, 11L, List.of(1L, 2L, 2L, 3L));
    prints.replace("a1", "harbor-times", T0, 11L, List.of(1L, 2L, 3L));
    assertEquals(List.of(new FingerprintMatch("a1", true, 2)),
        prints.matches("other-feed", 11L, List.of(2L, 3L), T0.minusSeconds(60), T0.plusSeconds(60), 5));
    assertEquals(List.of(), prints.matches("harbor-times", 11L, List.of(2L), T0.minusSeconds(60), T0, 5));
  }

  @Test
  void alertHistoryAnswersLastAlertsAndCounts() {
    OutboxStores delivery = OutboxStores.sql(db, clock);
    Stores stores = Stores.sql(db, clock);
    stores.articles().save(article("a1", "Harbor Times", "Strike", "x", T0), "a1");
    long story = stores.stories().create(stores.articles().find("a1").orElseThrow(), "Strike", T0).id();
    AlertRecord first = new AlertRecord(channel, story, 1, 2, "transport", false, T0);
    AlertRecord grown = new AlertRecord(channel, story, 2, 4, "transport", true, T0.plusSeconds(3600));
    assertTrue(delivery.outbox().enqueueAlert(dev.herald.store.OutboxEntry.post(channel,
        dev.herald.model.DeliveryKind.ALERT, story, 1, Optional.of("New on transport"), T0), first));
    assertTrue(delivery.outbox().enqueueAlert(dev.herald.store.OutboxEntry.post(channel,
        dev.herald.model.DeliveryKind.ALERT, story, 2, Optional.of("New on transport"), T0), grown));
    DeliveryHistoryStore history = delivery.history();
    assertEquals(Optional.of(grown), history.lastAlert(channel, story));
    assertEquals(Optional.of(grown.at()), history.lastAlertAt(channel));
    assertEquals(2, history.alertsSince(channel, T0));
    assertEquals(1, history.alertsSince(channel, T0.plusSeconds(1)));
  }

  @Test
  void aDayHasAtMostOneBriefingRun() {
    DeliveryHistoryStore history = OutboxStores.sql(db, clock).history();
    LocalDate day = LocalDate.parse("2026-11-26");
    BriefingRun paused = new BriefingRun(channel, day, T0, T0.plusSeconds(5), false, 0, BriefingRun.Outcome.PAUSED);
    assertFalse(history.ran(channel, day));
    assertTrue(history.recordRun(paused));
    assertFalse(history.recordRun(new BriefingRun(channel, day, T0, T0.plusSeconds(9), true, 3,
        BriefingRun.Outcome.SENT)));
    assertTrue(history.ran(channel, day));
    assertEquals(Optional.of(paused), history.lastRun(channel));
  }

  @Test
  void summaryFallbacksCountAndKeepTheLatest() {
    SummaryFallbackStore store = SummaryFallbackStore.sql(db);
    store.record(new SummaryFallback(1, 1, "timed out", T0));
    store.record(new SummaryFallback(2, 3, "x".repeat(SqlSummaryFallbackStore.MAX_REASON + 50), T0.plusSeconds(60)));
    assertEquals(2, store.countSince(T0));
    assertEquals(SqlSummaryFallbackStore.MAX_REASON, store.latest().orElseThrow().reason().length());
  }

  @Test
  void installationsAreUpsertedPerWorkspace() {
    InstallationStore store = InstallationStore.sql(db, clock);
    store.save(new Installation(W1, "", "A1", "U0", "B1", "xoxb-old", "commands", "U1", T0));
    store.save(new Installation(W1, "E1", "A1", "U0", "B1", "xoxb-new", "commands,chat:write", "U2", T0));
    Installation found = store.find(W1).orElseThrow();
    assertEquals("xoxb-new", found.botToken());
    assertEquals("E1", found.enterpriseId());
    assertEquals(1, store.all(Platform.SLACK).size());
  }

  @Test
  void aRunLeaseHasOneHolderUntilReleasedOrRunOut() {
    RunLeaseStore leases = RunLeaseStore.sql(db);
    Instant until = T0.plusSeconds(120);
    assertEquals(0, leases.generation("pipeline"));
    assertEquals(Optional.of(0L), leases.acquire("pipeline", "a", T0, until));
    assertEquals(Optional.empty(), leases.acquire("pipeline", "b", T0.plusSeconds(60), until));
    assertTrue(leases.renew("pipeline", "a", T0.plusSeconds(300)));
    assertFalse(leases.renew("pipeline", "b", T0.plusSeconds(300)));
    assertEquals(Optional.of(1L), leases.release("pipeline", "a"));
    assertEquals(Optional.empty(), leases.release("pipeline", "a"));
    assertEquals(Optional.of(1L), leases.acquire("pipeline", "b", T0, until));
    // b dies holding it: once it runs out, a takes over; b's late release no longer counts
    assertEquals(Optional.of(1L), leases.acquire("pipeline", "a", until.plusMillis(1), until.plusSeconds(120)));
    assertEquals(Optional.empty(), leases.release("pipeline", "b"));
    assertEquals(Optional.of(2L), leases.release("pipeline", "a"));
  }
}
