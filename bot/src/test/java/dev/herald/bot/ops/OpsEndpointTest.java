package dev.herald.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import dev.herald.testing.MutableClock;
import dev.herald.testing.Postgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real HTTP requests to /metrics, /healthz and /readyz of the ops endpoint on a free loopback port. */
class OpsEndpointTest {
  final MicrometerMetrics metrics = new MicrometerMetrics();
  final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final List<AutoCloseable> closing = new ArrayList<>();
  OpsServer server;

  @AfterEach
  void close() throws Exception {
    for (int i = closing.size() - 1; i >= 0; i--) closing.get(i).close();
    metrics.close();
  }

  OpsServer serve(Readiness readiness) throws Exception {
    server = new OpsServer("127.0.0.1", 0, metrics::scrape, readiness::latest, Duration.ofSeconds(10), Ops.HEADERS);
    server.start();
    closing.add(server);
    closing.add(readiness);
    return server;
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void eachEndpointAnswers() throws Exception {
    AtomicBoolean scheduler = new AtomicBoolean(true);
    Readiness readiness = new Readiness(Duration.ofSeconds(5), clock)
        .add("scheduler", Readiness.flag(scheduler::get, "not running"))
        .add("slack", Optional::empty);
    serve(readiness);
    metrics.delivered(Platform.SLACK, dev.herald.model.DeliveryKind.ALERT, HeraldMetrics.DeliveryResult.SENT);

    HttpResponse<String> health = get("/healthz");
    assertEquals(200, health.statusCode());
    assertEquals("ok\n", health.body());

    HttpResponse<String> early = get("/readyz");
    assertEquals(503, early.statusCode(), "not ready before the first check: " + early.body());

    readiness.refresh();
    HttpResponse<String> ready = get("/readyz");
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("{\"ready\":true,\"checked_at\":\"2026-06-01T08:00:00Z\",\"checks\":{\"scheduler\":\"ok\","
        + "\"slack\":\"ok\"}}\n", ready.body());
    assertEquals("application/json", ready.headers().firstValue("content-type").orElse(""));

    scheduler.set(false);
    readiness.refresh();
    HttpResponse<String> stopped = get("/readyz");
    assertEquals(503, stopped.statusCode());
    assertTrue(stopped.body().contains("\"scheduler\":\"not running\""), stopped.body());

    HttpResponse<String> scrape = get("/metrics");
    assertEquals(200, scrape.statusCode());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", scrape.headers().firstValue("content-type").orElse(""));
    assertTrue(scrape.body().contains(
        "herald_deliveries_total{kind=\"alert\",platform=\"slack\",result=\"sent\"} 1.0"), scrape.body());
    assertTrue(scrape.body().contains("# TYPE herald_delivery_lag_seconds histogram"), scrape.body());

    assertEquals(404, get("/admin").statusCode());
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/metrics")).POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  void readinessGoesFalseWhenTheDatabaseGoesAwayAndTrueWhenItIsBack() throws Exception {
    String url = Postgres.freshUrl();
    TcpProxy proxy = new TcpProxy(Postgres.port());
    closing.add(proxy);
    Database db = Database.connect(url.replace(":" + Postgres.port() + "/", ":" + proxy.port() + "/"),
        Optional.empty(), Optional.empty());
    closing.add(db);
    // long enough for the pool's own connection timeout, so that each refresh has the database's real answer
    Readiness readiness = new Readiness(Duration.ofSeconds(30), clock)
        .add("database", () -> {
          Database.Health h = db.health();
          return h.reachable() ? Optional.empty() : Optional.of(h.problem());
        })
        .add("migrations", () -> db.health().migrated() ? Optional.empty() : Optional.of("not migrated"));
    serve(readiness);

    assertTrue(readiness.refresh().ready(), readiness.latest().toString());
    assertEquals(200, get("/readyz").statusCode());

    proxy.cut();
    Readiness.Report away = readiness.refresh();
    assertFalse(away.ready(), away.toString());
    HttpResponse<String> down = get("/readyz");
    assertEquals(503, down.statusCode());
    assertTrue(down.body().contains("\"database\":\"unreachable: "), down.body());
    assertEquals(200, get("/healthz").statusCode(), "the process is alive all the same");
    assertEquals(200, get("/metrics").statusCode(), "metrics never wait for the database");

    proxy.restore();
    Readiness.Report back = readiness.refresh();
    assertTrue(back.ready(), back.toString());
    assertEquals(200, get("/readyz").statusCode());
  }

  @Test
  void aCheckThatHangsFailsAfterTheTimeoutAndIsNotStartedTwice() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    Readiness readiness = new Readiness(Duration.ofMillis(50), clock).add("database", () -> {
      calls.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Optional.empty();
    });
    serve(readiness);
    assertEquals(Optional.of("no answer within 50 ms"),
        Optional.ofNullable(readiness.refresh().problems().get("database")));
    readiness.refresh();
    assertEquals(1, calls.get(), "the hanging check is waited for, not started again");
    release.countDown();
    closing.add(() -> release.countDown());
  }

  @Test
  void slowClientsDoNotStallTheEndpoint() throws Exception {
    serve(new Readiness(Duration.ofSeconds(5), clock));
    // more clients than the connection limit, each trickling the first bytes of a request and never finishing it
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < OpsServer.MAX_CONNECTIONS + 16; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        OutputStream out = s.getOutputStream();
        out.write("GET /metrics HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(s);
      }
      // the header deadline closes them; Prometheus gets through meanwhile or right after
      HttpResponse<String> scrape = get("/metrics");
      assertEquals(200, scrape.statusCode());
      assertTrue(scrape.body().contains("herald_parked_total"));
    } finally {
      for (Socket s : slow) closeQuietly(s);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // closed by the server already
    }
  }
}
