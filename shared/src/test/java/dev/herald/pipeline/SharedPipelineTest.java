package dev.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.ArticleStage;
import dev.herald.articles.IngestReport;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.store.Database;
import dev.herald.store.RunLeaseStore;
import dev.herald.store.StorySearchStore;
import dev.herald.store.Stores;
import dev.herald.stories.ClusterSettings;
import dev.herald.stories.OnlineStoryTracker;
import dev.herald.stories.TopicTagger;
import dev.herald.testing.EveryFeedRead;
import dev.herald.testing.Postgres;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances' pipelines on one real PostgreSQL database: never both running (so never both polling a feed), and
 * an instance that runs after the other files new articles into the other's stories instead of starting duplicates.
 */
class SharedPipelineTest {
  static final Instant NOW = Instant.parse("2026-11-26T12:10:00Z");
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final FeedSource wire = FeedSource.of("wire", "Northwind Wire", URI.create("https://wire.example/rss"), List.of());
  final FeedSource post = FeedSource.of("post", "Meridian Post", URI.create("https://post.example/rss"), List.of());
  /** What each feed serves: one article about the same rate cut. */
  final Map<String, Article> served = Map.of(
      "wire", article("wire-1", "wire", "Northwind Wire", "Central Bank of Valdoria cuts main rate to 3.50%",
          "2026-11-26T12:04:00Z"),
      "post", article("post-1", "post", "The Meridian Post",
          "Valdoria central bank cuts rate to 3.50% as inflation slows", "2026-11-26T12:08:00Z"));
  final Map<String, AtomicInteger> fetching = new ConcurrentHashMap<>();
  final AtomicInteger mostAtOnce = new AtomicInteger();
  final AtomicInteger fetches = new AtomicInteger();
  Database dbA;
  Database dbB;
  Instance a;
  Instance b;

  static Article article(String id, String feed, String outlet, String title, String published) {
    Instant at = Instant.parse(published);
    return new Article(id, feed, outlet, title, "https://" + feed + ".example/" + id, "https://" + feed + ".example/"
        + id, id, at, false, at, title + ".", title + ". The decision surprised few economists.", "", "");
  }

  /** One instance: its own pool, stores, tracker (loaded at start, like Herald) and pipeline. */
  final class Instance {
    final Stores stores;
    final Pipeline pipeline;
    volatile CountDownLatch entered = new CountDownLatch(0);
    volatile CountDownLatch release = new CountDownLatch(0);

    Instance(Database db, String name) {
      stores = Stores.sql(db, clock);
      OnlineStoryTracker tracker = new OnlineStoryTracker(stores.stories(), stores.articles(),
          StorySearchStore.sql(db), new TopicTagger(List.of(), feed -> List.of()), ClusterSettings.defaults(), clock);
      tracker.rebuild();
      ArticleStage intake = (feed, parsed, firstRead, now) -> {
        AtomicInteger n = fetching.computeIfAbsent(feed.id(), k -> new AtomicInteger());
        mostAtOnce.accumulateAndGet(n.incrementAndGet(), Math::max);
        fetches.incrementAndGet();
        try {
          entered.countDown();
          release.await(10, TimeUnit.SECONDS);
          Article x = served.get(feed.id());
          stores.articles().save(x, x.id());
          return new IngestReport(feed.id(), List.of(x), List.of(), Set.of(), Optional.empty());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return IngestReport.failed(feed.id(), "interrupted");
        } finally {
          n.decrementAndGet();
        }
      };
      pipeline = new Pipeline(new EveryFeedRead(), intake, tracker, story -> Optional.empty(), stores, clock, 2,
          RunLeaseStore.sql(db), name);
    }
  }

  @BeforeEach
  void open() {
    String url = Postgres.freshUrl();
    dbA = Database.connect(url, Optional.empty(), Optional.empty());
    dbB = Database.connect(url, Optional.empty(), Optional.empty());
    a = new Instance(dbA, "instance-a");
    b = new Instance(dbB, "instance-b");
  }

  @AfterEach
  void close() {
    for (Instance i : new Instance[] {a, b}) if (i != null) i.pipeline.close();
    if (dbA != null) dbA.close();
    if (dbB != null) dbB.close();
  }

  @Test
  void whileOneInstanceRunsTheOtherSkipsItsRunAndFetchesNothing() throws Exception {
    a.entered = new CountDownLatch(1);
    a.release = new CountDownLatch(1);
    CompletableFuture<RunReport> first = CompletableFuture.supplyAsync(() -> a.pipeline.run(List.of(wire, post)));
    assertTrue(a.entered.await(10, TimeUnit.SECONDS), "instance A is fetching");

    RunReport skipped = b.pipeline.run(List.of(wire, post));
    assertTrue(skipped.feeds().isEmpty(), "B's run was skipped");
    a.release.countDown();
    RunReport done = first.get(10, TimeUnit.SECONDS);

    assertEquals(2, done.feeds().size());
    assertEquals(2, fetches.get(), "only A fetched");
    assertEquals(1, mostAtOnce.get(), "no feed fetched by two at once");
    RunReport after = b.pipeline.run(List.of(wire));
    assertEquals(1, after.feeds().size(), "the lease is free again once A finished");
  }

  @Test
  void anInstanceRunningAfterAnotherFilesIntoTheOthersStories() {
    RunReport byA = a.pipeline.run(List.of(wire));
    assertEquals(1, byA.updates().size());
    long story = byA.updates().get(0).story().id();

    RunReport byB = b.pipeline.run(List.of(post));
    assertEquals(1, byB.updates().size());
    assertFalse(byB.updates().get(0).created(), "B started a duplicate story");
    assertEquals(story, byB.updates().get(0).story().id());
    assertEquals(1, b.stores.stories().count());
    assertEquals(2, b.stores.articles().count());
    assertEquals(2, b.stores.stories().find(story).orElseThrow().articleCount());
  }
}
