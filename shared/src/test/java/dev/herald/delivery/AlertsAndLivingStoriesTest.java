package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.Database;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxRow;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import dev.herald.testing.Fixtures;
import dev.herald.testing.MutableClock;
import dev.herald.testing.StoryFixture;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Topic alerts and living-story edits planned from what a pipeline run changed. */
class AlertsAndLivingStoriesTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");

  MutableClock clock = new MutableClock(T);
  Database db;
  Stores stores;
  OutboxStores delivery;
  List<FeedSource> feeds = new ArrayList<>();
  DeliverySettings.Alerts alertSettings = new DeliverySettings.Alerts(1, 2, Duration.ofMinutes(30), 3);
  ChannelKey c1 = ChannelKey.of(Platform.SLACK, "T1", "C1");
  ChannelKey other = ChannelKey.of(Platform.SLACK, "T2", "C9");

  @BeforeEach
  void open() {
    db = Database.inMemory();
    stores = Stores.sql(db, clock);
    delivery = OutboxStores.sql(db, clock);
    for (ChannelKey c : List.of(c1, other)) stores.channels().save(Channel.of(c, ZoneId.of("Europe/London")));
    stores.channels().subscribe(new Subscription(c1, "transport", T));
    for (String outlet : List.of("Harbor Times", "Techline", "Daily Wire", "Metro", "Courier")) {
      String id = outlet.toLowerCase().replaceAll("[^a-z0-9]+", "-");
      feeds.add(FeedSource.of(id, outlet, URI.create("https://" + id + ".example/feed"), List.of()));
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  AlertPlanner alerts() {
    return new AlertPlanner(stores, delivery, () -> feeds, p -> true, alertSettings, clock);
  }

  StorySummary story(String title, String... outlets) {
    StorySummary s = StoryFixture.add(stores, title, List.of(outlets), List.of("What happened"), clock.instant());
    stores.stories().setTopics(s.storyId(), List.of("transport"));
    return s;
  }

  /** Adds an article from {@code outlet} to the story and a summary of the new version. */
  StorySummary grow(StorySummary s, String outlet, String... headings) {
    String id = s.title().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + outlet.toLowerCase().replace(' ', '-');
    Article a = Fixtures.article(id, outlet, s.title() + " (" + outlet + ")", s.title() + " grew.", clock.instant());
    stores.articles().save(a, id);
    Story grown = stores.stories().addArticle(s.storyId(), a, clock.instant());
    List<Article> all = stores.articles().findAll(stores.stories().articleIds(s.storyId()));
    List<String> ids = all.stream().map(Article::id).toList();
    List<dev.herald.digest.DraftSection> sections = new ArrayList<>();
    sections.add(new dev.herald.digest.DraftSection("What happened",
        List.of(new dev.herald.digest.DraftSentence("It happened.", ids))));
    for (String h : headings) {
      sections.add(new dev.herald.digest.DraftSection(h, List.of(new dev.herald.digest.DraftSentence(h + ".", ids))));
    }
    StorySummary summary = dev.herald.digest.CitationNumberer.number(grown,
        new dev.herald.digest.DraftSummary(s.title(), sections, "extractive"), all, Map.of(), clock.instant());
    stores.summaries().save(summary);
    return summary;
  }

  List<OutboxRow> alertsFor(ChannelKey c, StorySummary s) {
    List<OutboxRow> out = new ArrayList<>();
    for (int v = 1; v <= 10; v++) {
      delivery.outbox().find(OutboxEntry.post(c, DeliveryKind.ALERT, s.storyId(), v, Optional.empty(), T).key())
          .ifPresent(out::add);
    }
    return out;
  }

  @Test
  void aNewStoryOnASubscribedTopicAlertsOnceWithItsBanner() {
    StorySummary s = story("Rail strike", "Harbor Times");
    assertEquals(1, alerts().plan(Set.of(s.storyId())));
    assertEquals(0, alerts().plan(Set.of(s.storyId())));
    List<OutboxRow> rows = alertsFor(c1, s);
    assertEquals(1, rows.size());
    assertEquals(Optional.of("New on transport"), rows.get(0).entry().banner());
    assertTrue(alertsFor(other, s).isEmpty(), "not subscribed");
  }

  @Test
  void storiesThatAreNotAlertableNeverAlert() {
    StorySummary s = story("Rail strike", "Harbor Times");
    assertEquals(0, alerts().plan(Set.of()));
    assertTrue(alertsFor(c1, s).isEmpty());
  }

  @Test
  void aStoryAlertsAgainOnlyWhenItGrewByTheConfiguredOutlets() {
    StorySummary s = story("Rail strike", "Harbor Times");
    alerts().plan(Set.of(s.storyId()));
    clock.advance(Duration.ofHours(1));
    StorySummary v2 = grow(s, "Techline");
    assertEquals(0, alerts().plan(Set.of(s.storyId())), "one more outlet is not enough");
    clock.advance(Duration.ofHours(1));
    StorySummary v3 = grow(v2, "Daily Wire");
    assertEquals(1, alerts().plan(Set.of(s.storyId())));
    OutboxRow growth = alertsFor(c1, s).get(1);
    assertEquals(v3.storyVersion(), growth.entry().storyVersion());
    assertEquals(Optional.of("Growing on transport: now 3 outlets"), growth.entry().banner());
  }

  @Test
  void theCooldownAndTheDailyCapHoldAlertsBack() {
    StorySummary a = story("Rail strike", "Harbor Times");
    StorySummary b = story("Port reopens", "Techline");
    assertEquals(1, alerts().plan(Set.of(a.storyId(), b.storyId())), "the cooldown holds the second");
    for (String title : List.of("Bridge closed", "Tram fares", "Airport delay")) {
      clock.advance(Duration.ofMinutes(31));
      alerts().plan(Set.of(story(title, "Metro").storyId()));
    }
    assertEquals(3, delivery.history().alertsSince(c1, T), "at most three a day");
    clock.set(Instant.parse("2026-06-01T23:30:00Z")); // 00:30 on the 2nd in London: a new day
    assertEquals(1, alerts().plan(Set.of(story("Night buses", "Courier").storyId())));
  }

  @Test
  void workspaceFeedsAlertOnlyTheirOwnWorkspace() {
    feeds.replaceAll(f -> new FeedSource(f.id(), f.name(), f.url(), f.topics(),
        FeedScope.of(new WorkspaceKey(Platform.SLACK, "T2")), f.pollInterval()));
    stores.channels().subscribe(new Subscription(other, "transport", T));
    StorySummary s = story("Rail strike", "Harbor Times");
    alerts().plan(Set.of(s.storyId()));
    assertTrue(alertsFor(c1, s).isEmpty());
    assertEquals(1, alertsFor(other, s).size());
  }

  @Test
  void aPostedStoryThatGrowsIsEditedInPlaceWithWhatChanged() {
    StorySummary s = story("Rail strike", "Harbor Times");
    OutboxEntry post = OutboxEntry.post(c1, DeliveryKind.BRIEFING, s.storyId(), s.storyVersion(),
        Optional.of("Daily briefing"), T);
    delivery.outbox().enqueue(List.of(post));
    OutboxRow row = delivery.outbox().find(post.key()).orElseThrow();
    delivery.outbox().sent(row.id(), "1700000000.000100", s.storyVersion(), T);

    LivingStories living = new LivingStories(stores, delivery, p -> true, 2, clock);
    assertEquals(0, living.plan(Set.of(s.storyId())), "nothing new yet");
    StorySummary v2 = grow(s, "Techline", "Reactions");
    assertEquals(1, living.plan(Set.of(s.storyId())));
    assertEquals(0, living.plan(Set.of(s.storyId())), "one waiting edit per message");

    OutboxEntry update = OutboxEntry.update(c1, s.storyId(), v2.storyVersion(), "1700000000.000100", T);
    OutboxViews.Rendered r = new OutboxViews(stores, delivery.outbox()).render(update).orElseThrow();
    dev.herald.render.StoryView v = (dev.herald.render.StoryView) r.view();
    assertEquals("Updated (2 articles)", v.updatedLine());
    assertEquals(Optional.of("1 more article: Techline \u00b7 new section: Reactions"), v.change());
    assertEquals(Optional.of("Daily briefing"), v.banner(), "the banner survives the edit");
  }

  @Test
  void editsAreLimitedPerMessagePerHourAndCoalesce() {
    StorySummary s = story("Rail strike", "Harbor Times");
    OutboxEntry post = OutboxEntry.post(c1, DeliveryKind.ALERT, s.storyId(), s.storyVersion(), Optional.empty(), T);
    delivery.outbox().enqueue(List.of(post));
    delivery.outbox().sent(delivery.outbox().find(post.key()).orElseThrow().id(), "m1", s.storyVersion(), T);
    LivingStories living = new LivingStories(stores, delivery, p -> true, 2, clock);
    StorySummary latest = s;
    List<Instant> editTimes = List.of(T.plusSeconds(60), T.plusSeconds(600));
    for (Instant at : editTimes) {
      clock.set(at);
      latest = grow(latest, "Outlet " + at.getEpochSecond());
      assertEquals(1, living.plan(Set.of(s.storyId())));
      OutboxEntry u = OutboxEntry.update(c1, s.storyId(), latest.storyVersion(), "m1", at);
      OutboxRow r = delivery.outbox().find(u.key()).orElseThrow();
      assertEquals(at, r.nextAttemptAt());
      delivery.outbox().sent(r.id(), "m1", latest.storyVersion(), at);
    }
    clock.set(T.plusSeconds(1200));
    latest = grow(latest, "Late outlet");
    assertEquals(1, living.plan(Set.of(s.storyId())));
    OutboxRow third = delivery.outbox().find(OutboxEntry.update(c1, s.storyId(), latest.storyVersion(), "m1", T).key())
        .orElseThrow();
    assertEquals(T.plusSeconds(60).plus(Duration.ofHours(1)), third.nextAttemptAt(), "waits for the hour to allow it");
    latest = grow(latest, "Later outlet");
    assertEquals(0, living.plan(Set.of(s.storyId())), "coalesced into the waiting edit");
    OutboxViews.Rendered shown = new OutboxViews(stores, delivery.outbox()).render(third.entry()).orElseThrow();
    assertEquals(latest.storyVersion(), shown.version(), "the waiting edit shows the latest version");
    assertFalse(delivery.outbox().seen(c1, s.storyId(), latest.storyVersion()));
  }

  /** The story posted to the channel as {@code kind} and sent, as message {@code messageId}. */
  void posted(ChannelKey c, DeliveryKind kind, StorySummary s, String messageId) {
    OutboxEntry post = OutboxEntry.post(c, kind, s.storyId(), s.storyVersion(), Optional.of("Daily briefing"), T);
    delivery.outbox().enqueue(List.of(post));
    delivery.outbox().sent(delivery.outbox().find(post.key()).orElseThrow().id(), messageId, s.storyVersion(),
        clock.instant());
  }

  LivingStories living() {
    return new LivingStories(stores, delivery, p -> true, 4, clock);
  }

  boolean editWaits(ChannelKey c, StorySummary s, String messageId) {
    return delivery.outbox().find(OutboxEntry.update(c, s.storyId(), s.storyVersion(), messageId, T).key()).isPresent();
  }

  @Test
  void aStoryTheChannelGotInItsBriefingIsNoNewStoryThereItsGrowthIsAnEdit() {
    alertSettings = new DeliverySettings.Alerts(1, 3, Duration.ofMinutes(30), 10);
    StorySummary s = story("Rail strike", "Harbor Times");
    posted(c1, DeliveryKind.BRIEFING, s, "m-brief");
    clock.advance(Duration.ofMinutes(6));
    StorySummary v2 = grow(s, "Techline");
    assertEquals(0, alerts().plan(Set.of(s.storyId())), "no \"New on transport\" for the story the briefing carried");
    assertTrue(alertsFor(c1, s).isEmpty());
    assertEquals(1, living().plan(Set.of(s.storyId())));
    assertTrue(editWaits(c1, v2, "m-brief"), "the briefing's card tells the change");
  }

  @Test
  void aBriefedStoryThatGrewByTheThresholdIsAlertedOnceAndNotAlsoEditedForThatChange() {
    StorySummary s = story("Rail strike", "Harbor Times");
    posted(c1, DeliveryKind.BRIEFING, s, "m-brief");
    posted(other, DeliveryKind.BRIEFING, s, "m-other"); // not subscribed: it only ever gets edits
    clock.advance(Duration.ofHours(2));
    StorySummary v3 = grow(grow(s, "Techline"), "Daily Wire");
    assertEquals(1, alerts().plan(Set.of(s.storyId())), "grew by two outlets (the threshold) since the briefing");
    OutboxRow alert = alertsFor(c1, s).get(0);
    assertEquals(Optional.of("Growing on transport: now 3 outlets"), alert.entry().banner());
    assertEquals(v3.storyVersion(), alert.entry().storyVersion());
    assertEquals(1, living().plan(Set.of(s.storyId())));
    assertTrue(!editWaits(c1, v3, "m-brief"), "the alert tells this change; no edit as well");
    assertTrue(editWaits(other, v3, "m-other"));
  }

  @Test
  void aBriefingStillOnItsWayCountsAsTelling() {
    StorySummary s = story("Rail strike", "Harbor Times");
    delivery.outbox().enqueue(List.of(OutboxEntry.post(c1, DeliveryKind.BRIEFING, s.storyId(), s.storyVersion(),
        Optional.empty(), T)));
    grow(s, "Techline");
    assertEquals(0, alerts().plan(Set.of(s.storyId())));
  }
}
