package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.ArticleStage;
import dev.herald.articles.IngestReport;
import dev.herald.chat.StatusSection;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.delivery.DeliverySettings;
import dev.herald.digest.CitationNumberer;
import dev.herald.digest.DraftSection;
import dev.herald.digest.DraftSentence;
import dev.herald.digest.DraftSummary;
import dev.herald.digest.StoryWriter;
import dev.herald.model.Article;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import dev.herald.pipeline.Pipeline;
import dev.herald.render.InfoView;
import dev.herald.render.StoryView;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.stories.StoryTracker;
import dev.herald.stories.StoryUpdate;
import dev.herald.testing.Await;
import dev.herald.testing.EveryFeedRead;
import dev.herald.testing.Fixtures;
import dev.herald.testing.MutableClock;
import dev.herald.testing.RecordingPublisher;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade end to end on a real SQLite file, with fake ingestion, clustering and summaries: a poll files an
 * article on a subscribed topic and the channel is alerted through the publisher; the story grows and the alert is
 * edited in place; status and retry answer from the same state.
 */
class DeliveryEndToEndTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  @TempDir java.nio.file.Path dir;
  final MutableClock clock = new MutableClock(T);
  Database db;
  DeliveryEngine delivery;

  @AfterEach
  void close() {
    if (delivery != null) delivery.stop();
    if (db != null) db.close();
  }

  @Test
  void aPolledStoryAlertsItsSubscribersAndGrowsInPlace() throws Exception {
    db = Database.open(dir.resolve("herald.db"));
    Stores stores = Stores.sql(db, clock);
    ChannelKey channel = ChannelKey.of(Platform.SLACK, "T1", "C1");
    stores.channels().save(Channel.of(channel, ZoneId.of("Asia/Seoul")));
    stores.channels().subscribe(new Subscription(channel, "transport", T));
    FeedSource wire = FeedSource.of("harbor-times", "Harbor Times", URI.create("https://harbor.example/feed"),
        List.of("transport"));
    FeedSource other = FeedSource.of("techline", "Techline", URI.create("https://techline.example/feed"),
        List.of("transport"));

    Deque<Article> arriving = new ArrayDeque<>();
    ArticleStage intake = (feed, parsed, firstRead, now) -> {
      synchronized (arriving) {
        Article next = arriving.peekFirst();
        if (next == null || !next.feedId().equals(feed.id())) {
          return new IngestReport(feed.id(), List.of(), List.of(), Set.of(), Optional.empty());
        }
        arriving.removeFirst();
        stores.articles().save(next, next.id());
        return new IngestReport(feed.id(), List.of(next), List.of(), Set.of(next.id()), Optional.empty());
      }
    };
    StoryTracker tracker = a -> {
      List<Story> open = stores.stories().activeSince(T.minus(Duration.ofDays(1)));
      Story s = open.isEmpty() ? stores.stories().create(a, a.title(), clock.instant())
          : stores.stories().addArticle(open.get(0).id(), a, clock.instant());
      stores.stories().setTopics(s.id(), List.of("transport"));
      return new StoryUpdate(s, open.isEmpty());
    };
    StoryWriter writer = s -> {
      List<Article> all = stores.articles().findAll(stores.stories().articleIds(s.id()));
      List<String> ids = all.stream().map(Article::id).toList();
      StorySummary summary = CitationNumberer.number(s, new DraftSummary("Rail strike",
          List.of(new DraftSection("What happened", List.of(new DraftSentence("Drivers walked out.", ids)))),
          "extractive"), all, Map.of(), clock.instant());
      stores.summaries().save(summary);
      return Optional.of(summary);
    };
    Pipeline pipeline = new Pipeline(new EveryFeedRead(), intake, tracker, writer, stores, clock, 2);
    RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
    DeliverySettings settings = DeliverySettings.defaults().withLimits(Platform.SLACK, DeliverySettings.Limits.NONE);
    delivery = TestService.engine(db, stores, pipeline, () -> List.of(wire, other), settings, clock);
    delivery.addPublisher(slack);
    arriving.add(Fixtures.article("a1", "Harbor Times", "Rail strike", "Drivers walked out.", T));
    delivery.start();

    // the scheduler's poll task runs at start; a manual poll finds nothing more due, or is the one that runs
    delivery.poll();
    Await.until(() -> slack.posts().size() == 1);
    StoryView alert = (StoryView) slack.posts().get(0).view();
    assertEquals(Optional.of("New on transport"), alert.banner());

    arriving.add(Fixtures.article("a2", "Techline", "Rail strike spreads", "More lines stopped.", T.plusSeconds(600)));
    clock.advance(Duration.ofMinutes(10));
    delivery.poll();
    Await.until(() -> slack.edits().size() == 1);
    StoryView edited = (StoryView) slack.edits().get(0).view();
    assertEquals(slack.posts().get(0).messageId(), slack.edits().get(0).messageId());
    assertEquals("Updated (2 articles)", edited.updatedLine());
    assertEquals(Optional.of("1 more article: Techline"), edited.change());
    assertEquals(1, slack.posts().size(), "growth by one outlet edits, it does not alert again");

    List<StatusSection> status = ServicePorts.statusSections(delivery);
    InfoView.Block briefing = status.get(0).report(channel);
    assertTrue(briefing.lines().get(0).startsWith("No daily briefing"), briefing.lines().toString());
    Channel scheduled = stores.channels().find(channel).orElseThrow()
        .withBriefingAt(Optional.of(java.time.LocalTime.of(8, 0)), ZoneId.of("Asia/Seoul"));
    stores.channels().save(scheduled);
    ServicePorts.schedules(delivery).scheduleChanged(scheduled);
    assertEquals(Optional.of(Instant.parse("2026-06-01T23:00:00Z")),
        ServicePorts.schedules(delivery).nextBriefing(scheduled));
    assertTrue(status.get(0).report(channel).lines().contains("Next: Tue 2 Jun 08:00 KST."),
        status.get(0).report(channel).lines().toString());
    assertEquals(0, ServicePorts.admin(delivery).retry(channel));
  }
}
