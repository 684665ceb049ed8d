package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.herald.digest.BriefingSelector;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.render.View;
import dev.herald.store.BriefingRun;
import dev.herald.store.Database;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import dev.herald.stories.StoryRanker;
import dev.herald.testing.FakeRanker;
import dev.herald.testing.MutableClock;
import dev.herald.testing.Postgres;
import dev.herald.testing.RecordingPublisher;
import dev.herald.testing.StoryFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Herald instances, each with its own {@link Database} (connection pool), {@link DeliveryEngine}, real
 * db-scheduler and publisher, sharing one real PostgreSQL database: nothing is sent twice, a channel never has two
 * sends in flight (its posts stay in order), and a daily briefing runs once.
 */
class SharedDatabaseDeliveryTest {
  static final Instant T = Instant.parse("2026-06-01T07:59:00Z");
  /** Real time moved to T: the dispatchers re-read the outbox every few seconds of it, as in production. */
  final MutableClock clock = MutableClock.running(T);
  final List<ChannelKey> channels = new ArrayList<>();
  final List<StorySummary> stories = new ArrayList<>();
  /** Every post of either instance, in the order the platform received them. */
  final List<String> received = new CopyOnWriteArrayList<>();
  final Map<ChannelKey, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  final AtomicInteger mostInFlightInOneChannel = new AtomicInteger();
  final AtomicInteger briefingsBuilt = new AtomicInteger();
  /** Sends wait for it: a test closes it so that one instance cannot drain the outbox before the other runs. */
  volatile CountDownLatch bothStarted = new CountDownLatch(0);
  Database dbA;
  Database dbB;
  Instance a;
  Instance b;

  /** One instance: its own pool, stores, engine and publisher. */
  final class Instance {
    final Stores stores;
    final OutboxStores delivery;
    final RecordingPublisher platform = new RecordingPublisher(Platform.SLACK);
    final DeliveryEngine engine;

    Instance(Database db, String name) {
      stores = Stores.sql(db, clock);
      delivery = OutboxStores.sql(db, clock);
      StoryRanker counting = (candidates, now) -> {
        briefingsBuilt.incrementAndGet();
        return new FakeRanker().rank(candidates, now);
      };
      DeliverySettings settings = DeliverySettings.defaults().withWorkers(new DeliverySettings.Workers(4,
          Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofMillis(100),
          Duration.ofDays(7))).withLimits(Platform.SLACK, DeliverySettings.Limits.NONE); // no pacing: fast test
      engine = DeliveryEngine.builder()
          .stores(stores)
          .deliveryStores(delivery)
          .database(db)
          .briefings(new BriefingSelector(stores, counting))
          .feeds(List::of)
          .publisher(new Observed(platform))
          .settings(settings)
          .clock(clock)
          .owner(name)
          .build();
    }
  }

  /** Records the order posts arrive in, and how many sends a channel has in flight at once across instances. */
  final class Observed implements Publisher {
    final Publisher inner;

    Observed(Publisher inner) {
      this.inner = inner;
    }

    @Override
    public Platform platform() {
      return inner.platform();
    }

    @Override
    public String post(ChannelKey channel, View view, String key) throws PublishException {
      AtomicInteger n = inFlight.computeIfAbsent(channel, k -> new AtomicInteger());
      mostInFlightInOneChannel.accumulateAndGet(n.incrementAndGet(), Math::max);
      try {
        if (!bothStarted.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("engines not started");
        Thread.sleep(20); // a network round trip: long enough for another instance to try the same channel
        received.add(key);
        return inner.post(channel, view, key);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        n.decrementAndGet();
      }
    }

    @Override
    public void edit(ChannelKey channel, String messageId, View view) throws PublishException {
      inner.edit(channel, messageId, view);
    }

    @Override
    public Optional<String> findPosted(ChannelKey channel, String key) throws PublishException {
      return inner.findPosted(channel, key);
    }
  }

  @BeforeEach
  void open() {
    diagnosis = () -> "";
    String url = Postgres.freshUrl();
    dbA = Database.connect(url, Optional.empty(), Optional.empty());
    dbB = Database.connect(url, Optional.empty(), Optional.empty());
    Stores setup = Stores.sql(dbA, clock);
    for (int i = 1; i <= 6; i++) {
      ChannelKey key = ChannelKey.of(Platform.SLACK, "T1", "C" + i);
      channels.add(key);
      setup.channels().save(new Channel(key, "#c" + i, ZoneOffset.UTC, Optional.empty(), List.of()));
    }
    for (String title : List.of("Rail strike", "Port reopens", "Bridge closed", "Storm Isolde", "Tram fares",
        "Harbour dredging", "Wind farm", "Library opens")) {
      stories.add(StoryFixture.add(setup, title, List.of("Harbor Times", "Techline"), List.of("What happened"),
          T.minusSeconds(3600)));
    }
    a = new Instance(dbA, "instance-a");
    b = new Instance(dbB, "instance-b");
  }

