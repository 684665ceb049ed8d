package dev.herald.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Briefing;
import dev.herald.model.BriefingStory;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.testing.FakeRanker;
import dev.herald.testing.FakeStoryFinder;
import dev.herald.testing.StoryFixture;
import dev.herald.testing.TestChats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatServiceTest {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  final ChannelKey channel = ChannelKey.of(Platform.SLACK, "T1", "C1");
  final Actor admin = new Actor("U1", true, "workspace admins and owners");
  final Actor member = new Actor("U2", false, "workspace admins and owners");
  final List<Channel> rescheduled = new ArrayList<>();

  Database db;
  Stores stores;
  ChatService chat;
  StorySummary strike;
  StorySummary storm;

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    stores = Stores.sql(db, clock);
    strike = StoryFixture.add(stores, "Rail strike halts trains", List.of("Harbor Times", "Capital Ledger"),
        List.of("Walkout begins", "Talks stall"), NOW.minus(Duration.ofHours(3)));
    storm = StoryFixture.add(stores, "Storm Isolde hits coast", List.of("Northwind Wire"),
        List.of("Landfall"), NOW.minus(Duration.ofHours(2)));
    StoryFixture.add(stores, "Old library news", List.of("Harbor Times"), List.of("Approved"),
        NOW.minus(Duration.ofDays(4)));
    chat = TestChats.builder(stores)
        .schedules(new ScheduleListener() {
          @Override
          public void scheduleChanged(Channel c) {
            rescheduled.add(c);
          }

          @Override
          public Optional<Instant> nextBriefing(Channel c) {
            return Optional.of(Instant.parse("2026-11-28T08:00:00Z"));
          }
        })
        .clock(clock)
        .build();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  ChatReply ask(Actor actor, ChatCommand command) {
    return chat.handle(new ChatRequest(channel, actor, command));
  }

  @Test
  void briefWithoutAQueryShowsTheLastDaysStoriesBestFirst() {
    ChatReply r = ask(member, new ChatCommand.Brief(""));
    BriefingView v = assertInstanceOf(BriefingView.class, r.view());
    assertEquals(List.of("Rail strike halts trains", "Storm Isolde hits coast"),
        v.stories().stream().map(s -> s.title()).toList(), "the 4-day-old story is outside the window");
    assertTrue(v.heading().startsWith("Top stories \u00b7 Friday 27 November"), v.heading());
    assertTrue(r.ephemeral());
  }

  @Test
  void aLookupWithNoMatchGivesAHelpfulLine() {
    LookupView v = assertInstanceOf(LookupView.class, ask(member, new ChatCommand.Brief("volcano")).view());
    assertTrue(v.stories().isEmpty());
    assertTrue(v.emptyHint().startsWith("Nothing matched \u201cvolcano\u201d (this week)."), v.emptyHint());
  }

  @Test
  void aLookupFindsStoriesWithTheirSummaries() {
    LookupView v = assertInstanceOf(LookupView.class, ask(member, new ChatCommand.Brief("storm")).view());
    assertEquals(List.of(storm.storyId()), v.stories().stream().map(s -> s.storyId()).toList());
  }

  @Test
  void sourcesUseTheNumbersOfTheText() {
    SourcesView v = assertInstanceOf(SourcesView.class,
        ask(member, new ChatCommand.Sources("#" + strike.storyId())).view());
    assertEquals(strike.sources(), v.sources());
    assertEquals("Sources (2 articles)", v.heading());
  }

  @Test
  void sourcesWithoutAStoryMeanTheTopStoryOfTheLatestBriefing() {
    assertInstanceOf(NoticeView.class, ask(member, new ChatCommand.Sources("")).view(), "nothing posted yet");
    stores.channels().save(Channel.of(channel, ZoneOffset.UTC));
    stores.briefings().record(new Briefing(channel, NOW, NOW.minus(Duration.ofDays(1)), List.of(
        new BriefingStory(stores.stories().find(storm.storyId()).orElseThrow(), storm))));
    SourcesView v = assertInstanceOf(SourcesView.class, ask(member, new ChatCommand.Sources("")).view());
    assertEquals(storm.storyId(), v.storyId());
    assertTrue(v.singleOutlet());
  }

  @Test
  void sourcesResolveWordsAsBriefDoesSkippingStoriesWithoutASummary() {
    // a newer "storm" story, not summarised yet: /brief storm skips it, and so must /sources storm
    var fresh = dev.herald.testing.Fixtures.article("storm-late", "Harbor Times", "Storm Isolde update",
        "Storm Isolde update.", NOW.minus(Duration.ofMinutes(30)));
    stores.articles().save(fresh, "storm-late");
    stores.stories().create(fresh, "Storm Isolde latest", NOW.minus(Duration.ofMinutes(30)));
    LookupView brief = assertInstanceOf(LookupView.class, ask(member, new ChatCommand.Brief("storm")).view());
    assertEquals(List.of(storm.storyId()), brief.stories().stream().map(s -> s.storyId()).toList());
    SourcesView v = assertInstanceOf(SourcesView.class, ask(member, new ChatCommand.Sources("storm")).view());
    assertEquals(storm.storyId(), v.storyId());
  }

  @Test
  void expandFindsASectionByNumberOrHeading() {
    SectionView byNumber = assertInstanceOf(SectionView.class,
        ask(member, new ChatCommand.Expand(String.valueOf(strike.storyId()), "2")).view());
    assertEquals("Talks stall", byNumber.section().heading());
    SectionView byWords = assertInstanceOf(SectionView.class,
        ask(member, new ChatCommand.Expand(String.valueOf(strike.storyId()), "walkout")).view());
    assertEquals(0, byWords.index());
    NoticeView missing = assertInstanceOf(NoticeView.class,
        ask(member, new ChatCommand.Expand(String.valueOf(strike.storyId()), "9")).view());
    assertEquals("Story #" + strike.storyId() + " has sections 1 to 2. Sections: 1 Walkout begins \u00b7 2 Talks stall."
        + " Try /expand " + strike.storyId() + " 1.", missing.text());
  }

  @Test
  void expandMatchesHeadingWordsInAnyOrderAndSaysWhichWordsMatchedNothing() {
    StorySummary talks = StoryFixture.add(stores, "Valdoria rail strike", List.of("Harbor Times", "Pacific Daily"),
        List.of("Rail strike halts most intercity trains",
            "Valdoria rail strike: mediators call union and operator to talks on Monday"), NOW.minusSeconds(600));
    String id = String.valueOf(talks.storyId());
    for (String words : List.of("mediators talks", "talks mediators", "Talks MEDIATOR", "the mediators' talks")) {
      SectionView v = assertInstanceOf(SectionView.class, ask(member, new ChatCommand.Expand(id, words)).view(), words);
      assertEquals(1, v.index(), words);
    }
    NoticeView miss = assertInstanceOf(NoticeView.class,
        ask(member, new ChatCommand.Expand(id, "talks zebra")).view());
    assertTrue(miss.text().startsWith("No section heading of story #" + id + " has \u201czebra\u201d."), miss.text());
    assertTrue(miss.text().contains("2 Valdoria rail strike: mediators"), miss.text());
    NoticeView apart = assertInstanceOf(NoticeView.class,
        ask(member, new ChatCommand.Expand(id, "intercity mediators")).view());
    assertTrue(apart.text().startsWith("No one section heading of story #" + id
        + " has all of \u201cintercity mediators\u201d."), apart.text());
  }

  @Test
  void sourcesWithoutAStoryMeanTheLastStoryTheUserWasShown() {
    stores.channels().save(Channel.of(channel, ZoneOffset.UTC));
    stores.briefings().record(new Briefing(channel, NOW.minusSeconds(60), NOW.minus(Duration.ofDays(1)), List.of(
        new BriefingStory(stores.stories().find(storm.storyId()).orElseThrow(), storm))));
    assertEquals(storm.storyId(), sourcesOf(member), "the briefing's top story, before anything else was shown");

    assertInstanceOf(LookupView.class, ask(member, new ChatCommand.Brief("rail")).view());
    assertEquals(strike.storyId(), sourcesOf(member), "the lookup's story");
    assertEquals(storm.storyId(), sourcesOf(admin), "another user still means the briefing's");

    ask(member, new ChatCommand.Expand(String.valueOf(storm.storyId()), "1"));
    assertEquals(storm.storyId(), sourcesOf(member), "the expanded story");
  }

  private long sourcesOf(Actor actor) {
    return assertInstanceOf(SourcesView.class, ask(actor, new ChatCommand.Sources("")).view()).storyId();
  }

  @Test
  void aLookupSaysHowManyStoriesMatchedInAll() {
    for (int i = 0; i < 4; i++) {
      StoryFixture.add(stores, "Rail news " + i, List.of("Harbor Times"), List.of("Item"), NOW.minusSeconds(60 + i));
    }
    ChatService two = ChatService.builder().stores(stores)
        .settings(new ChatSettings(ZoneId.of("UTC"), LocalTime.of(8, 0), 2, Duration.ofHours(24)))
        .finder(new FakeStoryFinder(stores)).ranker(new FakeRanker()).topics(() -> new TreeSet<>(List.of("ai")))
        .schedules(new DemoListener()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    LookupView v = assertInstanceOf(LookupView.class,
        two.handle(new ChatRequest(channel, member, new ChatCommand.Brief("rail"))).view());
    assertEquals(2, v.stories().size());
    assertEquals(5, v.total());
    assertEquals("2 of 5 stories on \u201crail\u201d (this week)", v.heading());
  }

  @Test
  void anUnknownStoryIsExplained() {
    NoticeView v = assertInstanceOf(NoticeView.class, ask(member, new ChatCommand.Sources("999")).view());
    assertEquals("There is no story #999. Try /brief to see current stories.", v.text());
  }

  @Test
  void settingsChangesNeedAManagerAndSayWho() {
    NoticeView v = assertInstanceOf(NoticeView.class, ask(member, new ChatCommand.Subscribe("ai")).view());
    assertEquals(NoticeView.Level.ERROR, v.level());
    assertEquals("Only workspace admins and owners can change Herald's settings here.", v.text());
    assertTrue(stores.channels().subscriptions(channel).isEmpty(), "nothing changed");
  }

  @Test
  void subscribingNeedsAKnownTopic() {
    NoticeView bad = assertInstanceOf(NoticeView.class, ask(admin, new ChatCommand.Subscribe("crypto")).view());
    assertEquals("Unknown topic \u201ccrypto\u201d. Topics: ai, climate, transport.", bad.text());
    NoticeView ok = assertInstanceOf(NoticeView.class, ask(admin, new ChatCommand.Subscribe("ai")).view());
    assertEquals(NoticeView.Level.SUCCESS, ok.level());
    assertEquals(1, stores.channels().subscriptions(channel).size());
    NoticeView again = assertInstanceOf(NoticeView.class, ask(admin, new ChatCommand.Subscribe("ai")).view());
    assertEquals(NoticeView.Level.INFO, again.level());
  }

  @Test
  void schedulingStoresTheTimeAndZoneAndTellsTheScheduler() {
    ChatCommand.Schedule set = new ChatCommand.Schedule(Optional.of(LocalTime.of(7, 30)),
        Optional.of(ZoneId.of("Asia/Seoul")), false);
    NoticeView v = assertInstanceOf(NoticeView.class, ask(admin, set).view());
    assertEquals("Daily briefing at 07:30 Asia/Seoul. Next: Sat 28 Nov 17:00 KST.", v.text());
    Channel stored = stores.channels().find(channel).orElseThrow();
    assertEquals(Optional.of(LocalTime.of(7, 30)), stored.briefingAt());
    assertEquals(List.of(stored), rescheduled);

    NoticeView show = assertInstanceOf(NoticeView.class, ask(member, ChatCommand.Schedule.show()).view());
    assertEquals(NoticeView.Level.INFO, show.level(), "anyone may read the schedule");

    ask(admin, new ChatCommand.Schedule(Optional.empty(), Optional.empty(), true));
    assertEquals(Optional.empty(), stores.channels().find(channel).orElseThrow().briefingAt());
  }

  @Test
  void topicsListTheChannelsSubscriptions() {
    ask(admin, new ChatCommand.Subscribe("climate"));
    InfoView v = assertInstanceOf(InfoView.class, ask(member, new ChatCommand.Topics()).view());
    assertEquals(List.of("climate"), v.blocks().get(0).lines());
    assertEquals(List.of("ai, climate, transport"), v.blocks().get(1).lines());
  }

  @Test
  void withoutAFeedAdminFeedsPointAtTheConfigFile() {
    NoticeView v = assertInstanceOf(NoticeView.class,
        ask(admin, new ChatCommand.Feeds("add", List.of("https://x.example/rss"))).view());
    assertTrue(v.text().contains("config/feeds.yaml"), v.text());
  }

  @Test
  void aWorkspaceNeverSeesStoriesOnlyAnotherWorkspacesFeedsReport() {
    // workspace T1 reads Harbor Times and Capital Ledger; only Northwind Wire reports the storm
    ChatService scoped = TestChats.builder(stores).topics(() -> new TreeSet<>(List.of("ai")))
        .schedules(new DemoListener())
        .visibility(new dev.herald.stories.FeedScopeVisibility(stores.stories(),
            w -> java.util.Set.of("harbor-times", "capital-ledger")))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    BriefingView top = assertInstanceOf(BriefingView.class,
        scoped.handle(new ChatRequest(channel, member, new ChatCommand.Brief(""))).view());
    assertEquals(List.of(strike.storyId()), top.stories().stream().map(s -> s.storyId()).toList());
    LookupView lookup = assertInstanceOf(LookupView.class,
        scoped.handle(new ChatRequest(channel, member, new ChatCommand.Brief("storm"))).view());
    assertTrue(lookup.stories().isEmpty());
    NoticeView hidden = assertInstanceOf(NoticeView.class,
        scoped.handle(new ChatRequest(channel, member, new ChatCommand.Sources("#" + storm.storyId()))).view());
    assertEquals("There is no story #" + storm.storyId() + ". Try /brief to see current stories.", hidden.text());
  }

  /** A schedule listener that only answers "next" with a fixed time. */
  static final class DemoListener implements ScheduleListener {
    @Override
    public void scheduleChanged(Channel c) {}

    @Override
    public Optional<Instant> nextBriefing(Channel c) {
      return Optional.empty();
    }
  }

  @Test
  void helpListsSubscribeInTheFormThePlatformTakes() {
    InfoView slack = assertInstanceOf(InfoView.class, ask(member, new ChatCommand.Help()).view());
    assertTrue(lines(slack).contains("/herald subscribe <topic>"), lines(slack));
    ChannelKey console = ChannelKey.of(Platform.CONSOLE, "local", "console");
    InfoView local = assertInstanceOf(InfoView.class,
        chat.handle(new ChatRequest(console, member, new ChatCommand.Help())).view());
    assertTrue(lines(local).contains("/subscribe <topic>"), lines(local));
  }

  private static String lines(InfoView v) {
    return String.join("\n", v.blocks().stream().flatMap(b -> b.lines().stream()).toList());
  }

  @Test
  void helpListsEveryCommand() {
    InfoView v = assertInstanceOf(InfoView.class, ask(member, new ChatCommand.Help()).view());
    String all = v.blocks().stream().flatMap(b -> b.lines().stream()).reduce("", String::concat);
    for (String c : List.of("/brief", "/sources", "/expand", "schedule", "subscribe", "feeds", "status", "retry")) {
      assertTrue(all.contains(c), c);
    }
  }
}
