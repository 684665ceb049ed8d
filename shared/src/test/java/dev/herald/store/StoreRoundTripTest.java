package dev.herald.store;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Briefing;
import dev.herald.model.BriefingStory;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import dev.herald.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every store against a real SQLite file and a real PostgreSQL database, migrated by Flyway. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoreRoundTripTest {
  @Parameter TestDatabase kind;
  @TempDir Path dir;
  Database db;
  Stores stores;
  final ChannelKey channel = ChannelKey.of(Platform.SLACK, "T1", "C1");

  @BeforeEach
  void open() {
    db = kind == TestDatabase.SQLITE ? Database.open(dir.resolve("nested/herald.db")) : kind.open();
    stores = Stores.sql(db, Clock.fixed(T0, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void articlesRoundTripAndAreFoundByEachIdentity() {
    Article a = article("a1", "Harbor Times", "Rail strike", "Drivers walked out.", T0).withNearDuplicateOf("a0");
    stores.articles().save(a, "key-1");
    assertEquals(Optional.of(a), stores.articles().find("a1"));
    assertEquals(Optional.of(a), stores.articles().findByGuid("harbor-times", "a1"));
    assertEquals(Optional.of(a), stores.articles().findByCanonicalUrl(a.canonicalUrl()));
    assertEquals(Optional.of(a), stores.articles().findByTitleKey("key-1"));
    assertEquals(List.of(a), stores.articles().publishedBetween(T0, T0.plusSeconds(1)));
    assertEquals(List.of(), stores.articles().publishedBetween(T0.plusSeconds(1), T0.plusSeconds(2)));
  }

  @Test
  void savingAnArticleAgainUpdatesIt() {
    stores.articles().save(article("a1", "Harbor Times", "Rail strike", "First.", T0), "k");
    Article edited = article("a1", "Harbor Times", "Rail strike ends", "Second.", T0);
    stores.articles().save(edited, "k2");
    assertEquals(1, stores.articles().count());
    assertEquals("Rail strike ends", stores.articles().find("a1").orElseThrow().title());
  }

  @Test
  void storiesGrowInVersionsAndCountOutlets() {
    Article a = article("a", "Harbor Times", "Strike", "x", T0);
    Article b = article("b", "Capital Ledger", "Strike", "x", T0.plusSeconds(3600));
    Article c = article("c", "Harbor Times", "Strike", "x", T0.plusSeconds(60));
    for (Article x : List.of(a, b, c)) stores.articles().save(x, x.id());
    Story s = stores.stories().create(a, "Strike", T0);
    assertEquals(new Story(s.id(), 1, T0, T0, T0, 1, 1, "Strike"), s);
    Story s2 = stores.stories().addArticle(s.id(), b, T0.plusSeconds(10));
    Story s3 = stores.stories().addArticle(s.id(), c, T0.plusSeconds(20));
    assertEquals(3, s3.version());
    assertEquals(3, s3.articleCount());
    assertEquals(2, s3.outletCount());
    assertEquals(T0.plusSeconds(3600), s3.newestArticleAt());
    assertEquals(T0.plusSeconds(20), s3.updatedAt());
    assertEquals(2, s2.version());
    assertEquals(List.of("a", "b", "c"), stores.stories().articleIds(s.id()));
    assertEquals(java.util.Set.of("harbor-times", "capital-ledger"), stores.stories().feedIds(s.id()));
    assertEquals(Optional.of(s.id()), stores.stories().storyOf("c"));
  }

  @Test
  void mergingKeepsTheOlderIdAndMovesEverything() {
    Article a = article("a", "Harbor Times", "Strike", "x", T0);
    Article b = article("b", "Capital Ledger", "Strike", "x", T0);
    stores.articles().save(a, "a");
    stores.articles().save(b, "b");
    Story older = stores.stories().create(a, "Strike", T0);
    Story newer = stores.stories().create(b, "Walkout", T0);
    stores.stories().setTopics(newer.id(), List.of("transport"));
    Story merged = stores.stories().merge(older.id(), newer.id(), T0.plusSeconds(5));
    assertEquals(older.id(), merged.id());
    assertEquals(2, merged.version());
    assertEquals(2, merged.articleCount());
    assertEquals(older.id(), stores.stories().resolve(newer.id()));
    assertEquals(List.of("transport"), stores.stories().topics(older.id()));
    assertEquals(1, stores.stories().count());
    assertEquals(List.of(merged), stores.stories().activeSince(T0));
  }

  @Test
  void relatedStoriesAreLinkedBothWaysMostSimilarFirstAndFollowMerges() {
    Story[] s = new Story[5];
    for (int i = 0; i < s.length; i++) {
      Article a = article("r" + i, "Harbor Times", "Story " + i, "x", T0.plusSeconds(i));
      stores.articles().save(a, "r" + i);
      s[i] = stores.stories().create(a, "Story " + i, T0.plusSeconds(i));
    }
    long talks = s[0].id();
    stores.stories().link(talks, s[1].id(), 0.30, T0);
    stores.stories().link(talks, s[2].id(), 0.40, T0);
    stores.stories().link(talks, s[1].id(), 0.26, T0.plusSeconds(9)); // a weaker link again keeps the best
    assertEquals(List.of(s[2].id(), s[1].id()), ids(stores.stories().related(talks, 5)));
    assertEquals(List.of(talks), ids(stores.stories().related(s[1].id(), 5)), "both ways");
    assertEquals(List.of(s[2].id()), ids(stores.stories().related(talks, 1)));
    assertThrows(IllegalArgumentException.class, () -> stores.stories().link(talks, talks, 0.5, T0));

    // story 3 is linked to story 4; story 4 is then merged into the talks: the talks inherit the link, and the stories
    // linked to story 4 now name the talks, never the merged story or the story itself
    stores.stories().link(s[3].id(), s[4].id(), 0.50, T0);
    stores.stories().link(s[4].id(), talks, 0.35, T0);
    stores.stories().merge(talks, s[4].id(), T0.plusSeconds(20));
    assertEquals(List.of(s[3].id(), s[2].id(), s[1].id()), ids(stores.stories().related(talks, 5)));
    assertEquals(List.of(talks), ids(stores.stories().related(s[3].id(), 5)));
  }

  @Test
  void relatedStoriesAreNamedByTheirLatestSummaryTitleAndOnlyWhenTheReaderMaySeeThem() {
    Article a = article("q1", "Harbor Times", "Talks", "x", T0);
    Article b = article("q2", "Capital Ledger", "Drills", "x", T0);
    Article c = article("q3", "Workspace Feed", "Private", "x", T0);
    for (Article x : List.of(a, b, c)) stores.articles().save(x, x.id());
    Story talks = stores.stories().create(a, "Talks", T0);
    Story drills = stores.stories().create(b, "Drills headline", T0);
    Story hidden = stores.stories().create(c, "Private", T0);
    stores.stories().link(talks.id(), drills.id(), 0.3, T0);
    stores.stories().link(talks.id(), hidden.id(), 0.9, T0);
    var related = new dev.herald.stories.RelatedStories(stores.stories(), stores.summaries());
    assertEquals(List.of(new dev.herald.model.RelatedStory(drills.id(), "Drills headline")),
        related.of(talks.id(), id -> id != hidden.id()));
    stores.summaries().save(new StorySummary(drills.id(), 1, "Iran holds drills in the Strait of Hormuz",
        List.of(new Section("S", List.of(new Sentence("Iran held drills.", List.of(1))))),
        List.of(new Source(1, "q2", "Capital Ledger", "Drills", "", "https://x.example/d")), "extractive", T0));
    assertEquals("Iran holds drills in the Strait of Hormuz", related.of(talks.id(), id -> true).get(1).title());
  }

  private static List<Long> ids(List<Story> stories) {
    return stories.stream().map(Story::id).toList();
  }

  @Test
  void summariesRoundTripPerVersion() {
    Article a = article("a", "Yonhap", "Lee meets Takaichi", "x", T0);
    stores.articles().save(a, "a");
    Story s = stores.stories().create(a, "T", T0);
    StorySummary summary = new StorySummary(s.id(), 1, "Leaders meet",
        List.of(new Section("Meeting", List.of(new Sentence("Lee met \u201cTakaichi\u201d.", List.of(1))))),
        List.of(new Source(1, "a", "Yonhap", "Lee meets Takaichi", "One line.", "https://x.example/a")),
        "extractive", T0);
    assertEquals(0, stores.summaries().latestVersion(s.id()));
    stores.summaries().save(summary);
    assertEquals(Optional.of(summary), stores.summaries().latest(s.id()));
    assertEquals(1, stores.summaries().latestVersion(s.id()));
    assertEquals(Optional.of(summary), stores.summaries().find(s.id(), 1));
    assertEquals(Optional.empty(), stores.summaries().find(s.id(), 2));
  }

  @Test
  void aReaderGetsItsWorkspacesSummaryOrTheInstancesButNeverAnotherWorkspaces() {
    Article a = article("a", "Yonhap", "Lee meets Takaichi", "x", T0);
    stores.articles().save(a, "a");
    Story s = stores.stories().create(a, "T", T0);
    dev.herald.model.WorkspaceKey acme = new dev.herald.model.WorkspaceKey(dev.herald.model.Platform.SLACK, "TA");
    dev.herald.model.WorkspaceKey globex = new dev.herald.model.WorkspaceKey(dev.herald.model.Platform.SLACK, "TG");
    StorySummary shared = summary(s.id(), 1, "Shared");
    StorySummary acmeV2 = summary(s.id(), 2, "Acme's own");
    stores.summaries().save(shared);
    stores.summaries().save(acmeV2, dev.herald.model.FeedScope.of(acme));
    assertEquals(Optional.of(acmeV2), stores.summaries().latest(s.id(), acme));
    assertEquals(Optional.of(shared), stores.summaries().latest(s.id(), globex));
    assertEquals(Optional.of(shared), stores.summaries().latest(s.id()));
    assertEquals(2, stores.summaries().latestVersion(s.id(), acme));
    assertEquals(1, stores.summaries().latestVersion(s.id(), globex));
    assertEquals(Optional.empty(), stores.summaries().find(s.id(), 2, globex));
    assertEquals(Optional.of(shared), stores.summaries().find(s.id(), 1, acme), "the instance's when Acme has none");
    StorySummary acmeV1 = summary(s.id(), 1, "Acme's first");
    stores.summaries().save(acmeV1, dev.herald.model.FeedScope.of(acme));
    assertEquals(Optional.of(acmeV1), stores.summaries().find(s.id(), 1, acme), "its own first at one version");
    assertEquals(Optional.of(shared), stores.summaries().find(s.id(), 1));
  }

  private static StorySummary summary(long storyId, int version, String title) {
    return new StorySummary(storyId, version, title,
        List.of(new Section("Meeting", List.of(new Sentence("Lee met Takaichi.", List.of(1))))),
        List.of(new Source(1, "a", "Yonhap", "Lee meets Takaichi", "One line.", "https://x.example/a")),
        "extractive", T0);
  }

  @Test
  void channelsAndSubscriptionsRoundTrip() {
    Channel ch = new Channel(channel, "general", ZoneId.of("Asia/Seoul"), Optional.of(LocalTime.of(8, 30)),
        List.of("ai"));
    stores.channels().save(ch);
    assertEquals(Optional.of(ch), stores.channels().find(channel));
    Channel off = ch.withBriefingAt(Optional.empty(), ZoneId.of("Europe/London"));
    stores.channels().save(off);
    assertEquals(Optional.of(off), stores.channels().find(channel));

    assertTrue(stores.channels().subscribe(new Subscription(channel, "ai", T0)));
    assertFalse(stores.channels().subscribe(new Subscription(channel, "ai", T0)));
    assertEquals(List.of(new Subscription(channel, "ai", T0)), stores.channels().subscribers("ai"));
    assertTrue(stores.channels().unsubscribe(channel, "ai"));
    assertFalse(stores.channels().unsubscribe(channel, "ai"));
  }

  @Test
  void aSubscriptionNeedsAKnownChannel() {
    assertThrows(StoreException.class, () -> stores.channels().subscribe(new Subscription(channel, "ai", T0)));
  }

  @Test
  void briefingsRememberWhichVersionsWereShown() {
    stores.channels().save(Channel.of(channel, ZoneOffset.UTC));
    Article a = article("a", "Yonhap", "T", "x", T0);
    stores.articles().save(a, "a");
    Story s = stores.stories().create(a, "T", T0);
    StorySummary summary = new StorySummary(s.id(), 1, "T",
        List.of(new Section("H", List.of(new Sentence("x.", List.of(1))))),
        List.of(new Source(1, "a", "Yonhap", "T", "", "")), "extractive", T0);
    BriefingRecord r = stores.briefings().record(
        new Briefing(channel, T0, T0.minusSeconds(86_400), List.of(new BriefingStory(s, summary))));
    assertEquals(List.of(new StoryVersion(s.id(), 1)), r.stories());
    assertEquals(Optional.of(r), stores.briefings().latest(channel));
    assertTrue(stores.briefings().shown(channel, s.id(), 1));
    assertFalse(stores.briefings().shown(channel, s.id(), 2));
  }

  private BriefingStory shown(String id, int summaryVersion) {
    Article a = article(id, "Yonhap", "T " + id, "x", T0);
    stores.articles().save(a, id);
    Story s = stores.stories().create(a, "T " + id, T0);
    return new BriefingStory(s, new StorySummary(s.id(), summaryVersion, "T " + id,
        List.of(new Section("H", List.of(new Sentence("x.", List.of(1))))),
        List.of(new Source(1, id, "Yonhap", "T", "", "")), "extractive", T0));
  }

  @Test
  void aBriefingsCardFindsItsBriefingByTheVersionItWasPostedAtOrTheOneItShowsSinceAnEdit() {
    stores.channels().save(Channel.of(channel, ZoneOffset.UTC));
    ChannelKey other = ChannelKey.of(Platform.SLACK, "T1", "C2");
    stores.channels().save(Channel.of(other, ZoneOffset.UTC));
    BriefingStory talks = shown("talks", 1);
    BriefingStory drills = shown("drills", 1);
    BriefingRecord monday = stores.briefings().record(
        new Briefing(channel, T0, T0.minusSeconds(86_400), List.of(talks, drills)));
    // Tuesday's briefing carries the talks again, at the summarised version 3, beside another story
    BriefingStory talks3 = new BriefingStory(talks.story(), new StorySummary(talks.story().id(), 3, "T talks",
        talks.summary().sections(), talks.summary().sources(), "extractive", T0));
    BriefingStory envoy = shown("envoy", 1);
    BriefingRecord tuesday = stores.briefings().record(
        new Briefing(channel, T0.plusSeconds(86_400), T0, List.of(envoy, talks3)));

    long id = talks.story().id();
    assertEquals(Optional.of(monday), stores.briefings().ofCard(channel, id, 1));
    assertEquals(Optional.of(monday), stores.briefings().ofCard(channel, id, 2), "Monday's card edited to v2");
    assertEquals(Optional.of(tuesday), stores.briefings().ofCard(channel, id, 3));
    assertEquals(Optional.of(tuesday), stores.briefings().ofCard(channel, id, 4), "Tuesday's card edited to v4");
    assertEquals(Optional.empty(), stores.briefings().ofCard(channel, id, 0));
    assertEquals(Optional.empty(), stores.briefings().ofCard(other, id, 1), "another channel's briefing");
    assertEquals(List.of(envoy.story().id(), id),
        stores.briefings().ofCard(channel, envoy.story().id(), 1).orElseThrow().stories().stream()
            .map(StoryVersion::storyId).toList());
    // recording the same card twice keeps the first briefing's: the outbox sends the first row of one key, too
    stores.briefings().record(new Briefing(channel, T0.plusSeconds(2 * 86_400), T0, List.of(drills)));
    assertEquals(Optional.of(monday), stores.briefings().ofCard(channel, drills.story().id(), 1));
  }

  @Test
  void aFailedWriteRollsBackEverything() {
    assertThrows(StoreException.class, () -> db.write(c -> {
      Sql.update(c, "INSERT INTO id_sequences (name, next_value) VALUES ('x', 1)");
      Sql.update(c, "INSERT INTO no_such_table VALUES (1)");
      return null;
    }));
    assertEquals(Optional.empty(),
        db.read(c -> Sql.one(c, "SELECT next_value FROM id_sequences WHERE name = 'x'", rs -> rs.getLong(1))));
  }
}
