package dev.herald.delivery;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import dev.herald.digest.BriefingSelector;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import dev.herald.store.OutboxRow;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import dev.herald.stories.StoryRanker;
import dev.herald.testing.FakeRanker;
import dev.herald.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A database (a real SQLite file, or one connection pool to a PostgreSQL database other harnesses share: one instance
 * each), the stores, and a {@link DeliveryEngine} on db-scheduler's manual scheduler driven by a {@link MutableClock}:
 * {@link #runUntil} moves time and runs whatever is due, as the real scheduler would.
 */
final class DeliveryHarness implements AutoCloseable {
  final MutableClock clock;
  final Database db;
  final Stores stores;
  final OutboxStores delivery;
  final List<FeedSource> feeds = new CopyOnWriteArrayList<>();
  DeliverySettings settings = DeliverySettings.defaults();
  /** What ranks the stories of a briefing (a test can make it stall, as an instance killed mid-briefing). */
  StoryRanker ranker = new FakeRanker();
  private final String owner;
  dev.herald.metrics.HeraldMetrics metrics = dev.herald.metrics.HeraldMetrics.NONE;
  DeliveryEngine engine;
  ManualScheduler scheduler;

  DeliveryHarness(Path file, Instant start) {
    this(Database.open(file), new MutableClock(start), "test-worker");
  }

  /** One instance on {@code db} (its own pool), on a clock other instances may share; closes {@code db}. */
  DeliveryHarness(Database db, MutableClock clock, String owner) {
    this.clock = clock;
    this.db = db;
    this.owner = owner;
    this.stores = Stores.sql(db, clock);
    this.delivery = OutboxStores.sql(db, clock);
  }

  /** Builds and starts an engine with these publishers (none: rows stay in the outbox). */
  DeliveryEngine start(dev.herald.delivery.Publisher... publishers) {
    build(publishers).start();
    return engine;
  }

  /** Builds an engine with these publishers, not started. */
  DeliveryEngine build(dev.herald.delivery.Publisher... publishers) {
    DeliveryEngine.Builder b = DeliveryEngine.builder()
        .stores(stores)
        .deliveryStores(delivery)
        .dataSource(db.dataSource())
        .briefings(new BriefingSelector(stores, (candidates, now) -> ranker.rank(candidates, now)))
        .feeds(() -> List.copyOf(feeds))
        .settings(settings)
        .clock(clock)
        .owner(owner)
        .metrics(metrics)
        .schedulerFactory(tasks -> {
          SettableClock linked = new SettableClock() {
            @Override
            public Instant now() {
              return clock.instant();
            }
          };
          scheduler = TestHelper.createManualScheduler(db.dataSource(), tasks.known())
              .startTasks(new ArrayList<>(tasks.recurring()))
              .clock(linked)
              .build();
          return scheduler;
        });
    for (dev.herald.delivery.Publisher p : publishers) b.publisher(p);
    engine = b.build();
    return engine;
  }

  /** Stops the engine as a crash would leave things: nothing released, nothing finished. */
  void crash() {
    engine = null;
    scheduler = null;
  }

  void stop() {
    if (engine != null) engine.stop();
    engine = null;
  }

  /** Advances the clock by steps of {@code step} until {@code until}, running due executions after each step. */
  void runUntil(Instant until, java.time.Duration step) {
    while (clock.instant().isBefore(until)) {
      Instant next = clock.instant().plus(step);
      clock.set(next.isAfter(until) ? until : next);
      scheduler.runAnyDueExecutions();
    }
  }

  Channel channel(String id, ZoneId zone, String at) {
    Channel c = new Channel(ChannelKey.of(Platform.SLACK, "T1", id), "#" + id, zone,
        Optional.ofNullable(at).map(LocalTime::parse), List.of());
    stores.channels().save(c);
    return c;
  }

  FeedSource feed(String id) {
    FeedSource f = FeedSource.of(id, id, URI.create("https://" + id + ".example/feed"), List.of());
    feeds.add(f);
    return f;
  }

  Optional<OutboxRow> row(String key) {
    return delivery.outbox().find(key);
  }

  @Override
  public void close() {
    stop();
    db.close();
  }
}
