package dev.herald.bot.ops;

import dev.herald.bot.http.GuardedServer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint on Jetty 12 (the server library of Slack's HTTP mode): {@code GET /metrics} (Prometheus text
 * format), {@code /healthz} (200 while the process runs) and {@code /readyz} (200 or 503 with the checks as JSON).
 * Every answer comes from memory (the last readiness refresh, the registry), without blocking, so it takes
 * milliseconds whatever the database or the platforms are doing. Reads and writes are asynchronous: a slow client
 * holds a connection, never a thread; connections are limited ({@value #MAX_CONNECTIONS}), a silent one is closed after
 * the idle timeout, and one that has not sent a whole request's headers within the header deadline is closed, so
 * clients that trickle their requests free their connections within seconds and cannot crowd Prometheus out.
 */
final class OpsServer implements AutoCloseable {
  static final int MAX_CONNECTIONS = 256;
  static final String TEXT = "text/plain; charset=utf-8";
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

  private final GuardedServer server;
  private final Supplier<String> metrics;
  private final Supplier<Readiness.Report> readiness;

  /**
   * @param host the address to listen on ({@code 127.0.0.1} by default)
   * @param port the port; 0 picks a free one (tests)
   * @param metrics the Prometheus text of every meter, computed in memory
   * @param readiness the last readiness report; must not block
   * @param idle how long a connection may stay silent
   * @param headers how long a connection may take to send a request's headers, from opening or from the previous
   *     answer (a scraper sends them at once; a client that trickles them is closed)
   */
  public OpsServer(String host, int port, Supplier<String> metrics, Supplier<Readiness.Report> readiness,
      Duration idle, Duration headers) {
    this.metrics = metrics;
    this.readiness = readiness;
    this.server = new GuardedServer(host, port, new GuardedServer.Settings("herald-ops-http", 8, 2, 0, 8 * 1024, idle,
        64, headers, MAX_CONNECTIONS), this::handle);
  }

  public void start() throws Exception {
    server.start();
    log.info("ops endpoint on http://{}:{}/ (/metrics, /healthz, /readyz)", server.host(), port());
  }

  /** The port listened on (the one picked, for port 0). */
  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }

  private boolean handle(Request request, Response response, Callback done) {
    String path = request.getHttpURI().getPath();
    boolean get = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    if (path == null) path = "";
    switch (path) {
      case "/metrics":
        if (!get) return send(response, done, 405, TEXT, "method not allowed\n");
        return send(response, done, 200, PROMETHEUS_TEXT, metrics.get());
      case "/healthz":
        if (!get) return send(response, done, 405, TEXT, "method not allowed\n");
        return send(response, done, 200, TEXT, "ok\n");
      case "/readyz": {
        if (!get) return send(response, done, 405, TEXT, "method not allowed\n");
        Readiness.Report r = readiness.get();
        return send(response, done, r.ready() ? 200 : 503, "application/json", r.json() + "\n");
      }
      default:
        return send(response, done, 404, TEXT, "not found: try /metrics, /healthz or /readyz\n");
    }
  }

  private static boolean send(Response response, Callback done, int status, String type, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), done);
    return true;
  }
}
