package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Slack for tests and benchmarks: the Web API under {@link #apiUrl()} (point {@code SlackConfig}'s methods
 * endpoint at it) and response URLs under {@link #responseUrl(String)}. It answers {@code auth.test},
 * {@code chat.postMessage}, {@code chat.update}, {@code conversations.history} (with message metadata),
 * {@code users.info}, {@code oauth.v2.access} and {@code apps.connections.open}; records every call; can enforce
 * chat.postMessage's one message a second per channel with 429 and {@code Retry-After}; counts posts whose
 * idempotency key ({@code metadata.event_payload.key}) the channel already had; and fails on demand.
 *
 * <p>Thread-safe. Runs the JDK HTTP server on 127.0.0.1 and a free port.
 */
public final class FakeSlackServer implements AutoCloseable {
  /** Slack's {@code error} codes and statuses the fake can answer with, once ({@link #failNext}) or always. */
  public record Failure(int status, String error, long retryAfterSeconds) {
    public static Failure rateLimited(long retryAfterSeconds) {
      return new Failure(429, "ratelimited", retryAfterSeconds);
    }

    public static Failure error(String code) {
      return new Failure(200, code, 0);
    }

    public static Failure http(int status) {
      return new Failure(status, "", 0);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final boolean keepBodies;
  private final Clock clock;
  private final FakeSlackServerRateLimit rateLimit;
  private final FakeSlackServerMessages messages;
  private final FakeSlackServerAccepts accepts = new FakeSlackServerAccepts();
  private final java.util.function.LongSupplier nanos;
  private final String team;
  private final List<FakeSlackServerCall> calls = new ArrayList<>();
  private final Map<String, Deque<Failure>> scripted = new HashMap<>();
  private final Map<String, String> tokenTeams = new ConcurrentHashMap<>();
  private final Map<String, boolean[]> users = new ConcurrentHashMap<>();
  private volatile String socketUrl = "";
  private volatile boolean recording = true;
  private final AtomicLong rateLimitedCount = new AtomicLong();

  FakeSlackServer(FakeSlackServerBuilder b) throws IOException {
    this.keepBodies = b.keepBodies;
    this.clock = b.clock;
    this.team = b.team;
    this.nanos = b.nanos;
    this.rateLimit = b.perSecond > 0 ? new FakeSlackServerRateLimit(b.perSecond, b.burst, b.nanos) : null;
    this.messages = new FakeSlackServerMessages(b.keepBodies);
    // without it the JDK server waits ~40 ms per response on keep-alive connections (Nagle + delayed ACK);
    // it is read once, when the first server is created
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    this.executor = Executors.newFixedThreadPool(b.threads, r -> {
      Thread t = new Thread(r, "fake-slack");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FakeSlackServerBuilder builder() {
    return new FakeSlackServerBuilder();
  }

  /** A fake with the defaults: team T1, bodies kept, no rate limit. */
  public static FakeSlackServer start() {
    return builder().build();
  }

  /** {@code http://127.0.0.1:PORT/api/}: the Web API base URL. */
  public String apiUrl() {
    return baseUrl() + "/api/";
  }

  /** A response URL of this fake, as Slack puts in interaction payloads. */
  public String responseUrl(String id) {
    return baseUrl() + "/response/" + id;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Accepts {@code token} for {@code teamId} (every {@code xoxb-} token is accepted for the default team). */
  public FakeSlackServer token(String token, String teamId) {
    tokenTeams.put(token, teamId);
    return this;
  }

  /** A user {@code users.info} knows. */
  public FakeSlackServer user(String id, boolean admin, boolean owner) {
    users.put(id, new boolean[] {admin, owner});
    return this;
  }

  /** The next call of {@code method} fails so; several calls queue up in order. */
  public synchronized FakeSlackServer failNext(String method, Failure failure) {
    scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(Objects.requireNonNull(failure));
    return this;
  }

  /** What {@code apps.connections.open} returns: a Socket Mode WebSocket URL. */
  public FakeSlackServer socketUrl(String url) {
    this.socketUrl = url;
    return this;
  }

  /** Stops recording calls (counters and messages go on): for long benchmark runs. */
  public FakeSlackServer recording(boolean on) {
    this.recording = on;
    return this;
  }

  public synchronized List<FakeSlackServerCall> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<FakeSlackServerCall> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits until {@code method} was called at least {@code n} times; the calls, or an AssertionError. */
  public List<FakeSlackServerCall> awaitCalls(String method, int n, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (calls(method).size() < n) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new AssertionError(method + ": " + calls(method).size() + " calls, wanted " + n);
        wait(Math.max(1, left / 1_000_000));
      }
      return calls(method);
    }
  }

  public FakeSlackServerMessages messages() {
    return messages;
  }

  /** Posts accepted by chat.postMessage. */
  public int posts() {
    return messages.posts();
  }

  /** Accepted posts whose idempotency key the channel had already received. */
  public int duplicates() {
    return messages.duplicates();
  }

  /**
   * When each channel's chat.postMessage calls were accepted (answered ok), on the rate limit's clock ({@link
   * FakeSlackServerBuilder#nanoTime}, {@link System#nanoTime} by default), in the order accepted; kept also when not
   * recording.
   */
  public Map<String, long[]> acceptedNanos() {
    return accepts.snapshot();
  }

  /** 429 answers given (by the per-channel rate limit or {@link #failNext}), counted also when not recording. */
  public long rateLimited() {
    return rateLimitedCount.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] raw = FakeSlackServerRequests.body(ex, 2_000_001);
      String path = ex.getRequestURI().getPath();
      boolean record = recording;
      boolean jsonBody = raw.length <= 2_000_000 && FakeSlackServerRequests.isJson(ex);
      Map<String, String> params;
      FakeSlackServerJsonBody json;
      String body;
      if (jsonBody && !keepBodies && !record) {
        // nothing keeps the body or its fields' JSON: read what the routes need in one pass, no tree
        params = FakeSlackServerRequests.query(ex);
        json = FakeSlackServerJsonBody.stream(raw, params);
        body = "";
      } else {
        JsonNode tree = jsonBody ? FakeSlackServerRequests.json(raw) : null;
        // a JSON body is read from its bytes; its text is only wanted for a form, or to keep
        body = tree == null || keepBodies ? new String(raw, StandardCharsets.UTF_8) : "";
        params = FakeSlackServerRequests.params(ex, body, tree);
        json = tree == null ? null : FakeSlackServerJsonBody.of(tree);
      }
      String token = FakeSlackServerRequests.token(ex, params);
      String method = path.startsWith("/api/") ? path.substring(5)
          : path.startsWith("/response/") ? "response_url" : path;
      FakeSlackServerRoutes.Answer answer = raw.length > 2_000_000
          ? FakeSlackServerRoutes.Answer.http(413)
          : answer(method, token, params, json);
      if (answer.status() == 429) rateLimitedCount.incrementAndGet();
      if (record) {
        record(new FakeSlackServerCall(method, path, token, params, keepBodies ? body : "", answer.status(),
            answer.error(), clock.instant()));
      }
      byte[] out = FakeSlackServerMessages.JSON.writeValueAsBytes(answer.json());
      ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      if (answer.retryAfter() > 0) ex.getResponseHeaders().set("Retry-After", Long.toString(answer.retryAfter()));
      ex.sendResponseHeaders(answer.status(), out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    }
  }

  private FakeSlackServerRoutes.Answer answer(String method, String token, Map<String, String> params,
      FakeSlackServerJsonBody json) {
    Failure f = nextFailure(method);
    if (f != null) return FakeSlackServerRoutes.Answer.failure(f);
    if (method.equals("response_url")) return FakeSlackServerRoutes.Answer.ok(null);
    if (!method.equals("oauth.v2.access") && teamOf(token) == null) {
      return FakeSlackServerRoutes.Answer.error("invalid_auth");
    }
    String channel = params.getOrDefault("channel", "");
    boolean post = method.equals("chat.postMessage") && !channel.isEmpty();
    if (post && rateLimit != null) {
      long wait = rateLimit.acquire(channel);
      if (wait > 0) return FakeSlackServerRoutes.Answer.failure(Failure.rateLimited(wait));
    }
    // when the limit let it through (read right after it did, on its clock)
    long at = post ? nanos.getAsLong() : 0;
    FakeSlackServerRoutes.Answer answer = new FakeSlackServerRoutes(messages, users, tokenTeams, socketUrl)
        .route(method, teamOf(token), params, json);
    if (post && answer.status() == 200 && answer.error().isEmpty()) accepts.accepted(channel, at);
    return answer;
  }

  private String teamOf(String token) {
    if (token == null) return null;
    String t = tokenTeams.get(token);
    if (t != null) return t;
    return token.startsWith("xoxb-") || token.startsWith("xapp-") ? team : null;
  }

  private synchronized Failure nextFailure(String method) {
    Deque<Failure> q = scripted.get(method);
    return q == null ? null : q.poll();
  }

  private synchronized void record(FakeSlackServerCall call) {
    calls.add(call);
    notifyAll();
  }

  static ObjectNode object() {
    return FakeSlackServerMessages.JSON.createObjectNode();
  }
}
