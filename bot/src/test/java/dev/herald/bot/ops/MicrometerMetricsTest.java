package dev.herald.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import io.micrometer.core.instrument.MockClock;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each of Herald's meters appears in the Prometheus text under its Prometheus name, at zero before anything happened,
 * and moves when its event is reported; HTTP client and pool metrics come with it, without hosts as tag values.
 */
class MicrometerMetricsTest {
  final MicrometerMetrics metrics = new MicrometerMetrics(new MockClock());

  @AfterEach
  void close() {
    metrics.close();
  }

  /** The value of the one sample {@code series} (name and labels exactly as scraped), or -1 when absent. */
  static double sample(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }

  double sample(String series) {
    return sample(metrics.scrape(), series);
  }

  @Test
  void everyMeterIsThereAtZeroBeforeAnythingHappens() {
    String s = metrics.scrape();
    assertEquals(0, sample(s, "herald_feed_fetch_seconds_count{result=\"failed\"}"), s);
    assertEquals(0, sample(s, "herald_articles_ingested_total"));
    assertEquals(0, sample(s, "herald_stories_live"));
    assertEquals(0, sample(s, "herald_summaries_total{result=\"fallback\",summarizer=\"llm\"}"));
    assertEquals(0, sample(s, "herald_deliveries_total{kind=\"alert\",platform=\"discord\",result=\"parked\"}"));
    assertEquals(0, sample(s, "herald_outbox_pending{platform=\"slack\"}"));
    assertEquals(0, sample(s, "herald_delivery_lag_seconds_count{platform=\"slack\"}"));
    assertEquals(0, sample(s, "herald_rate_limited_total{platform=\"discord\"}"));
    assertEquals(0, sample(s, "herald_parked_total"));
    assertEquals(0, sample(s, "herald_briefings_total{result=\"failed\"}"));
    assertEquals(0, sample(s, "herald_slash_ack_seconds_count{platform=\"slack\"}"));
    assertTrue(sample(s, "jvm_threads_live_threads") > 0, "JVM meters");
  }

  @Test
  void eachMeterMovesWithItsEvent() {
    metrics.feedFetched(HeraldMetrics.FetchResult.FETCHED, Duration.ofMillis(1500));
    metrics.feedFetched(HeraldMetrics.FetchResult.NOT_MODIFIED, Duration.ofMillis(200));
    metrics.articlesIngested(12);
    metrics.storiesLive(42);
    metrics.summaryWritten("llm", HeraldMetrics.SummaryResult.FALLBACK);
    metrics.delivered(Platform.SLACK, DeliveryKind.BRIEFING, HeraldMetrics.DeliveryResult.SENT);
    metrics.outboxUnsent(Map.of(Platform.DISCORD, 7));
    metrics.deliveryLag(Platform.SLACK, Duration.ofSeconds(40));
    metrics.rateLimited(Platform.DISCORD);
    metrics.parked(3);
    metrics.briefing(HeraldMetrics.BriefingResult.EMPTY);
    metrics.slashAcknowledged(Platform.DISCORD, Duration.ofMillis(120));

    String s = metrics.scrape();
    assertEquals(1, sample(s, "herald_feed_fetch_seconds_count{result=\"fetched\"}"), s);
    assertEquals(1.5, sample(s, "herald_feed_fetch_seconds_sum{result=\"fetched\"}"));
    assertEquals(1, sample(s, "herald_feed_fetch_seconds_bucket{result=\"fetched\",le=\"2.5\"}"));
    assertEquals(0, sample(s, "herald_feed_fetch_seconds_bucket{result=\"fetched\",le=\"1.0\"}"));
    assertEquals(1, sample(s, "herald_feed_fetch_seconds_count{result=\"not_modified\"}"));
    assertEquals(12, sample(s, "herald_articles_ingested_total"));
    assertEquals(42, sample(s, "herald_stories_live"));
    assertEquals(1, sample(s, "herald_summaries_total{result=\"fallback\",summarizer=\"llm\"}"));
    assertEquals(1, sample(s, "herald_deliveries_total{kind=\"briefing\",platform=\"slack\",result=\"sent\"}"));
    assertEquals(7, sample(s, "herald_outbox_pending{platform=\"discord\"}"));
    assertEquals(0, sample(s, "herald_outbox_pending{platform=\"slack\"}"), "a platform left out has none");
    assertEquals(40, sample(s, "herald_delivery_lag_seconds_sum{platform=\"slack\"}"));
    assertEquals(1, sample(s, "herald_delivery_lag_seconds_bucket{platform=\"slack\",le=\"60.0\"}"));
    assertEquals(1, sample(s, "herald_rate_limited_total{platform=\"discord\"}"));
    assertEquals(3, sample(s, "herald_parked_total"));
    assertEquals(1, sample(s, "herald_briefings_total{result=\"empty\"}"));
    assertEquals(1, sample(s, "herald_slash_ack_seconds_count{platform=\"discord\"}"));
  }

  @Test
  void anUnknownSummarizerNameIsFoldedSoTagsStayBounded() {
    metrics.summaryWritten("my-llm-" + System.nanoTime(), HeraldMetrics.SummaryResult.WRITTEN);
    assertEquals(1, sample("herald_summaries_total{result=\"written\",summarizer=\"other\"}"));
  }

  @Test
  void httpClientRequestsAreTimedPerClientWithoutTheHost() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(200).body("<rss/>").build());
      server.start();
      OkHttpClient client = new OkHttpClient.Builder().eventListenerFactory(metrics.httpClient("feeds")).build();
      try (Response r = client.newCall(new Request.Builder().url(server.url("/feed.xml")).build()).execute()) {
        assertEquals(200, r.code());
      }
    }
    String s = metrics.scrape();
    String line = s.lines().filter(l -> l.startsWith("herald_http_client_requests_seconds_count{")).findFirst()
        .orElseThrow(() -> new AssertionError(s));
    assertTrue(line.contains("client=\"feeds\"") && line.contains("status=\"200\"") && line.endsWith(" 1"), line);
    assertFalse(line.contains("host"), "no host tag: " + line);
    assertFalse(line.contains("127.0.0.1") || line.contains("localhost") || line.contains("feed.xml"), line);
  }

  @Test
  void theConnectionPoolIsMeasured() {
    try (Database db = Database.inMemory()) {
      metrics.bindPool(db);
      db.read(c -> 1);
      String s = metrics.scrape();
      assertTrue(sample(s, "hikaricp_connections_max{pool=\"herald-db\"}") > 0, s);
    }
  }
}
