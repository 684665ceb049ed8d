package dev.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Story;
import dev.herald.model.Topic;
import dev.herald.store.Database;
import dev.herald.store.StorySearchStore;
import dev.herald.store.Stores;
import dev.herald.testing.MutableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lookups over the sample events, tracked into a real (in-memory) database; "now" is 27 Nov 2026 08:00 UTC. */
class ArchiveStoryFinderTest {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
  private final Database db = Database.inMemory();
  private final Stores stores = Stores.sql(db, clock);
  private final StorySearchStore search = StorySearchStore.sqlite(db);
  private final List<Topic> topics = List.of(
      new Topic("climate", List.of("storm", "glacier", "climate"), List.of()),
      new Topic("transport", List.of("rail", "train", "ferries"), List.of()));
  private ArchiveStoryFinder finder;

  @BeforeEach
  void trackTheSamples() {
    TopicTagger tagger = new TopicTagger(topics, feed -> Map.<String, List<String>>of().getOrDefault(feed, List.of()));
    OnlineStoryTracker tracker = new OnlineStoryTracker(stores.stories(), stores.articles(), search, tagger,
        ClusterSettings.defaults(), clock);
    for (SampleArticles.Labelled l : SampleArticles.load()) {
      stores.articles().save(l.article(), l.article().id());
      tracker.track(l.article());
    }
    finder = new ArchiveStoryFinder(stores.stories(), search, new CoverageStoryRanker(),
        tagger.topicNames(), clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static List<String> titles(Lookup l) {
    return l.stories().stream().map(Story::title).toList();
  }

  @Test
  void freeTextFindsTheStoryWhicheverArticleUsedTheWords() {
    Lookup l = finder.find("ferries", UTC, 5);
    assertEquals("any time", l.period());
    assertEquals(List.of("Storm Isolde kills one, cuts power to 180,000 homes in western Valdoria"), titles(l));
  }

  @Test
  void aTopicNameGivesTheStoriesCarryingIt() {
    Lookup l = finder.find("climate", UTC, 5);
    assertEquals(2, l.stories().size());
    assertTrue(titles(l).contains("Valdoria’s glaciers lost 3.8% of their ice in 2026, survey finds"));
  }

  @Test
  void aTimeExpressionNarrowsToThatPeriodAndIsSaidInWords() {
    Lookup week = finder.find("glaciers this week", UTC, 5);
    assertEquals("this week", week.period());
    assertEquals(1, week.stories().size());
    Lookup today = finder.find("glaciers today", UTC, 5);
    assertEquals("today", today.period());
    assertEquals(List.of(), today.stories());
    assertEquals("glaciers", today.terms());
  }

  @Test
  void aDateGivesThatDaysStories() {
    Lookup l = finder.find("24 Nov", UTC, 10);
    assertEquals("24 Nov 2026", l.period());
    // the glacier survey story was first reported on the 24th and followed up later: it had coverage that day too
    assertEquals(List.of("Valdoria’s glaciers lost 3.8% of their ice in 2026, survey finds",
        "Brevik Foods agrees to buy Nordvale Dairies for 1.3 billion crowns"), titles(l));
  }

  @Test
  void anEmptyQueryGivesTodaysTopStoriesBestFirst() {
    Lookup l = finder.find("", UTC, 3);
    assertEquals("today", l.period());
    assertEquals(3, l.stories().size());
    for (Story s : l.stories()) {
      assertTrue(!s.newestArticleAt().isBefore(java.time.Instant.parse("2026-11-27T00:00:00Z")));
    }
    List<Story> all = finder.find("", UTC, 10).stories();
    assertEquals(new CoverageStoryRanker().rank(all, clock.instant()), all);
  }

  @Test
  void wordsThatMatchNothingGiveAnEmptyLookupWithTheirPeriod() {
    Lookup l = finder.find("volcano yesterday", UTC, 5);
    assertEquals(List.of(), l.stories());
    assertEquals("yesterday", l.period());
    assertEquals("volcano", l.terms());
  }

  @Test
  void whenNotEveryWordMatchesAnyWordMay() {
    Lookup l = finder.find("rail volcano", UTC, 5);
    assertEquals(1, l.stories().size());
  }

  @Test
  void theChannelsZoneDecidesWhatTodayMeans() {
    // 08:00 UTC on Friday 27 Nov is still Thursday 26 Nov, 22:00, in Honolulu
    String rateCut = "Central Bank of Valdoria cuts main rate to 3.50%";
    assertTrue(titles(finder.find("", ZoneId.of("Pacific/Honolulu"), 20)).contains(rateCut));
    assertTrue(!titles(finder.find("", UTC, 20)).contains(rateCut));
  }

  private static final String STORM = "Storm Isolde kills one, cuts power to 180,000 homes in western Valdoria";
  private static final String STRIKE = "Rail strike halts most intercity trains across Valdoria";
  private static final String CUP = "Port Marren Mariners beat Lindhaven Athletic 2-1 in extra time to win Continental Cup";

  @Test
  void aPeriodSelectsTheStoriesWithCoverageInItNotOnlyThoseWhoseLatestArticleFallsInIt() {
    java.time.Instant friday = java.time.Instant.parse("2026-11-27T00:00:00Z");
    List<Story> thursdayNews = finder.find("", UTC, 50).stories().stream()
        .filter(s -> List.of(STORM, STRIKE, CUP).contains(s.title())).toList();
    assertEquals(3, thursdayNews.size(), "each also has an article after midnight: " + thursdayNews);
    for (Story s : thursdayNews) assertTrue(s.newestArticleAt().isAfter(friday), s.title());

    assertTrue(titles(finder.find("yesterday", UTC, 50)).containsAll(List.of(STORM, STRIKE, CUP)));
    assertTrue(titles(finder.find("thursday", UTC, 50)).containsAll(List.of(STORM, STRIKE, CUP)));
    assertEquals(List.of(STRIKE), titles(finder.find("rail strike yesterday", UTC, 5)));
    assertTrue(titles(finder.find("transport yesterday", UTC, 5)).contains(STRIKE));
    assertEquals(List.of(), titles(finder.find("rail strike 24 Nov", UTC, 5)), "no coverage that day");
  }

  @Test
  void aLookupCountsEveryMatchBeyondTheOnesItReturns() {
    Lookup week = finder.find("this week", UTC, 5);
    assertEquals(5, week.stories().size());
    assertEquals(finder.find("this week", UTC, 100).stories().size(), week.total());
    assertTrue(week.total() > 5, "the samples hold more than five stories this week: " + week.total());
    Lookup rail = finder.find("rail", UTC, 5);
    assertEquals(rail.stories().size(), rail.total());
  }

  @Test
  void onlyTheStoriesTheCallerMayShowAreReturnedAndCounted() {
    Lookup all = finder.find("this week", UTC, 100);
    Lookup noStorm = finder.find("this week", UTC, 100, s -> !s.title().equals(STORM));
    assertEquals(all.total() - 1, noStorm.total());
    assertTrue(!titles(noStorm).contains(STORM));
  }
}
