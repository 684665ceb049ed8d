package dev.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.IngestReport;
import dev.herald.config.FeedsConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.feeds.RoutingFeedFetcher;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import dev.herald.store.Stores;
import dev.herald.testing.Corpus;
import dev.herald.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample feeds end to end: real files through the production fetcher into a real database. */
class SampleFeedsIngestionTest {
  @TempDir Path home;

  @Test
  void everySampleFeedIngestsCleanlyAndOnlyOnce() throws IOException {
    Path config = Files.createDirectories(home.resolve("config"));
    Path samples = Corpus.projectRoot().resolve("config/samples");
    Files.createDirectories(config.resolve("samples"));
    try (var files = Files.list(samples)) {
      for (Path f : files.toList()) Files.copy(f, config.resolve("samples").resolve(f.getFileName()));
    }
    List<FeedSource> feeds = FeedsConfig.load(home, config.resolve("samples/feeds.yaml"));
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    try (Database db = Database.open(home.resolve("data/herald.db"))) {
      Stores stores = Stores.sql(db, clock);
      FeedStores feedStores = FeedStores.sql(db, clock);
      HeraldConfig.Fetch fetch = new HeraldConfig.Fetch("https://herald.example", 20, 10 << 20, false, 11, 2);
      FeedIngestion ingestion = FeedIngestion.builder().fetcher(RoutingFeedFetcher.fromConfig(fetch, "test"))
          .articles(stores.articles()).fingerprints(feedStores.fingerprints()).health(feedStores.health())
          .clock(clock).build();
      int added = 0;
      for (FeedSource f : feeds) {
        IngestReport r = FeedIngestionTest.ingest(ingestion, f);
        assertEquals(java.util.Optional.empty(), r.problem(), f.id());
        assertEquals(0, r.alertable().size(), "a first read alerted");
        added += r.added().size();
        for (Article a : r.added()) {
          assertFalse(a.dateEstimated(), a.id());
          for (String text : List.of(a.title(), a.description(), a.text())) {
            assertFalse(text.contains("[…]") || text.contains("appeared first on") || text.contains("<"), text);
            assertFalse(text.toLowerCase().contains("continue reading"), text);
          }
          assertFalse(a.description().isBlank(), a.id() + " has no description");
        }
      }
      assertEquals(41, added);
      assertEquals(41, stores.articles().count());
      clock.advance(java.time.Duration.ofMinutes(30));
      for (FeedSource f : feeds) {
        IngestReport again = FeedIngestionTest.ingest(ingestion, f);
        assertTrue(again.added().isEmpty() && again.updated().isEmpty(), f.id());
      }
      assertEquals(41, stores.articles().count());
    }
  }
}
