package dev.herald.bot.checks;

import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.delivery.Publisher;
import dev.herald.digest.BriefingSelector;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.StorySummary;
import dev.herald.store.Database;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import dev.herald.testing.FakeRanker;
import dev.herald.testing.MutableClock;
import dev.herald.testing.StoryFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A channel's daily briefing of two related stories, the talks and the drills, where the talks are also related to a
 * story outside the briefing (an envoy's interview, days old), sent through the real delivery path: the briefing job
 * enqueues it in a real SQLite file and the engine renders each card at send time and posts it through the platform's
 * own publisher. For the adapters' end-to-end checks that no card links to a story of its own briefing.
 */
public final class LinkedBriefing implements AutoCloseable {
  /** 06:00 UTC on Monday 1 June 2026; the briefing is due at 08:00. */
  public static final Instant T = Instant.parse("2026-06-01T06:00:00Z");
  public static final Instant DUE = T.plus(Duration.ofHours(2));

  public final StorySummary envoy;
  public final StorySummary talks;
  public final StorySummary drills;
  private final ChannelKey channel;
  private final Database db;
  private final Stores stores;
  private final OutboxStores delivery;
  private final DeliveryEngine engine;

  /** The stories and the channel in a new database file under {@code dir}, and an engine sending with {@code to}. */
  public LinkedBriefing(Path dir, ChannelKey channel, Publisher to) {
    this.channel = channel;
    MutableClock clock = new MutableClock(DUE);
    db = Database.open(dir.resolve("herald.db"));
    stores = Stores.sql(db, clock);
    delivery = OutboxStores.sql(db, clock);
    stores.channels().save(new Channel(channel, "#news", ZoneId.of("UTC"), Optional.of(LocalTime.of(8, 0)),
        List.of()));
    envoy = StoryFixture.add(stores, "Former envoy discusses the Valdoria-Ostmark talks", List.of("Harbor Times"),
        List.of("Interview"), T.minus(Duration.ofDays(3)));
    talks = StoryFixture.add(stores, "Valdoria and Ostmark agree principles in Estenburg talks",
        List.of("Harbor Times", "Techline"), List.of("What was agreed"), T.minus(Duration.ofHours(2)));
    drills = StoryFixture.add(stores, "Ostmark closes Kessel Strait for drills", List.of("Daily Wire"),
        List.of("The closure"), T.minus(Duration.ofHours(1)));
    stores.stories().link(talks.storyId(), drills.storyId(), 0.5, T);
    stores.stories().link(talks.storyId(), envoy.storyId(), 0.4, T);
    // the clock stands still: no per-channel pacing, which would wait for it
    DeliverySettings settings = DeliverySettings.defaults()
        .withLimits(channel.platform(), DeliverySettings.Limits.NONE);
    engine = DeliveryEngine.builder()
        .stores(stores)
        .deliveryStores(delivery)
        .database(db)
        .briefings(new BriefingSelector(stores, new FakeRanker()))
        .feeds(List::of)
        .settings(settings)
        .clock(clock)
        .owner("test-worker")
        .publisher(to)
        .build();
    engine.start();
  }

  /** Runs the 08:00 briefing, as the schedule does, and has it sent. */
  public void brief() {
    if (!engine.briefNow(channel, DUE)) throw new IllegalStateException("the briefing did not run");
  }

  /** Enqueues an alert of the drills, a message of its own, and has it sent. */
  public void alertDrills() {
    delivery.outbox().enqueue(List.of(OutboxEntry.post(channel, DeliveryKind.ALERT, drills.storyId(),
        drills.storyVersion(), Optional.of("New on world"), DUE)));
    engine.wake();
  }

  @Override
  public void close() {
    engine.stop();
    db.close();
  }
}
