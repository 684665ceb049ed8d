package dev.herald.store;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Briefing;
import dev.herald.model.BriefingStory;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Old briefings are deleted only where no reader can miss them, on a real SQLite file and a real PostgreSQL database:
 * a channel briefed daily for 45 days, purged at day 44 with a 14-day horizon.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class BriefingPurgeTest {
  static final Duration DAY = Duration.ofDays(1);
  static final int DAYS = 45;

  @Parameter TestDatabase kind;
  @TempDir Path dir;
  Database db;
  Stores stores;
  OutboxStores delivery;
  final ChannelKey channel = ChannelKey.of(Platform.SLACK, "T1", "C1");
  final ChannelKey quiet = ChannelKey.of(Platform.SLACK, "T1", "C2");
  /** The daily briefings of {@link #channel}, day 0 to 44, one story each (published an hour before it). */
  final List<BriefingRecord> daily = new ArrayList<>();
  final List<BriefingStory> stories = new ArrayList<>();
  final Instant now = T0.plus(DAY.multipliedBy(DAYS - 1)).plusSeconds(3600);
  final Instant before = now.minus(Duration.ofDays(14));

  @BeforeEach
  void open() {
    db = kind == TestDatabase.SQLITE ? Database.open(dir.resolve("herald.db")) : kind.open();
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    stores = Stores.sql(db, clock);
    delivery = OutboxStores.sql(db, clock);
    stores.channels().save(Channel.of(channel, ZoneOffset.UTC));
    stores.channels().save(Channel.of(quiet, ZoneOffset.UTC));
    for (int d = 0; d < DAYS; d++) {
      Instant asOf = T0.plus(DAY.multipliedBy(d));
      BriefingStory s = story("day" + d, asOf.minusSeconds(3600));
      stories.add(s);
      daily.add(stores.briefings().record(new Briefing(channel, asOf, asOf.minus(DAY), List.of(s))));
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  private BriefingStory story(String id, Instant published) {
    Article a = article(id, "Yonhap", "T " + id, "x", published);
    stores.articles().save(a, id);
    Story s = stores.stories().create(a, "T " + id, published);
    return new BriefingStory(s, new StorySummary(s.id(), 1, "T " + id,
        List.of(new Section("H", List.of(new Sentence("x.", List.of(1))))),
        List.of(new Source(1, id, "Yonhap", "T", "", "")), "extractive", published));
  }

  private void grow(BriefingStory s, String articleId, Instant published) {
    Article a = article(articleId, "Yonhap", "T " + articleId, "x", published);
    stores.articles().save(a, articleId);
    stores.stories().addArticle(s.story().id(), a, published);
  }

  private long count(String sql, Object... params) {
    return db.read(c -> Sql.one(c, sql, rs -> rs.getLong(1), params)).orElseThrow();
  }

  private List<Integer> keptDays() {
    return IntStream.range(0, DAYS).filter(d -> count("SELECT COUNT(*) FROM briefings WHERE id = ?",
        daily.get(d).id()) == 1).boxed().toList();
  }

  @Test
  void deletesBriefingsOlderThanTheHorizonWithTheirStoriesAndCardsAndKeepsEveryChannelsLatest() {
    BriefingRecord old = stores.briefings().record(
        new Briefing(quiet, T0.plus(DAY), T0, List.of(stories.get(1))));

    // 7 per write: the backlog of 31 briefings goes in 5 writes
    assertEquals(31, ((SqlBriefingStore) stores.briefings()).purge(before, 7));

    assertEquals(IntStream.range(31, DAYS).boxed().toList(), keptDays(), "day 30 ended before the horizon");
    assertEquals(Optional.of(old), stores.briefings().latest(quiet), "a channel's only briefing, 43 days old");
    assertEquals(DAYS - 31 + 1, count("SELECT COUNT(*) FROM briefings"));
    assertEquals(DAYS - 31 + 1, count("SELECT COUNT(*) FROM briefing_stories"), "the deleted ones' stories too");
    assertEquals(DAYS - 31 + 1, count("SELECT COUNT(*) FROM briefing_cards"), "and their cards");
    assertEquals(0, stores.briefings().purge(before), "nothing left to delete");
  }

  @Test
  void theNextBriefingStartsWhereTheKeptLatestEndedAndCardsInsideTheHorizonStillFindTheirBriefing() {
    stores.briefings().purge(before);

    BriefingRecord latest = daily.get(DAYS - 1);
    assertEquals(Optional.of(latest), stores.briefings().latest(channel));
    assertEquals(latest.asOf(), stores.briefings().latest(channel).orElseThrow().asOf(), "the next one's since");
    BriefingStory inside = stories.get(35);
    assertEquals(Optional.of(daily.get(35)), stores.briefings().ofCard(channel, inside.story().id(), 1),
        "a card sent or edited after the purge, 9 days after its briefing");
    assertTrue(stores.briefings().shown(channel, inside.story().id(), 1));
    BriefingStory outside = stories.get(10);
    assertEquals(Optional.empty(), stores.briefings().ofCard(channel, outside.story().id(), 1));
    assertFalse(stores.briefings().shown(channel, outside.story().id(), 1));
  }

  @Test
  void keepsAnOldBriefingWhileOneOfItsStoriesMayStillGrowOrIsStillInTheOutbox() {
    // day 3's story got an article 35 days later: it is open, and news to the channel if its summary grows
    BriefingStory growing = stories.get(3);
    grow(growing, "late", T0.plus(DAY.multipliedBy(38)));
    // day 5's card is still in the outbox (a paused channel's pending send, a parked one awaiting /herald retry)
    BriefingStory waiting = stories.get(5);
    delivery.outbox().enqueue(List.of(OutboxEntry.post(channel, DeliveryKind.BRIEFING, waiting.story().id(), 1,
        Optional.empty(), T0.plus(DAY.multipliedBy(5)))));
    // day 7's story grew after the channel's latest briefing, which is older than the horizon
    BriefingStory afterLatest = story("after", T0.plus(DAY.multipliedBy(2)));
    BriefingRecord first = stores.briefings().record(
        new Briefing(quiet, T0.plus(DAY.multipliedBy(3)), T0, List.of(afterLatest)));
    BriefingRecord latestOfQuiet = stores.briefings().record(
        new Briefing(quiet, T0.plus(DAY.multipliedBy(6)), T0.plus(DAY.multipliedBy(3)), List.of(stories.get(6))));
    grow(afterLatest, "after2", T0.plus(DAY.multipliedBy(7)));

    assertEquals(29, stores.briefings().purge(before));

    List<Integer> kept = new ArrayList<>(List.of(3, 5));
    kept.addAll(IntStream.range(31, DAYS).boxed().toList());
    assertEquals(kept, keptDays());
    assertTrue(stores.briefings().shown(channel, growing.story().id(), 1));
    assertEquals(Optional.of(daily.get(5)), stores.briefings().ofCard(channel, waiting.story().id(), 1));
    assertEquals(Optional.of(latestOfQuiet), stores.briefings().latest(quiet));
    assertTrue(stores.briefings().shown(quiet, afterLatest.story().id(), 1), "kept: " + first.id());
  }
}
