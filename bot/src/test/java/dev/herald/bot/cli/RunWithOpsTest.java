package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.testing.Ports;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bot/herald run} with {@code ops.http_port} set: the endpoint answers while Herald runs the console channel
 * over the bundled sample feeds, ready once the database, the schedule and the first poll are up, and the meters show
 * the poll's fetches and articles.
 */
class RunWithOpsTest {
  static final Duration WAIT = Duration.ofSeconds(60);
  @TempDir Path dir;
  final InputStream stdin = System.in;
  final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void restoreStdin() {
    System.setIn(stdin);
  }

  @Test
  void theOpsEndpointServesARunningHerald() throws Exception {
    Path home = CliRun.homeWithShippedConfig(dir);
    Files.writeString(home.resolve("config/feeds.yaml"),
        Files.readString(home.resolve("config/samples/feeds.yaml")).replace("url: ", "url: samples/"));
    int port = Ports.unused();
    Path settings = home.resolve("config/herald.yaml");
    Files.writeString(settings, Files.readString(settings).replace("  http_port: 0 ", "  http_port: " + port + " "));
    PipedOutputStream keyboard = new PipedOutputStream();
    System.setIn(new PipedInputStream(keyboard));
    CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.run(home, "run"));
    try {
      String base = "http://127.0.0.1:" + port;
      HttpResponse<String> ready = await(base + "/readyz", r -> r.statusCode() == 200, run);
      assertEquals("{\"ready\":true,", ready.body().substring(0, 14), ready.body());
      assertTrue(ready.body().contains("\"database\":\"ok\",\"migrations\":\"ok\",\"scheduler\":\"ok\""),
          ready.body());
      assertEquals("ok\n", get(base + "/healthz").body());
      HttpResponse<String> metrics = await(base + "/metrics",
          r -> value(r.body(), "herald_feed_fetch_seconds_count{result=\"fetched\"}") == 7, run);
      String body = metrics.body();
      assertTrue(value(body, "herald_articles_ingested_total") > 0, body);
      assertTrue(value(body, "herald_stories_live") >= 0, body);
      assertTrue(body.contains("hikaricp_connections_max{pool=\"herald-db\"}"), "the pool is measured");
    } finally {
      keyboard.write("/quit\n".getBytes(StandardCharsets.UTF_8));
      keyboard.close();
    }
    CliRun done = run.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(0, done.status(), done.err());
    assertTrue(done.out().contains("the ops endpoint on 127.0.0.1:" + port), done.out());
  }

  HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Asks until the answer passes (Herald is starting, its first poll under way), up to {@link #WAIT}. */
  HttpResponse<String> await(String url, Predicate<HttpResponse<String>> test, CompletableFuture<CliRun> run)
      throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < end) {
      if (run.isDone()) throw new AssertionError("Herald stopped: " + run.get());
      try {
        last = get(url);
        if (test.test(last)) return last;
      } catch (java.net.ConnectException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError(url + " never passed; last answer: " + (last == null ? "none" : last.body()));
  }

  static double value(String scrape, String series) {
    return scrape.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(
        l.substring(series.length() + 1))).findFirst().orElse(-1);
  }
}
