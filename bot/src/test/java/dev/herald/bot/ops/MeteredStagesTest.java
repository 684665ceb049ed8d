package dev.herald.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.articles.IngestReport;
import dev.herald.feeds.Validators;
import dev.herald.model.FeedSource;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.testing.FakeFeedFetcher;
import dev.herald.testing.Fixtures;
import dev.herald.testing.RecordingMetrics;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The stage decorators the composition root wraps around fetching, ingestion and summary writing. */
class MeteredStagesTest {
  static final String RSS = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";
  final RecordingMetrics metrics = new RecordingMetrics();
  final FeedSource feed = FeedSource.of("harbor", "Harbor Times", URI.create("https://harbor.example/feed"),
      List.of());

  @Test
  void aFetchIsTimedAndReportedByHowItEnded() throws IOException {
    FakeFeedFetcher fake = new FakeFeedFetcher().serve("harbor", RSS);
    AtomicLong nanos = new AtomicLong();
    List<java.time.Duration> took = new java.util.ArrayList<>();
    MeteredFeedFetcher fetcher = new MeteredFeedFetcher(fake, new dev.herald.metrics.HeraldMetrics() {
      @Override
      public void feedFetched(FetchResult result, java.time.Duration d) {
        metrics.feedFetched(result, d);
        took.add(d);
      }
    }, () -> nanos.addAndGet(750_000_000L));
    var first = (dev.herald.feeds.FetchResult.Fetched) fetcher.fetch(feed, Validators.NONE);
    fetcher.fetch(feed, first.validators());
    fake.fail("harbor", new IOException("connection refused"));
    assertThrows(IOException.class, () -> fetcher.fetch(feed, Validators.NONE));
    assertEquals(1, metrics.count("fetch fetched"), metrics.toString());
    assertEquals(1, metrics.count("fetch not_modified"));
    assertEquals(1, metrics.count("fetch failed"));
    assertEquals(List.of(java.time.Duration.ofMillis(750), java.time.Duration.ofMillis(750),
        java.time.Duration.ofMillis(750)), took);
  }

  @Test
  void theNewArticlesOfEachIngestionAreCounted() {
    MeteredArticleStage intake = new MeteredArticleStage((f, parsed, firstRead, now) ->
        new IngestReport(f.id(), List.of(Fixtures.article("a1", "Harbor Times", "One", "Text.", Fixtures.T0),
            Fixtures.article("a2", "Harbor Times", "Two", "Text.", Fixtures.T0)), List.of(), Set.of(),
            Optional.empty()), metrics);
    intake.store(feed, null, false, Fixtures.T0);
    intake.store(feed, null, false, Fixtures.T0);
    assertEquals(4, metrics.count("articles"), metrics.toString());
  }

  @Test
  void summariesAreCountedAsWrittenFallenBackOrFailed() {
    Story story = new Story(7, 1, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, 1, 1, "Rail strike");
    StorySummary byLlm = summary(story, "llm");
    StorySummary byExtractive = summary(story, "extractive");
    List<Optional<StorySummary>> answers = new java.util.ArrayList<>(List.of(Optional.of(byLlm),
        Optional.of(byExtractive), Optional.empty()));
    MeteredStoryWriter writer = new MeteredStoryWriter(s -> answers.remove(0), "llm", metrics);
    writer.write(story);
    writer.write(story);
    writer.write(story);
    assertEquals(1, metrics.count("summary llm written"), metrics.toString());
    assertEquals(1, metrics.count("summary llm fallback"));
    assertEquals(1, metrics.count("summary llm failed"));
  }

  static StorySummary summary(Story story, String method) {
    return new StorySummary(story.id(), 1, "Rail strike",
        List.of(new dev.herald.model.Section("What happened", List.of(
            new dev.herald.model.Sentence("Workers walked out.", List.of(1))))),
        List.of(new dev.herald.model.Source(1, "a1", "Harbor Times", "Rail strike", "", "https://harbor.example/1")),
        method, Instant.EPOCH);
  }
}
