package dev.herald.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's HTTP server: each request goes through Bolt's {@link SlackRequestParser} and
 * {@link App#run}, which checks the signature first (missing, wrong or stale: 401, and no handler runs). Serves
 * {@value #EVENTS_PATH} (commands, buttons, events) and, for multi-workspace OAuth, the install and redirect paths.
 */
final class SlackHttpServer implements AutoCloseable {
  static final String EVENTS_PATH = "/slack/events";
  static final int MAX_BODY = 1 << 20;
  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

  private final App app;
  private final SlackRequestParser parser;
  private final HttpServer server;
  private final ExecutorService executor;

  SlackHttpServer(App app, int port, List<String> paths) throws IOException {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    // without it the JDK server waits ~40 ms per response on keep-alive connections (Nagle + delayed ACK)
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    this.server = HttpServer.create(new InetSocketAddress(port), 100);
    this.executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "slack-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    for (String path : paths) server.createContext(path, this::handle);
  }

  void start() {
    server.start();
    log.info("Slack HTTP mode listening on port {}", port());
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] raw;
      try (InputStream in = ex.getRequestBody()) {
        raw = in.readNBytes(MAX_BODY + 1);
      }
      if (raw.length > MAX_BODY) {
        send(ex, 413, "text/plain; charset=utf-8", "request too large", Map.of());
        return;
      }
      String path = ex.getRequestURI().getPath();
      Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(path)
          .queryString(query(ex.getRequestURI().getRawQuery()))
          .headers(new RequestHeaders(ex.getRequestHeaders()))
          .requestBody(new String(raw, StandardCharsets.UTF_8))
          .remoteAddress(ex.getRemoteAddress().getAddress().getHostAddress())
          .build());
      if (request == null) {
        send(ex, 404, "text/plain; charset=utf-8", "not a Slack request", Map.of());
        return;
      }
      Response r = app.run(request);
      send(ex, r.getStatusCode(), r.getContentType(), r.getBody(), r.getHeaders());
    } catch (Exception e) {
      log.error("Slack request failed", e);
      send(ex, 500, "text/plain; charset=utf-8", "internal error", Map.of());
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body, Map<String, List<String>> headers)
      throws IOException {
    byte[] out = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (headers != null) headers.forEach((k, v) -> ex.getResponseHeaders().put(k, new ArrayList<>(v)));
    if (type != null) ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    }
  }

  static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) return out;
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }
}