  @AfterEach
  void close() {
    for (Instance i : new Instance[] {a, b}) if (i != null) i.engine.stop();
    if (dbA != null) dbA.close();
    if (dbB != null) dbB.close();
  }

  @Test
  void twoInstancesSendEveryRowOnceAndOneChannelAtATime() {
    bothStarted = new CountDownLatch(1);
    List<String> expected = new ArrayList<>();
    for (ChannelKey ch : channels) {
      List<OutboxEntry> entries = new ArrayList<>();
      for (int i = 0; i < stories.size(); i++) {
        StorySummary s = stories.get(i);
        entries.add(OutboxEntry.post(ch, DeliveryKind.BRIEFING, s.storyId(), s.storyVersion(),
            i == 0 ? Optional.of("Daily briefing") : Optional.empty(), clock.instant()));
      }
      a.delivery.outbox().enqueue(entries);
      entries.forEach(e -> expected.add(e.key()));
    }
    a.engine.start();
    b.engine.start();
    bothStarted.countDown();
    diagnosis = () -> "; received " + received.size() + ", unsent " + channels.stream().map(ch ->
        a.delivery.outbox().unsent(ch)).toList() + " parked " + channels.stream().map(ch ->
        a.delivery.outbox().parked(ch).size()).toList() + " " + a.delivery.outbox().find(expected.get(0));
    awaitTrue(() -> channels.stream().allMatch(ch -> a.delivery.outbox().unsent(ch) == 0), "outbox drained");

    assertEquals(expected.size(), received.size(), "every row posted exactly once: " + received);
    assertEquals(new HashSet<>(expected), new HashSet<>(received));
    assertEquals(expected.size(), a.platform.posts().size() + b.platform.posts().size());
    assertTrue(!a.platform.posts().isEmpty() && !b.platform.posts().isEmpty(), "both instances sent: "
        + a.platform.posts().size() + " and " + b.platform.posts().size());
    assertEquals(1, mostInFlightInOneChannel.get(), "a channel had two sends in flight at once");
    for (ChannelKey ch : channels) {
      String prefix = ch + "/";
      List<String> order = received.stream().filter(k -> k.startsWith(prefix)).toList();
      List<String> wanted = expected.stream().filter(k -> k.startsWith(prefix)).toList();
      assertEquals(wanted, order, "posts of " + ch + " out of order");
    }
  }

  @Test
  void aDailyBriefingDueOnBothInstancesRunsOnce() {
    for (ChannelKey ch : channels) {
      a.stores.channels().save(new Channel(ch, "#" + ch.channelId(), ZoneOffset.UTC,
          Optional.of(LocalTime.of(8, 0)), List.of()));
    }
    a.engine.start();
    b.engine.start();
    clock.set(Instant.parse("2026-06-01T08:00:30Z"));
    awaitTrue(() -> channels.stream().allMatch(ch -> a.delivery.history().lastRun(ch).isPresent()
        && a.delivery.outbox().unsent(ch) == 0), "every channel briefed and sent");

    assertEquals(channels.size(), briefingsBuilt.get(), "a briefing was built twice");
    for (ChannelKey ch : channels) {
      BriefingRun run = a.delivery.history().lastRun(ch).orElseThrow();
      assertEquals(java.time.LocalDate.parse("2026-06-01"), run.date());
      assertEquals(BriefingRun.Outcome.SENT, run.outcome());
    }
    // every story (the maximum a briefing carries is 5) posted once per channel, by whichever instance claimed it
    assertEquals(channels.size() * Math.min(stories.size(), DeliverySettings.defaults().briefings().maxStories()),
        received.size());
    assertEquals(received.size(), new HashSet<>(received).size());
  }

  @Test
  void briefNowFromBothInstancesAtOnceEnqueuesOneBriefing() throws Exception {
    ChannelKey ch = channels.get(0);
    a.stores.channels().save(new Channel(ch, "#c1", ZoneOffset.UTC, Optional.of(LocalTime.of(8, 0)), List.of()));
    Instant due = Instant.parse("2026-06-01T08:00:00Z");
    clock.set(due.plusSeconds(5));
    for (int round = 0; round < 5; round++) {
      Instant day = due.plus(Duration.ofDays(round));
      clock.set(day.plusSeconds(5));
      CountDownLatch go = new CountDownLatch(1);
      Callable<Boolean> fromA = () -> {
        go.await();
        return a.engine.briefNow(ch, day);
      };
      Callable<Boolean> fromB = () -> {
        go.await();
        return b.engine.briefNow(ch, day);
      };
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<Boolean> ra = pool.submit(fromA);
        Future<Boolean> rb = pool.submit(fromB);
        go.countDown();
        assertTrue(ra.get() ^ rb.get(), "round " + round + ": exactly one instance briefs");
      } finally {
        pool.shutdownNow();
      }
    }
    assertEquals(java.time.LocalDate.parse("2026-06-05"), a.delivery.history().lastRun(ch).orElseThrow().date());
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) return;
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted waiting for " + what);
      }
    }
    fail("timed out waiting for " + what + diagnosis.get());
  }

  static java.util.function.Supplier<String> diagnosis = () -> "";
}
