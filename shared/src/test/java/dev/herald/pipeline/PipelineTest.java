package dev.herald.pipeline;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.ArticleStage;
import dev.herald.articles.IngestReport;
import dev.herald.digest.StoryWriter;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.stories.StoryTracker;
import dev.herald.stories.StoryUpdate;
import dev.herald.testing.EveryFeedRead;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineTest {
  final Database db = Database.inMemory();
  final Stores stores = Stores.sql(db, Clock.fixed(T0, ZoneOffset.UTC));
  final List<Long> written = new ArrayList<>();

  final FeedSource good = FeedSource.of("good", "Good", URI.create("https://good.example/rss"), List.of());
  final FeedSource bad = FeedSource.of("bad", "Bad", URI.create("https://bad.example/rss"), List.of());
  final FeedSource buggy = FeedSource.of("buggy", "Buggy", URI.create("https://buggy.example/rss"), List.of());

  /** Stores articles like the real intake; "bad" reports a problem; "buggy" throws. */
  final ArticleStage intake = (feed, parsed, firstRead, now) -> {
    if (feed.id().equals("bad")) return IngestReport.failed("bad", "HTTP 404 Not Found");
    if (feed.id().equals("buggy")) throw new IllegalStateException("parser bug");
    Article late = article("late", "Good", "Strike ends", "Strike ends.", T0.plusSeconds(60));
    Article early = article("early", "Good", "Strike begins", "Strike begins.", T0);
    Article other = article("other", "Good", "Storm", "Storm.", T0.plusSeconds(30));
    for (Article a : List.of(late, early, other)) stores.articles().save(a, a.id());
    return new IngestReport("good", List.of(late, early, other), List.of(), Set.of("late"), Optional.empty());
  };

  /** Joins articles whose titles share the first word; records the order it was called in. */
  final List<String> tracked = new ArrayList<>();
  final Map<String, Long> byWord = new HashMap<>();
  final StoryTracker tracker = a -> {
    tracked.add(a.id());
    String word = a.title().split(" ")[0];
    Long id = byWord.get(word);
    if (id == null) {
      Story s = stores.stories().create(a, a.title(), T0);
      byWord.put(word, s.id());
      return new StoryUpdate(s, true);
    }
    return new StoryUpdate(stores.stories().addArticle(id, a, T0), false);
  };

  final StoryWriter writer = story -> {
    written.add(story.id());
    if (story.title().startsWith("Storm")) return Optional.empty(); // fails its check
    return Optional.of(new StorySummary(story.id(), story.version(), story.title(),
        List.of(new dev.herald.model.Section("H", List.of(new dev.herald.model.Sentence("x.", List.of(1))))),
        List.of(new dev.herald.model.Source(1, "early", "Good", "", "", "")), "extractive", T0));
  };

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void oneBadFeedNeverStopsTheOthers() {
    try (Pipeline p = new Pipeline(new EveryFeedRead(), intake, tracker, writer, stores,
        Clock.fixed(T0, ZoneOffset.UTC), 2)) {
      RunReport r = p.run(List.of(bad, buggy, good));
      assertEquals(3, r.feeds().size());
      assertEquals(2, r.feedsFailed());
      assertEquals("internal error: java.lang.IllegalStateException: parser bug",
          r.feeds().get(1).problem().orElseThrow());
      assertEquals(3, r.articlesAdded());
    }
  }

  @Test
  void eachFeedIsReadThenStoredThenItsReadRecordedWithTheFeedInTheLoggingContext() {
    List<String> calls = new ArrayList<>();
    EveryFeedRead reads = new EveryFeedRead() {
      @Override
      public void succeeded(dev.herald.feeds.FeedReader.Read read) {
        calls.add("recorded " + read.feed().id() + " " + org.slf4j.MDC.get("feed"));
      }
    };
    ArticleStage storing = (feed, parsed, firstRead, now) -> {
      calls.add("stored " + feed.id() + " " + org.slf4j.MDC.get("feed"));
      if (feed.id().equals("buggy")) throw new IllegalStateException("store down");
      return intake.store(feed, parsed, firstRead, now);
    };
    try (Pipeline p = new Pipeline(reads, storing, tracker, writer, stores, Clock.fixed(T0, ZoneOffset.UTC), 1)) {
      p.run(List.of(good, buggy));
    }
    // a read whose items could not be stored is not recorded: the next poll fetches them again
    assertEquals(List.of("stored good good", "recorded good good", "stored buggy buggy"), calls);
    assertEquals(null, org.slf4j.MDC.get("feed"));
  }

  @Test
  void articlesAreFiledInPublicationOrder() {
    try (Pipeline p = new Pipeline(new EveryFeedRead(), intake, tracker, writer, stores,
        Clock.fixed(T0, ZoneOffset.UTC), 2)) {
      RunReport r = p.run(List.of(good));
      assertEquals(List.of("early", "other", "late"), tracked);
      assertEquals(3, r.updates().size());
    }
  }

  @Test
  void eachChangedStoryIsSummarisedOnceAtItsLatestVersion() {
    try (Pipeline p = new Pipeline(new EveryFeedRead(), intake, tracker, writer, stores,
        Clock.fixed(T0, ZoneOffset.UTC), 2)) {
      RunReport r = p.run(List.of(good));
      assertEquals(2, written.size(), "two stories changed: " + written);
      assertEquals(1, r.summaries().size());
      assertEquals(2, r.summaries().get(0).storyVersion(), "the strike story after both articles joined");
      assertEquals(1, r.unsummarised().size(), "the storm story failed its check");
    }
  }

  @Test
  void onlyStoriesChangedByAlertableArticlesAreAlertable() {
    try (Pipeline p = new Pipeline(new EveryFeedRead(), intake, tracker, writer, stores,
        Clock.fixed(T0, ZoneOffset.UTC), 2)) {
      RunReport r = p.run(List.of(good));
      long strike = byWord.get("Strike");
      assertEquals(Set.of(strike), r.alertable());
      assertTrue(r.describe().startsWith("1 feed (0 failed), 3 new articles, 2 stories changed"), r.describe());
    }
  }

  @Test
  void storiesWithoutASummaryAreOneWarningForTheRunNotOnePerStory() {
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
        new ch.qos.logback.core.read.ListAppender<>();
    events.start();
    root.addAppender(events);
    // the real writer, with a summarizer that finds nothing to say (as for title-only items of real feeds)
    dev.herald.digest.CheckedStoryWriter real = new dev.herald.digest.CheckedStoryWriter(stores.stories(),
        stores.articles(), stores.summaries(), new dev.herald.digest.CheckedSummarizer((story, articles, max) -> {
          throw new IllegalArgumentException("story " + story.id() + " has no sentence to summarise");
        }, 140), Clock.fixed(T0, ZoneOffset.UTC));
    try (Pipeline p = new Pipeline(new EveryFeedRead(), intake, tracker, real, stores,
        Clock.fixed(T0, ZoneOffset.UTC), 2)) {
      RunReport r = p.run(List.of(good));
      assertEquals(2, r.unsummarised().size());
    } finally {
      root.detachAppender(events);
    }
    List<String> warnings = events.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
        .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
    assertEquals(List.of("2 of 2 changed stories have no new summary (each keeps its previous one, if any);"
        + " HERALD_LOG_LEVEL=DEBUG names them and why"), warnings);
  }
}
