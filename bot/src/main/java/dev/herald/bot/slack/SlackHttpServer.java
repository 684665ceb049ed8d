package dev.herald.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.herald.bot.http.GuardedServer;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on Jetty 12, built for the open internet.
 *
 * <ul>
 *   <li>Deadlines: a connection must deliver a request's headers within {@link Limits#header} of opening or of its
 *       previous answer (else it is closed: slow headers and idle keep-alives alike), and the body within {@link
 *       Limits#body} of its headers; any silence longer than {@link Limits#idle} closes it too. Reads are
 *       asynchronous, so a slow client holds a connection, never a thread.
 *   <li>Bounds: headers at most 16 KiB, a body at most {@value #MAX_BODY} bytes (413 before reading when declared
 *       larger), at most {@link Limits#maxConnections} connections, and a fixed pool of {@link Limits#workers}
 *       threads (with a bounded queue; 503 when full) for the only work that takes time, Bolt's handling of a
 *       complete, signed request.
 *   <li>Signature first: on {@value #EVENTS_PATH}, a request without well-formed signature headers dated within five
 *       minutes either way is answered 401 before its body is read; the body's signature is then checked on the raw
 *       bytes in constant time ({@link SlackSignatures}); only a signed body is ever parsed. Unparsable signed
 *       bodies get 400, unknown ones 404.
 *   <li>Logs: never a body; one line per refusal at debug level (an attacker cannot fill the log), remote address and
 *       path escaped by the log layout.
 * </ul>
 *
 * The OAuth install and redirect pages (multi-workspace) are GETs without a body and go straight to Bolt.
 */
final class SlackHttpServer implements AutoCloseable {
  static final String EVENTS_PATH = "/slack/events";
  static final int MAX_BODY = 1 << 20;
  static final int MAX_HEADERS = 16 * 1024;
  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

  static {
    // Bolt's parser logs a whole request body it does not recognise at WARN; Herald logs one line instead. Raised
    // here as well as in logback.xml, so that no other logging configuration lets a body through.
    if (LoggerFactory.getLogger(SlackRequestParser.class) instanceof ch.qos.logback.classic.Logger parserLog
        && parserLog.isWarnEnabled()) {
      parserLog.setLevel(ch.qos.logback.classic.Level.ERROR);
    }
  }

  /**
   * Deadlines and sizes.
   *
   * @param header from a connection's opening (or its previous answer) to a request's complete headers
   * @param body from the headers to the complete body
   * @param idle the longest silence while a request is under way
   * @param workers threads running Bolt on complete, signed requests
   */
  record Limits(Duration header, Duration body, Duration idle, int maxConnections, int workers, int queue) {
    static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10),
        1_000, 8, 512);
  }

  private final App app;
  private final SlackRequestParser parser;
  private final Optional<SlackSignatures> signatures;
  private final Set<String> paths;
  private final Limits limits;
  private final GuardedServer server;
  private final ThreadPoolExecutor workers;

  /**
   * @param host the address to listen on ({@code 0.0.0.0}: every interface)
   * @param signatures the signing secret's checks; required when {@code paths} holds {@value #EVENTS_PATH}
   */
  SlackHttpServer(App app, Optional<SlackSignatures> signatures, String host, int port, List<String> paths,
      Limits limits) {
    if (paths.contains(EVENTS_PATH) && signatures.isEmpty()) {
      throw new IllegalArgumentException("the events path needs the signing secret");
    }
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signatures = signatures;
    this.paths = Set.copyOf(paths);
    this.limits = limits;
    // the headers are seen before any body: unsigned requests are refused before one is read
    this.server = new GuardedServer(host, port, new GuardedServer.Settings("slack-http", 32, 4, -1, MAX_HEADERS,
        limits.idle(), 256, limits.header(), limits.maxConnections()), this::handle);
    this.workers = SlackWorkers.bounded("slack-http-bolt", limits.workers(), limits.queue());
  }

  void start() throws Exception {
    server.start();
    log.info("Slack HTTP mode listening on {}:{}", server.host() == null ? "*" : server.host(), port());
  }

  int port() {
    return server.port();
  }

  /** The address the server is bound to. */
  InetSocketAddress address() {
    return new InetSocketAddress(server.host() == null ? "0.0.0.0" : server.host(), port());
  }

  @Override
  public void close() {
    server.close();
    SlackWorkers.stop(workers);
  }

  /** Routes, refuses early, reads bodies asynchronously and hands complete requests to the workers. Never blocks. */
  private boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
      Callback done) {
    String path = request.getHttpURI().getPath();
    String method = request.getMethod();
    if (path == null || !paths.contains(path)) return refuse(request, response, done, 404, "not found");
    if (!path.equals(EVENTS_PATH)) {
      if (!method.equals("GET")) return refuse(request, response, done, 405, "method not allowed");
      return dispatch(request, response, done, path, new byte[0]);
    }
    if (!method.equals("POST")) return refuse(request, response, done, 405, "method not allowed");
    String timestamp = request.getHeaders().get(SlackSignatures.TIMESTAMP);
    String signature = request.getHeaders().get(SlackSignatures.SIGNATURE);
    SlackSignatures.Verdict early = signatures.get().headers(timestamp, signature);
    if (early != SlackSignatures.Verdict.OK) return refuse(request, response, done, 401, "unsigned: " + early);
    if (request.getLength() > MAX_BODY) return refuse(request, response, done, 413, "body too large");
    Content.Source.asByteArrayAsync(request, MAX_BODY)
        .orTimeout(limits.body().toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((body, failure) -> {
          if (failure == null) {
            dispatch(request, response, done, path, body);
          } else if (failure instanceof TimeoutException) {
            log.debug("Slack request from {}: body not complete within {}", remote(request), limits.body());
            done.failed(failure); // closes the connection
          } else {
            refuse(request, response, done, 413, "body too large or broken");
          }
        });
    return true;
  }

  private boolean dispatch(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
      Callback done, String path, byte[] body) {
    try {
      workers.execute(() -> answer(request, response, done, path, body));
    } catch (RejectedExecutionException e) {
      refuse(request, response, done, 503, "busy");
    }
    return true;
  }

  /** On a worker: the signature over the raw body, then Bolt. */
  private void answer(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
      Callback done, String path, byte[] body) {
    try {
      if (path.equals(EVENTS_PATH)) {
        SlackSignatures.Verdict v = signatures.get().verify(request.getHeaders().get(SlackSignatures.TIMESTAMP),
            request.getHeaders().get(SlackSignatures.SIGNATURE), body);
        if (v != SlackSignatures.Verdict.OK) {
          refuse(request, response, done, 401, "signature " + v);
          return;
        }
      }
      Request<?> slack;
      try {
        slack = parser.parse(SlackRequestParser.HttpRequest.builder()
            .requestUri(path)
            .queryString(query(request.getHttpURI().getQuery()))
            .headers(new RequestHeaders(headers(request)))
            .requestBody(new String(body, StandardCharsets.UTF_8))
            .remoteAddress(org.eclipse.jetty.server.Request.getRemoteAddr(request))
            .build());
      } catch (RuntimeException e) {
        refuse(request, response, done, 400, "unreadable signed body (" + e.getClass().getSimpleName() + ")");
        return;
      }
      if (slack == null) {
        refuse(request, response, done, 404, "not a Slack request");
        return;
      }
      Response r = app.run(slack);
      send(response, done, r.getStatusCode(), r.getContentType(), r.getBody(), r.getHeaders());
    } catch (Exception e) {
      log.error("Slack request on {} failed: {}", path, e.toString());
      send(response, done, 500, "text/plain; charset=utf-8", "internal error", Map.of());
    }
  }

  private boolean refuse(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
      Callback done, int status, String why) {
    log.debug("Slack request {} {} from {}: {} ({})", request.getMethod(), request.getHttpURI().getPath(),
        remote(request), status, why);
    if (status >= 400 && status != 404 && status != 405) response.getHeaders().put(HttpHeader.CONNECTION, "close");
    send(response, done, status, "text/plain; charset=utf-8", status == 401 ? "invalid request" : why, Map.of());
    return true;
  }

  private static void send(org.eclipse.jetty.server.Response response, Callback done, int status, String type,
      String body, Map<String, List<String>> headers) {
    byte[] out = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    if (headers != null) {
      headers.forEach((k, values) -> {
        if (k == null || k.equalsIgnoreCase("Content-Length") || k.equalsIgnoreCase("Content-Type")) return;
        for (String v : values) response.getHeaders().add(k, v);
      });
    }
    if (type != null) response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.write(true, ByteBuffer.wrap(out), done);
  }

  private static String remote(org.eclipse.jetty.server.Request request) {
    return org.eclipse.jetty.server.Request.getRemoteAddr(request);
  }

  private static Map<String, List<String>> headers(org.eclipse.jetty.server.Request request) {
    Map<String, List<String>> out = new HashMap<>();
    for (HttpField f : request.getHeaders()) out.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
    return out;
  }

  static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) return out;
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      try {
        String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      } catch (IllegalArgumentException e) {
        // a malformed escape in the query: the pair is ignored
      }
    }
    return out;
  }
}
