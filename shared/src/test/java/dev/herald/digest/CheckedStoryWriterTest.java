package dev.herald.digest;

import static dev.herald.testing.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckedStoryWriterTest {
  static final Instant NOW = T0.plusSeconds(3600);
  Database db;
  Stores stores;
  Story story;

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    stores = Stores.sql(db, Clock.fixed(NOW, ZoneOffset.UTC));
    Article first = IntegrityCheckTest.NORTHWIND;
    Article second = IntegrityCheckTest.MERIDIAN;
    stores.articles().save(first, "k1");
    stores.articles().save(second, "k2");
    story = stores.stories().create(first, first.title(), T0);
    story = stores.stories().addArticle(story.id(), second, T0);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  CheckedStoryWriter writer(Summarizer summarizer) {
    return new CheckedStoryWriter(stores.stories(), stores.articles(), stores.summaries(),
        new CheckedSummarizer(summarizer, 140), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aPassingSummaryIsStoredWithStoryGlobalNumbers() {
    Optional<StorySummary> written = writer(new ExtractiveSummarizer()).write(story);
    assertTrue(written.isPresent());
    StorySummary s = written.get();
    assertEquals(Optional.of(s), stores.summaries().find(story.id(), story.version()));
    assertEquals(2, s.sources().size());
    assertEquals(NOW, s.createdAt());
    assertEquals(List.of(1, 2), s.sections().get(0).sentences().get(0).citations());
    assertEquals("Storm Isolde struck the west coast overnight, killing one person and cutting power to 180,000 "
        + "homes.", s.source(1).description());
  }

  @Test
  void aSummaryFailingTheIntegrityCheckIsNeverStored() {
    Summarizer inventing = (st, articles, maxWords) -> new DraftSummary("Storm", List.of(new DraftSection("Storm",
        List.of(new DraftSentence("Storm Isolde killed twelve people.", List.of(articles.get(0).id()))))), "extractive");
    assertEquals(Optional.empty(), writer(inventing).write(story));
    assertEquals(Optional.empty(), stores.summaries().latest(story.id()));
  }

  @Test
  void aSummaryCitingAnArticleOutsideTheStoryIsNeverStored() {
    Summarizer stray = (st, articles, maxWords) -> new DraftSummary("Storm", List.of(new DraftSection("Storm",
        List.of(new DraftSentence(articles.get(0).text(), List.of("not-in-story"))))), "extractive");
    assertEquals(Optional.empty(), writer(stray).write(story));
    assertEquals(Optional.empty(), stores.summaries().latest(story.id()));
  }

  @Test
  void aLivingStoryKeepsItsNumbersAndANewArticleTakesTheNext() {
    // a summarizer that cites the newest article first, as a fresh numbering would number it [1]
    Summarizer newestFirst = (st, articles, maxWords) -> {
      List<DraftSentence> sentences = new java.util.ArrayList<>();
      for (int i = articles.size() - 1; i >= 0; i--) {
        sentences.add(new DraftSentence(articles.get(i).text().split("(?<=\\.) ")[0], List.of(articles.get(i).id())));
      }
      return new DraftSummary("Storm", List.of(new DraftSection("Storm", sentences)), "extractive");
    };
    StorySummary v1 = writer(newestFirst).write(story).orElseThrow();
    java.util.Map<String, Integer> before = v1.numbers();

    Article third = dev.herald.testing.Fixtures.article("harbor-3", "Harbor Times", "Storm clean-up begins",
        "Crews began clearing fallen trees on Saturday.", T0.plusSeconds(120));
    stores.articles().save(third, "k3");
    Story grown = stores.stories().addArticle(story.id(), third, T0.plusSeconds(120));
    StorySummary v2 = writer(newestFirst).write(grown).orElseThrow();

    for (var e : before.entrySet()) {
      assertEquals(e.getValue(), v2.numbers().get(e.getKey()), "article " + e.getKey() + " keeps its number");
    }
    assertEquals(3, v2.numbers().get("harbor-3"), "the new article takes the next number");
    assertEquals(List.of(3), v2.sections().get(0).sentences().get(0).citations(), "in the text too");
    assertEquals("harbor-3", v2.source(3).articleId(), "and in the source list");
  }
}
