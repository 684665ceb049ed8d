package dev.herald.stories;

import static dev.herald.stories.TestArticles.article;
import static dev.herald.stories.TestArticles.headline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Story;
import dev.herald.model.Topic;
import dev.herald.store.Database;
import dev.herald.store.StorySearchStore;
import dev.herald.store.Stores;
import dev.herald.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OnlineStoryTrackerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:10:00Z"));
  private final Database db = Database.inMemory();
  private final Stores stores = Stores.sql(db, clock);
  private final TopicTagger tagger = new TopicTagger(
      List.of(new Topic("economy", List.of("rate cut", "central bank"), List.of())),
      feed -> Map.of("meridian-post", List.of("world")).getOrDefault(feed, List.of()));

  @AfterEach
  void close() {
    db.close();
  }

  private OnlineStoryTracker tracker() {
    return new OnlineStoryTracker(stores.stories(), stores.articles(), StorySearchStore.sqlite(db), tagger,
        ClusterSettings.defaults(), clock);
  }

  private StoryUpdate track(OnlineStoryTracker t, Article a) {
    stores.articles().save(a, a.id());
    return t.track(a);
  }

  @Test
  void anArticleStartsAStoryAndCoverageOfTheSameEventGrowsIt() {
    OnlineStoryTracker t = tracker();
    StoryUpdate first = track(t, headline("1", "Northwind Wire", "Central Bank of Valdoria cuts main rate to 3.50%",
        "2026-11-26T12:04:00Z"));
    assertTrue(first.created());
    assertEquals(1, first.story().version());
    assertEquals("Central Bank of Valdoria cuts main rate to 3.50%", first.story().title());

    StoryUpdate second = track(t, headline("2", "The Meridian Post",
        "Valdoria central bank cuts rate to 3.50% as inflation slows", "2026-11-26T12:08:00Z"));
    assertFalse(second.created());
    Story s = second.story();
    assertEquals(first.story().id(), s.id());
    assertEquals(2, s.version());
    assertEquals(2, s.articleCount());
    assertEquals(2, s.outletCount());
    assertFalse(s.singleOutlet());
    assertEquals(Instant.parse("2026-11-26T12:08:00Z"), s.newestArticleAt());
  }

  @Test
  void topicsAreTaggedWhenTheStoryFormsAndAgainAsItGrows() {
    OnlineStoryTracker t = tracker();
    long id = track(t, headline("1", "Northwind Wire", "Central Bank of Valdoria announces rate cut",
        "2026-11-26T12:04:00Z")).story().id();
    assertEquals(List.of("economy"), stores.stories().topics(id));
    track(t, headline("2", "Meridian Post", "Central Bank of Valdoria rate cut surprises few",
        "2026-11-26T12:08:00Z"));
    assertEquals(List.of("economy", "world"), stores.stories().topics(id));
  }

  @Test
  void aSyndicatedCopyJoinsItsOriginalsStory() {
    OnlineStoryTracker t = tracker();
    long original = track(t, headline("1", "Northwind Wire", "Storm Isolde cuts power to 180,000 homes",
        "2026-11-26T06:30:00Z")).story().id();
    track(t, headline("2", "Techline", "Tallow 5.0 database adds vector search", "2026-11-26T06:35:00Z"));
    Article copy = headline("3", "Pacific Daily", "Weather roundup", "2026-11-26T07:00:00Z").withNearDuplicateOf("1");
    assertEquals(original, track(t, copy).story().id());
  }

  @Test
  void trackingAnArticleTwiceChangesNothing() {
    OnlineStoryTracker t = tracker();
    Article a = headline("1", "Northwind Wire", "Storm Isolde cuts power", "2026-11-26T06:30:00Z");
    StoryUpdate first = track(t, a);
    StoryUpdate again = t.track(a);
    assertEquals(first.story(), again.story());
    assertFalse(again.created());
  }

  @Test
  void storiesThatTurnOutToBeOneEventMergeKeepingTheOlderId() {
    OnlineStoryTracker t = tracker();
    long first = track(t, headline("1", "Northwind Wire", "Quellton Semiconductor fined 412 million crowns",
        "2026-11-26T09:05:00Z")).story().id();
    long second = track(t, headline("2", "Capital Ledger",
        "Competition Authority antitrust decision rebates chip makers", "2026-11-26T09:10:00Z")).story().id();
    assertNotEquals(first, second);
    track(t, headline("3", "Techline",
        "Competition Authority fines Quellton Semiconductor 412 million crowns over rebates to chip makers",
        "2026-11-26T09:20:00Z"));
    StoryUpdate last = track(t, headline("4", "Meridian Post",
        "Quellton Semiconductor antitrust fine: Competition Authority says rebates squeezed rival chip makers",
        "2026-11-26T09:30:00Z"));
    assertEquals(first, last.story().id());
    assertEquals(first, stores.stories().resolve(second));
    assertEquals(4, last.story().articleCount());
    assertEquals(4, last.story().outletCount());
    assertEquals(1, stores.stories().count());
  }

  @Test
  void afterARestartTheIndexIsRebuiltFromTheStoresLiveStories() {
    long id = track(tracker(), article("1", "Northwind Wire", "Rail strike halts most intercity trains across Valdoria",
        "Valdorian Railways cancelled most intercity trains as the 48-hour strike began.", "2026-11-26T06:25:00Z"))
        .story().id();
    clock.set(Instant.parse("2026-11-26T16:20:00Z"));
    Article later = article("2", "Capital Ledger", "Valdoria rail strike costing economy 40 million crowns a day",
        "The 48-hour strike at Valdorian Railways cancelled most intercity trains.", "2026-11-26T16:15:00Z");

    OnlineStoryTracker restarted = tracker();
    assertEquals(1, restarted.rebuild());
    assertEquals(id, track(restarted, later).story().id());
  }

  @Test
  void withoutARebuildARestartedTrackerWouldNotKnowTheStory() {
    track(tracker(), article("1", "Northwind Wire", "Rail strike halts most intercity trains across Valdoria",
        "Valdorian Railways cancelled most intercity trains as the 48-hour strike began.", "2026-11-26T06:25:00Z"));
    Article later = article("2", "Capital Ledger", "Valdoria rail strike costing economy 40 million crowns a day",
        "The 48-hour strike at Valdorian Railways cancelled most intercity trains.", "2026-11-26T16:15:00Z");
    assertTrue(track(tracker(), later).created());
  }

  @Test
  void theRebuildLoadsOnlyStoriesInsideTheWindowAndItsGrace() {
    track(tracker(), headline("1", "Harbor Times", "Port Marren council approves library renovation",
        "2026-11-23T17:40:00Z"));
    clock.set(Instant.parse("2026-11-27T17:00:00Z"));
    assertEquals(1, tracker().rebuild());
    clock.set(Instant.parse("2026-11-27T18:00:00Z"));
    assertEquals(0, tracker().rebuild());
  }
}
