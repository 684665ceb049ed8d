package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local Discord for tests and benchmarks, on mockwebserver3: the REST API under {@link #restUrl()} and the gateway
 * at {@link #gatewayUrl()}, enough for the real JDA client to log in, register commands, receive interactions, answer
 * them, and post, edit and read channel messages. Records every request; can enforce Discord's rate limits
 * ({@link FakeDiscordLimits}) and answer a channel with an injected error (missing access, unknown channel).
 * Thread-safe.
 */
public final class FakeDiscord implements Closeable {
  public static final String APPLICATION_ID = "1100000000000000001";
  public static final String BOT_ID = APPLICATION_ID;
  public static final String API = "/api/v10/";

  private final MockWebServer server = new MockWebServer();
  private final ObjectNode bot = FakeDiscordJson.user(BOT_ID, "Herald", true);
  private final List<FakeDiscordGuild> guilds = new CopyOnWriteArrayList<>();
  private final List<FakeDiscordRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Failure> failures = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> commands = new ConcurrentHashMap<>();
  private final FakeDiscordChannels channels = new FakeDiscordChannels(bot);
  private final FakeDiscordGateway gateway = new FakeDiscordGateway(bot, APPLICATION_ID,
      () -> guilds.stream().map(g -> g.toJson(bot)).toList(), this::gatewayUrl);
  private final FakeDiscordRateLimiter limiter;
  private final Map<String, AtomicLong> byRoute = new ConcurrentHashMap<>();
  private volatile boolean recording = true;
  private final AtomicLong gatewayRefusals = new AtomicLong();
  /** The interactions that got their initial response. */
  private final java.util.Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final AtomicLong webhookMessages = new AtomicLong(1_400_000_000_000_000_000L);

  /** An error the fake answers for one channel: status, Discord error code and message. */
  public record Failure(int status, int code, String message) {
    public static Failure missingAccess() {
      return new Failure(403, 50001, "Missing Access");
    }

    public static Failure missingPermissions() {
      return new Failure(403, 50013, "Missing Permissions");
    }

    public static Failure unknownChannel() {
      return new Failure(404, 10003, "Unknown Channel");
    }

    public static Failure serverError() {
      return new Failure(500, 0, "500: Internal Server Error");
    }

    public static Failure invalidBody() {
      return new Failure(400, 50035, "Invalid Form Body");
    }
  }

  private FakeDiscord(FakeDiscordLimits limits) {
    this.limiter = limits.enforced() ? new FakeDiscordRateLimiter(limits) : null;
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return FakeDiscord.this.dispatch(request);
      }
    });
  }

  /** Starts a fake with no rate limits on a free local port. */
  public static FakeDiscord start() throws IOException {
    return start(FakeDiscordLimits.none());
  }

  public static FakeDiscord start(FakeDiscordLimits limits) throws IOException {
    FakeDiscord fake = new FakeDiscord(limits);
    fake.server.start();
    return fake;
  }

  /** The REST root to give JDA's {@code RestConfig}, ending in {@code /api/v10/}. */
  public String restUrl() {
    return server.url(API).toString();
  }

  /** The gateway URL to give JDA's session controller. */
  public String gatewayUrl() {
    return "ws://" + server.getHostName() + ":" + server.getPort() + "/gateway";
  }

  /** Adds a guild the bot is in; call before the client connects. */
  public FakeDiscordGuild addGuild(String guildId, String... channelIds) {
    return addGuild(new FakeDiscordGuild(guildId, "Guild " + guildId, "1", List.of(channelIds), List.of()));
  }

  public FakeDiscordGuild addGuild(FakeDiscordGuild guild) {
    guilds.add(guild);
    return guild;
  }

  /** From now on, requests about {@code channelId} get {@code failure}. */
  public void fail(String channelId, Failure failure) {
    failures.put(channelId, failure);
  }

  public void heal(String channelId) {
    failures.remove(channelId);
  }

  /**
   * Whether to keep every request (the default, for tests); a long benchmark turns it off and reads the counters
   * ({@link #requestsTo}, {@link #messagesCreated()}, {@link #duplicateNonces()}, the rate-limit counts) instead.
   */
  public FakeDiscord recordRequests(boolean on) {
    this.recording = on;
    return this;
  }

  /**
   * REST requests answered to one route, whatever the ids in it: {@code requestsTo("GET", "channels/{id}/messages")}
   * counts every read of a channel's history.
   */
  public long requestsTo(String method, String route) {
    AtomicLong n = byRoute.get(method + " " + route);
    return n == null ? 0 : n.get();
  }

  /** Waits until a client identified and got READY. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return gateway.awaitReady(1, timeout.toMillis());
  }

  /** Sends a gateway event (e.g. INTERACTION_CREATE) to the session of the shard owning its guild. */
  public void dispatch(String type, JsonNode data) {
    gateway.dispatch(type, data);
  }

  /**
   * Sends a gateway event to every open session of the shard owning its guild, as Discord does when several clients
   * (several Herald instances) identified as the same shard; returns how many sessions it went to.
   */
  public int dispatchToEverySession(String type, JsonNode data) {
    return gateway.dispatchToEverySession(type, data);
  }

  /** The open, identified (or resumed) gateway sessions of {@code shard}. */
  public int sessionsOf(int shard) {
    return gateway.sessionsOf(shard);
  }

  /**
   * Drops every gateway connection from the server's side with close code {@code code} (4000, Discord's "unknown
   * error", is one a client resumes after), as Discord does when it moves a session or restarts a gateway node.
   */
  public void dropGateway(int code) {
    gateway.drop(code);
  }

  /**
   * Ends every gateway session (INVALID_SESSION, not resumable): the client identifies again and gets a new session,
   * as after an outage longer than Discord keeps sessions.
   */
  public void invalidateSessions() {
    gateway.invalidate();
  }

  /** While on, gateway connections are refused (503 to the upgrade), as in a gateway outage. */
  public void refuseGateway(boolean on) {
    gateway.refuse(on);
  }

  /** Gateway connections refused while {@link #refuseGateway} was on. */
  public long gatewayRefusals() {
    return gatewayRefusals.get();
  }

  /** The RESUME payloads received: token, session id and sequence. */
  public List<JsonNode> resumes() {
    return gateway.resumes();
  }

  /** The IDENTIFY payloads received: token, intents, shard. */
  public List<JsonNode> identifies() {
    return gateway.identifies();
  }

  public List<FakeDiscordRequest> requests() {
    return List.copyOf(requests);
  }

  /** Waits for a request matching {@code test}, polling the record. */
  public Optional<FakeDiscordRequest> awaitRequest(Predicate<FakeDiscordRequest> test, Duration timeout)
      throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (true) {
      for (FakeDiscordRequest r : requests) if (test.test(r)) return Optional.of(r);
      if (Instant.now().isAfter(end)) return Optional.empty();
      Thread.sleep(10);
    }
  }

  /** The commands registered globally ({@code ""}) or per guild (the guild id). */
  public Optional<JsonNode> commands(String guildIdOrEmpty) {
    return Optional.ofNullable(commands.get(guildIdOrEmpty));
  }

  /** The messages in a channel, oldest first, as stored (nonces included). */
  public List<JsonNode> messages(String channelId) {
    return channels.messages(channelId);
  }

  /** Posts whose nonce had been used before in the same channel (whether or not Discord refused the duplicate). */
  public int duplicateNonces() {
    return channels.duplicateNonces();
  }

  public int messagesCreated() {
    return channels.created();
  }

  /** 429s answered for route buckets and for the global limit. */
  public int routeRateLimited() {
    return limiter == null ? 0 : limiter.routeLimited();
  }

  public int globalRateLimited() {
    return limiter == null ? 0 : limiter.globalLimited();
  }

  /** Every 429 answered, in order: when, which route, and whether the global budget or the route's bucket. */
  public List<FakeDiscordLimited> rateLimited() {
    return limiter == null ? List.of() : limiter.limited();
  }

  /** Closes the gateway session first, so that the server can stop without waiting for it. */
  @Override
  public void close() {
    gateway.close();
    server.close();
  }

  private MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.startsWith("/gateway")) {
      if (gateway.refusing()) {
        gatewayRefusals.incrementAndGet();
        return error(503, 0, "503: Service Unavailable").build();
      }
      return new MockResponse.Builder().webSocketUpgrade(gateway.newSession()).build();
    }
    if (!path.startsWith(API)) return error(404, 0, "404: Not Found").build();
    String route = path.substring(API.length());
    String method = request.getMethod();
    String text = request.getBody() == null ? "" : request.getBody().utf8();
    JsonNode body = request.getHeaders().get("Content-Type") != null
        && request.getHeaders().get("Content-Type").startsWith("application/json") ? FakeDiscordJson.parse(text)
        : FakeDiscordJson.obj();
    String query = request.getUrl().encodedQuery() == null ? "" : request.getUrl().encodedQuery();
    MockResponse.Builder ok = new MockResponse.Builder().setHeader("Content-Type", "application/json");
    MockResponse response = null;
    if (limiter != null) response = limiter.check(method, route, ok);
    if (response == null) response = route(method, route, request, body, ok);
    byRoute.computeIfAbsent(method + " " + FakeDiscordRateLimiter.route(route), k -> new AtomicLong())
        .incrementAndGet();
    if (recording) requests.add(new FakeDiscordRequest(method, route, query, body, response.getCode()));
    return response;
  }

  private MockResponse route(String method, String route, RecordedRequest request, JsonNode body,
      MockResponse.Builder ok) {
    String[] p = route.split("/");
    if (route.equals("users/@me")) return json(ok, bot);
    if (route.equals("gateway/bot")) {
      return json(ok, FakeDiscordJson.obj("url", gatewayUrl(), "shards", 1, "session_start_limit",
          FakeDiscordJson.obj("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", 16)));
    }
    if (route.equals("gateway")) return json(ok, FakeDiscordJson.obj("url", gatewayUrl()));
    if (method.equals("PUT") && p[0].equals("applications") && route.endsWith("/commands")) {
      return json(ok, registerCommands(p.length == 5 ? p[3] : "", body));
    }
    if (p[0].equals("interactions") && route.endsWith("/callback")) {
      // Discord acknowledges an interaction once; a second initial response is refused
      if (!acknowledged.add(p[1])) return error(400, 40060, "Interaction has already been acknowledged.").build();
      return new MockResponse.Builder().code(204).build();
    }
    if (p[0].equals("webhooks") && p.length >= 3) {
      String id = method.equals("POST") ? Long.toString(webhookMessages.incrementAndGet()) : "1";
      return json(ok, FakeDiscordJson.message(id, "0", bot, body, Instant.now()));
    }
    if (p[0].equals("channels") && p.length >= 2) return channel(method, p, request, body, ok);
    return error(404, 0, "404: Not Found").build();
  }

  private MockResponse channel(String method, String[] p, RecordedRequest request, JsonNode body,
      MockResponse.Builder ok) {
    String channelId = p[1];
    Failure failure = failures.get(channelId);
    if (failure != null) return error(failure.status(), failure.code(), failure.message()).build();
    if (p.length == 3 && p[2].equals("messages") && method.equals("POST")) {
      return json(ok, channels.create(channelId, body));
    }
    if (p.length == 3 && p[2].equals("messages") && method.equals("GET")) {
      String limit = request.getUrl().queryParameter("limit");
      return json(ok, channels.history(channelId, limit == null ? 50 : Integer.parseInt(limit)));
    }
    if (p.length == 4 && p[2].equals("messages") && method.equals("PATCH")) {
      Optional<ObjectNode> edited = channels.edit(channelId, p[3], body);
      return edited.isPresent() ? json(ok, edited.get()) : error(404, 10008, "Unknown Message").build();
    }
    return error(404, 0, "404: Not Found").build();
  }

  private JsonNode registerCommands(String scope, JsonNode body) {
    ArrayNode out = FakeDiscordJson.arr();
    long id = 1_200_000_000_000_000_000L;
    for (JsonNode c : body) {
      ObjectNode copy = c.deepCopy();
      copy.put("id", Long.toString(++id));
      copy.put("application_id", APPLICATION_ID);
      copy.put("version", "1");
      if (!scope.isEmpty()) copy.put("guild_id", scope);
      out.add(copy);
    }
    commands.put(scope, out);
    return out;
  }

  private static MockResponse json(MockResponse.Builder ok, JsonNode body) {
    return ok.code(200).body(FakeDiscordJson.write(body)).build();
  }

  private static MockResponse.Builder error(int status, int code, String message) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body("{\"message\":\"" + message + "\",\"code\":" + code + "}");
  }

  /** Every request recorded so far that matches, in arrival order. */
  public List<FakeDiscordRequest> requests(Predicate<FakeDiscordRequest> test) {
    List<FakeDiscordRequest> out = new ArrayList<>();
    for (FakeDiscordRequest r : requests) if (test.test(r)) out.add(r);
    return out;
  }
}
