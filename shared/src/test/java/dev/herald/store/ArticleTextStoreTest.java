package dev.herald.store;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.Article;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.StorySummary;
import dev.herald.model.TextChoice;
import dev.herald.model.TextReason;
import dev.herald.testing.TestDatabase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Which text each article uses, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ArticleTextStoreTest {
  @Parameter TestDatabase kind;
  Database db;
  Stores stores;
  ArticleTextStore texts;

  @BeforeEach
  void open() {
    db = kind.open();
    stores = Stores.sql(db, Clock.fixed(T0, ZoneOffset.UTC));
    texts = ArticleTextStore.sql(db);
    for (String id : List.of("a1", "a2", "a3", "b1")) {
      Article a = article(id, id.startsWith("a") ? "Harbor Times" : "Techline", "Title " + id, "Teaser.", T0);
      stores.articles().save(a, "key-" + id);
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aChoiceRoundTripsAndIsReplaced() {
    TextChoice page = new TextChoice("a1", "harbor-times", TextReason.PAGE, "Teaser.", "https://h.example/a1",
        "Harbor Times Online", "https://h.example/a1.jpg", "Ana Ruiz", "", 1, T0);
    texts.save(TextChoice.feed("a1", "harbor-times", TextReason.WAITING, "", T0));
    texts.save(page);
    assertEquals(Optional.of(page), texts.find("a1"));
    assertEquals(Map.of("a1", page), texts.findAll(List.of("a1", "a2")));
    assertEquals(Optional.empty(), texts.find("a2"));
  }

  @Test
  void waitingArticlesComeOldestFirstAndCountsArePerFeed() {
    texts.save(TextChoice.feed("a2", "harbor-times", TextReason.WAITING, "", T0.plusSeconds(60)));
    texts.save(TextChoice.feed("a1", "harbor-times", TextReason.WAITING, "", T0));
    texts.save(TextChoice.feed("a3", "harbor-times", TextReason.PAYWALL, "subscription notice", T0));
    texts.save(TextChoice.feed("b1", "techline", TextReason.FULL_IN_FEED, "", T0));
    assertEquals(List.of("a1", "a2"), texts.waiting(10));
    assertEquals(List.of("a1"), texts.waiting(1));
    assertEquals(Map.of("harbor-times", Map.of(TextReason.WAITING, 2, TextReason.PAYWALL, 1),
        "techline", Map.of(TextReason.FULL_IN_FEED, 1)), texts.countsByFeed());
  }

  @Test
  void theFeedsSiteNameIsTheOneItsPagesGiveMost() {
    texts.save(new TextChoice("a1", "harbor-times", TextReason.PAGE, "", "", "Harbor Times", "", "", "", 1, T0));
    texts.save(new TextChoice("a2", "harbor-times", TextReason.PAYWALL, "", "", "Harbor Times", "", "", "", 1, T0));
    texts.save(new TextChoice("a3", "harbor-times", TextReason.PAGE, "", "", "HT Sport", "", "", "", 1, T0));
    assertEquals(Optional.of("Harbor Times"), texts.siteName("harbor-times"));
    assertEquals(Optional.empty(), texts.siteName("techline"));
  }

  @Test
  void anArticlesTextIsReplacedInPlace() {
    stores.articles().updateText("a1", "The whole article.\n\nSecond paragraph.");
    assertEquals("The whole article.\n\nSecond paragraph.", stores.articles().find("a1").orElseThrow().text());
    assertEquals("Teaser.", stores.articles().find("a1").orElseThrow().description(), "the feed's description stays");
  }

  @Test
  void aSummaryKeepsItsPicture() {
    Article a = stores.articles().find("a1").orElseThrow();
    var story = stores.stories().create(a, a.title(), T0);
    StorySummary s = new StorySummary(story.id(), 1, "Title", List.of(new Section("Lead",
        List.of(new Sentence("Teaser.", List.of(1))))), List.of(new Source(1, "a1", "Harbor Times", "Title a1", "",
        a.url())), "extractive", T0, "https://h.example/a1.jpg");
    stores.summaries().save(s);
    assertEquals("https://h.example/a1.jpg", stores.summaries().latest(story.id()).orElseThrow().imageUrl());
  }
}
