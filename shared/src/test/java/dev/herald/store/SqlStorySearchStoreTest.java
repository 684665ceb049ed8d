package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import dev.herald.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Story search behaves the same on SQLite (FTS5) and PostgreSQL (tsvector). */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SqlStorySearchStoreTest {
  private static final Instant T = Instant.parse("2026-11-26T12:00:00Z");
  @Parameter TestDatabase kind;
  private Database db;
  private Stores stores;
  private StorySearchStore search;

  @BeforeEach
  void open() {
    db = kind.open();
    stores = Stores.sql(db, Clock.fixed(T, ZoneOffset.UTC));
    search = StorySearchStore.sql(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Story story(String id, String title, String text, Instant published) {
    Article a = new Article(id, "wire", "Wire", title, "", "", id, published, false, published, "", text, "", "");
    stores.articles().save(a, id);
    Story s = stores.stories().create(a, title, published);
    search.append(s.id(), title, text);
    return s;
  }

  private static List<Long> ids(List<StoryHit> hits) {
    return hits.stream().map(h -> h.story().id()).toList();
  }

  @Test
  void findsStoriesByStemmedWordsBestFirst() {
    Story strike = story("a1", "Rail strike halts trains", "Unions walked out across Valdoria.", T);
    story("a2", "Storm Isolde hits the coast", "Ferries were cancelled.", T);
    Story mention = story("a3", "Markets slip", "Traders cited the rail strikes among worries.", T);
    List<StoryHit> hits = search.search(List.of("striking", "rail"), true, Instant.EPOCH, T.plusSeconds(1), 10);
    assertEquals(List.of(strike.id(), mention.id()), ids(hits));
    assertTrue(hits.get(0).relevance() > hits.get(1).relevance());
  }

  @Test
  void matchAllNeedsEveryWordAndMatchAnyNeedsOne() {
    story("a1", "Rail strike halts trains", "", T);
    story("a2", "Storm Isolde hits the coast", "", T);
    assertEquals(0, search.search(List.of("rail", "storm"), true, Instant.EPOCH, T.plusSeconds(1), 10).size());
    assertEquals(2, search.search(List.of("rail", "storm"), false, Instant.EPOCH, T.plusSeconds(1), 10).size());
  }

  @Test
  void onlyStoriesWhoseNewestArticleIsInTheRange() {
    story("a1", "Rail strike day one", "", T.minusSeconds(86_400));
    Story today = story("a2", "Rail strike day two", "", T);
    assertEquals(List.of(today.id()), ids(search.search(List.of("rail"), true, T.minusSeconds(3600), T.plusSeconds(1),
        10)));
  }

  @Test
  void queryOperatorsInUserInputAreJustText() {
    story("a1", "Rail strike halts trains", "", T);
    assertEquals(List.of(), search.search(List.of("\"rail\" OR *", "NEAR("), true, Instant.EPOCH, T.plusSeconds(1),
        10));
    assertEquals("\"rail\" AND \"near\"", SqlStorySearchStore.ftsQuery(List.of("\"rail\"", "NEAR("), true));
    assertEquals(List.of(), search.search(List.of("()", "*"), true, Instant.EPOCH, T.plusSeconds(1), 10));
  }

  @Test
  void diacriticsAndCaseAreIgnored() {
    Story s = story("a1", "Z\u00fcrich votes on tram fares", "Voters in the canton decided.", T);
    assertEquals(List.of(s.id()), ids(search.search(List.of("ZURICH"), true, Instant.EPOCH, T.plusSeconds(1), 10)));
    assertEquals(List.of(s.id()), ids(search.search(List.of("z\u00fcrich"), true, Instant.EPOCH, T.plusSeconds(1),
        10)));
  }

  @Test
  void textAppendedToAStoryIsSearchableAndCapped() {
    Story s = story("a1", "Port reopens", "Cranes moved again.", T);
    search.append(s.id(), "Dockers return", "The harbour union ended its walkout.");
    assertEquals(List.of(s.id()), ids(search.search(List.of("walkout"), true, Instant.EPOCH, T.plusSeconds(1), 10)));
    String filler = "filler ".repeat(StorySearchStore.MAX_BODY_CHARS / 7 + 1);
    search.append(s.id(), "More", filler);
    search.append(s.id(), "Later", "Zeppelins arrived.");
    assertEquals(List.of(), search.search(List.of("zeppelins"), true, Instant.EPOCH, T.plusSeconds(1), 10));
  }

  @Test
  void aMergedStorysTextMovesToTheStoryThatKeepsIt() {
    Story keep = story("a1", "Quellton fined", "The Competition Authority fined Quellton.", T);
    Story drop = story("a2", "Chip rebates", "Rebates squeezed rival chip makers.", T);
    stores.stories().merge(keep.id(), drop.id(), T);
    search.merge(keep.id(), drop.id());
    assertEquals(List.of(keep.id()), ids(search.search(List.of("rebates"), true, Instant.EPOCH, T.plusSeconds(1),
        10)));
  }
}
