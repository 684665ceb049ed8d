package dev.herald.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.Briefing;
import dev.herald.model.BriefingStory;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.stories.FeedScopeVisibility;
import dev.herald.testing.FakeRanker;
import dev.herald.testing.StoryFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BriefingSelectorTest {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  final Database db = Database.inMemory();
  final Stores stores = Stores.sql(db, Clock.fixed(NOW, ZoneOffset.UTC));
  final ChannelKey key = ChannelKey.of(Platform.SLACK, "T1", "C1");
  final Channel channel = Channel.of(key, ZoneOffset.UTC);
  StorySummary strike;
  StorySummary storm;
  StorySummary old;

  @BeforeEach
  void setUp() {
    stores.channels().save(channel);
    strike = StoryFixture.add(stores, "Rail strike", List.of("Harbor Times", "Capital Ledger"), List.of("Walkout"),
        NOW.minus(Duration.ofHours(3)));
    storm = StoryFixture.add(stores, "Storm Isolde", List.of("Northwind Wire"), List.of("Landfall"),
        NOW.minus(Duration.ofHours(2)));
    old = StoryFixture.add(stores, "Library approved", List.of("Harbor Times"), List.of("Approved"),
        NOW.minus(Duration.ofDays(3)));
    stores.stories().setTopics(storm.storyId(), List.of("climate"));
  }

  @AfterEach
  void close() {
    db.close();
  }

  List<Long> ids(Briefing b) {
    return ids(b.stories());
  }

  List<Long> ids(List<BriefingStory> stories) {
    return stories.stream().map(s -> s.story().id()).toList();
  }

  Briefing build(BriefingSelector selector, Channel ch) {
    return selector.select(ch, NOW.minus(Duration.ofDays(1)), NOW, 5);
  }

  @Test
  void holdsTheRankedStoriesOfThePeriod() {
    Briefing b = build(new BriefingSelector(stores, new FakeRanker()), channel);
    assertEquals(List.of(strike.storyId(), storm.storyId()), ids(b), "most outlets first; the old story is out");
  }

  @Test
  void neverShowsAStoryVersionTheChannelAlreadySaw() {
    BriefingSelector selector = new BriefingSelector(stores, new FakeRanker());
    stores.briefings().record(new Briefing(key, NOW.minusSeconds(60), NOW.minus(Duration.ofDays(1)), List.of(
        new BriefingStory(stores.stories().find(strike.storyId()).orElseThrow(), strike))));
    assertEquals(List.of(storm.storyId()), ids(build(selector, channel)));
  }

  @Test
  void keepsToTheTopicsTheChannelChose() {
    Channel climateOnly = new Channel(key, "", ZoneOffset.UTC, Optional.empty(), List.of("climate"));
    assertEquals(List.of(storm.storyId()), ids(build(new BriefingSelector(stores, new FakeRanker()), climateOnly)));
  }

  @Test
  void keepsToTheFeedsTheWorkspaceReads() {
    BriefingSelector scoped = new BriefingSelector(stores, new FakeRanker(),
        new FeedScopeVisibility(stores.stories(), w -> Set.of("northwind-wire")));
    assertEquals(List.of(storm.storyId()), ids(build(scoped, channel)));
  }

  @Test
  void stopsAtTheMaximum() {
    Briefing b = new BriefingSelector(stores, new FakeRanker()).select(channel, NOW.minus(Duration.ofDays(1)), NOW, 1);
    assertEquals(List.of(strike.storyId()), ids(b));
  }
  @Test
  void placesARelatedStoryRightAfterTheStoryItIsRelatedTo() {
    // ranked: strike (two outlets), storm (newer), the union's ballot (older); the ballot is a distinct event the
    // clusterer linked to the strike, so the reader meets it next to the strike, ahead of the storm
    StorySummary ballot = StoryFixture.add(stores, "Union ballot", List.of("Pacific Daily"), List.of("Ballot"),
        NOW.minus(Duration.ofHours(4)));
    BriefingSelector selector = new BriefingSelector(stores, new FakeRanker());
    assertEquals(List.of(strike.storyId(), storm.storyId(), ballot.storyId()),
        ids(selector.ranked(channel, NOW.minus(Duration.ofDays(1)), NOW, 5)));
    stores.stories().link(strike.storyId(), ballot.storyId(), 0.4, NOW.minus(Duration.ofHours(1)));
    assertEquals(List.of(strike.storyId(), ballot.storyId(), storm.storyId()), ids(build(selector, channel)));
    // only the order changes: a related story below the cut is not pulled into the briefing
    Briefing top2 = selector.ranked(channel, NOW.minus(Duration.ofDays(1)), NOW, 2);
    assertEquals(List.of(strike.storyId(), storm.storyId()), ids(selector.together(top2.stories())));
  }
}
