package dev.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.ArticleStage;
import dev.herald.articles.IngestReport;
import dev.herald.articles.fulltext.FullTextFetcher;
import dev.herald.articles.fulltext.PageReading;
import dev.herald.digest.StoryWriter;
import dev.herald.feeds.LocalPageFetcher;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.model.TextReason;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.stories.StoryTracker;
import dev.herald.stories.StoryUpdate;
import dev.herald.testing.EveryFeedRead;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages are read after the items are stored and before new articles are filed; a late page re-summarises. */
class PipelineFullTextTest {
  static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
  @TempDir Path dir;
  final Database db = Database.inMemory();
  final Stores stores = Stores.sql(db, Clock.fixed(T0, ZoneOffset.UTC));
  final ArticleTextStore texts = ArticleTextStore.sql(db);
  final FeedSource feed = FeedSource.of("wire", "Wire", java.net.URI.create("https://wire.example/rss"), List.of());
  final List<Article> batch = new ArrayList<>();
  final Map<String, String> trackedWith = new LinkedHashMap<>();
  final List<String> summarisedFrom = new ArrayList<>();

  final ArticleStage intake = (f, parsed, firstRead, now) -> {
    List<Article> added = List.copyOf(batch);
    batch.clear();
    for (Article a : added) stores.articles().save(a, a.id());
    return new IngestReport(f.id(), added, List.of(), Set.of(), Optional.empty());
  };

  /** Every article its own story; remembers the text each was filed with. */
  final StoryTracker tracker = a -> {
    trackedWith.put(a.id(), a.text());
    return new StoryUpdate(stores.stories().create(a, a.title(), T0), true);
  };

  /** Records the text of the story's article at the moment it is summarised. */
  final StoryWriter writer = story -> {
    String id = stores.stories().articleIds(story.id()).get(0);
    summarisedFrom.add(stores.articles().find(id).orElseThrow().text());
    return Optional.of(new StorySummary(story.id(), story.version(), story.title(),
        List.of(new Section("H", List.of(new Sentence("x.", List.of(1))))),
        List.of(new Source(1, id, "Wire", "", "", "")), "extractive", T0));
  };

  @AfterEach
  void close() {
    db.close();
  }

  Article teaser(String id) {
    String url = "https://wire.example/" + id;
    return new Article(id, "wire", "Wire", "Title " + id, url, url, id, T0, false, T0, "A teaser.", "A teaser.", "",
        "");
  }

  void page(String id, String text) throws Exception {
    Path p = dir.resolve("wire.example/" + id + ".html");
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  Pipeline pipeline(int pagesPerPoll) {
    FullTextFetcher pages = FullTextFetcher.builder().articles(stores.articles()).texts(texts)
        .reader(p -> new PageReading(TextReason.PAGE, "", new String(p.body(), StandardCharsets.UTF_8), "", "", ""))
        .fetchers(f -> new LocalPageFetcher(dir, 1 << 20)).feeds(id -> Optional.of(feed))
        .clock(Clock.fixed(T0, ZoneOffset.UTC)).pagesPerPoll(pagesPerPoll).teaserWords(10).build();
    return new Pipeline(new EveryFeedRead(), intake, tracker, writer, stores, Clock.fixed(T0, ZoneOffset.UTC), 1,
        null, null, pages);
  }

  @Test
  void aNewArticleIsFiledAndSummarisedFromItsPage() throws Exception {
    page("a", "The whole article, with every detail the teaser left out, in several sentences of text.");
    batch.add(teaser("a"));
    try (Pipeline p = pipeline(10)) {
      RunReport r = p.run(List.of(feed));
      assertEquals(List.of("a"), r.pages().textChanged());
      assertTrue(r.describe().endsWith("; article pages: 1 page fetched, 1 used"), r.describe());
    }
    String whole = "The whole article, with every detail the teaser left out, in several sentences of text.";
    assertEquals(Map.of("a", whole), trackedWith, "clustered from the page's text");
    assertEquals(List.of(whole), summarisedFrom);
  }

  @Test
  void aPageThatArrivesInALaterRunResummarisesItsStory() throws Exception {
    page("a", "The first whole article, with every detail its teaser left out, in many words.");
    page("b", "The second whole article, with every detail its teaser left out, in many words.");
    batch.add(teaser("a"));
    batch.add(teaser("b"));
    try (Pipeline p = pipeline(1)) {
      RunReport first = p.run(List.of(feed));
      assertEquals(1, first.pages().waiting());
      assertEquals("A teaser.", trackedWith.get("b"), "b's page waits for the next poll; b is filed now");
      RunReport second = p.run(List.of(feed));
      assertEquals(List.of("b"), second.pages().textChanged());
      assertEquals(1, second.summaries().size(), "b's story is summarised again with its page's text");
    }
    assertEquals("The second whole article, with every detail its teaser left out, in many words.",
        summarisedFrom.get(summarisedFrom.size() - 1));
  }
}
