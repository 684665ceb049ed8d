package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.store.Database;
import dev.herald.store.OutboxEntry;
import dev.herald.store.Stores;
import dev.herald.testing.InMemoryOutbox;
import dev.herald.testing.MutableClock;
import dev.herald.testing.RecordingMetrics;
import dev.herald.testing.RecordingPublisher;
import dev.herald.testing.StoryFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each delivery meter moves when its event happens: a send (with its lag from due to sent), a retry, a rate limit, a
 * row parked after too many failures or with its channel when access is lost, a briefing occurrence. The dispatcher
 * runs pass by pass on the test thread with a hand-moved clock.
 */
class DeliveryMetricsTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");

  MutableClock clock = new MutableClock(T);
  RecordingMetrics metrics = new RecordingMetrics();
  RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
  DeliverySettings settings = DeliverySettings.defaults()
      .withRetries(new DeliverySettings.Retries(2, 5, Duration.ofSeconds(5), Duration.ofMinutes(1)));
  ChannelKey c1 = ChannelKey.of(Platform.SLACK, "T1", "C1");
  Database db;
  Stores stores;
  /** The outbox the dispatcher works, in memory: its SQL is OutboxStoreTest's. */
  InMemoryOutbox outbox = new InMemoryOutbox(clock);
  StorySummary story;
  StorySummary other;
  Dispatcher dispatcher;

  @BeforeEach
  void open() {
    db = Database.inMemory();
    stores = Stores.sql(db, clock);
    story = StoryFixture.add(stores, "Rail strike", List.of("Harbor Times", "Techline"), List.of("What happened"),
        T.minusSeconds(3600));
    other = StoryFixture.add(stores, "Port reopens", List.of("Harbor Times"), List.of("What happened"),
        T.minusSeconds(3600));
    RateGovernor governor = new RateGovernor(DeliverySettings.Limits.NONE, clock.instant());
    Sender sender = new Sender(slack, outbox.queue, outbox.pauses, new OutboxViews(stores, outbox.posted), governor,
        settings.retries(), clock, metrics);
    dispatcher = new Dispatcher(Platform.SLACK, outbox.claims, sender, governor,
        DeliverySettings.Limits.NONE.channelPacing(), settings.workers(), clock,
        "worker-1", new DispatcherTest.Inline(), new SendMeter(metrics));
  }

  @AfterEach
  void close() {
    db.close();
  }

  OutboxEntry briefing(StorySummary s) {
    return OutboxEntry.post(c1, DeliveryKind.BRIEFING, s.storyId(), s.storyVersion(), Optional.empty(), T);
  }

  void passes(int n) {
    for (int i = 0; i < n; i++) dispatcher.pass();
  }

  @Test
  void aSendCountsOnceWithItsLagFromDueToSent() {
    outbox.queue.enqueue(List.of(briefing(story)));
    clock.advance(Duration.ofSeconds(90)); // due at T, sent a minute and a half later
    passes(2);
    assertEquals(1, metrics.count("delivered slack briefing sent"), metrics.toString());
    assertEquals(List.of(Duration.ofSeconds(90)), metrics.lags());
    assertEquals(0, metrics.count("parked"));
  }

  @Test
  void aTransientFailureIsARetryAndTooManyParkTheRow() {
    slack.failNext(new PublishException(PublishException.Kind.TRANSIENT, "HTTP 503"))
        .failNext(new PublishException(PublishException.Kind.TRANSIENT, "HTTP 503"));
    outbox.queue.enqueue(List.of(briefing(story)));
    passes(2);
    assertEquals(1, metrics.count("delivered slack briefing retry"), metrics.toString());
    clock.advance(Duration.ofMinutes(2));
    passes(2);
    assertEquals(1, metrics.count("delivered slack briefing parked"), metrics.toString());
    assertEquals(1, metrics.count("parked"));
    assertEquals(0, metrics.count("lag slack"));
  }

  @Test
  void aRateLimitIsCountedAndRetried() {
    slack.failNext(PublishException.rateLimited("ratelimited", Duration.ofSeconds(3)));
    outbox.queue.enqueue(List.of(briefing(story)));
    passes(2);
    assertEquals(1, metrics.count("rate limited slack"), metrics.toString());
    assertEquals(1, metrics.count("delivered slack briefing retry"));
    clock.advance(Duration.ofSeconds(4));
    passes(2);
    assertEquals(1, metrics.count("delivered slack briefing sent"));
  }

  @Test
  void lostAccessParksTheRowAndTheChannelsOthers() {
    slack.failNext(new PublishException(PublishException.Kind.LOST_ACCESS, "channel_not_found"));
    outbox.queue.enqueue(List.of(briefing(story), briefing(other)));
    passes(3);
    assertEquals(1, metrics.count("delivered slack briefing parked"), metrics.toString());
    assertEquals(2, metrics.count("parked"));
  }

  @Test
  void eachBriefingOccurrenceCountsByResult(@TempDir Path dir) {
    try (DeliveryHarness h = new DeliveryHarness(dir.resolve("herald.db"), T.minus(Duration.ofHours(1)))) {
      h.metrics = metrics;
      Channel c = h.channel("C9", ZoneId.of("UTC"), "08:00");
      StoryFixture.add(h.stores, "Bridge closed", List.of("Harbor Times", "Techline"), List.of("What happened"),
          T.minus(Duration.ofHours(2)));
      h.start();
      h.runUntil(T.plus(Duration.ofMinutes(10)), Duration.ofMinutes(5));
      assertEquals(1, metrics.count("briefing sent"), metrics.toString());
      h.engine.briefNow(c.key(), T); // the same occurrence again: the day already had it
      assertEquals(1, metrics.count("briefing skipped"), metrics.toString());
      h.runUntil(T.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(10)), Duration.ofMinutes(30));
      assertEquals(1, metrics.count("briefing empty"), "nothing new the next day: " + metrics);
    }
  }

  @Test
  void unsentRowsAreCountedPerPlatform() {
    outbox.queue.enqueue(List.of(briefing(story), briefing(other)));
    assertEquals(Map.of(Platform.SLACK, 2), outbox.queue.unsentByPlatform());
    passes(3);
    assertEquals(Map.of(), outbox.queue.unsentByPlatform());
  }
}
