package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The fake gateway: one connection per socket. Each gets HELLO on connect, and after IDENTIFY a READY (a new session,
 * whose {@code resume_gateway_url} is this gateway) and a GUILD_CREATE for each guild of its shard (Discord's rule:
 * {@code (guild_id >> 22) % shard_count}); a RESUME of a session the fake still knows gets RESUMED, one it forgot an
 * INVALID_SESSION (op 9, not resumable); heartbeats are ACKed. Dispatches go to the connection of the guild's shard,
 * direct messages to shard 0; {@link #dispatchToEverySession} sends to every session of that shard, as Discord does
 * when several clients identified as the same shard. For reconnect tests the gateway can drop every connection ({@link #drop}), forget
 * every session first ({@link #invalidate}), and refuse new connections for a while ({@link #refuse}).
 */
final class FakeDiscordGateway {
  private final ObjectNode bot;
  private final String applicationId;
  private final Supplier<List<ObjectNode>> guilds;
  private final Supplier<String> url;
  private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
  private final List<JsonNode> resumes = new CopyOnWriteArrayList<>();
  /** Ready connections by shard id. */
  private final Map<Integer, Session> shards = new ConcurrentHashMap<>();
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  /** The sessions a RESUME may continue: session id to shard. */
  private final Map<String, Integer> resumable = new ConcurrentHashMap<>();
  private final AtomicInteger sessionIds = new AtomicInteger();
  private volatile int shardTotal = 1;
  private volatile boolean refusing;

  FakeDiscordGateway(ObjectNode bot, String applicationId, Supplier<List<ObjectNode>> guilds, Supplier<String> url) {
    this.bot = bot;
    this.applicationId = applicationId;
    this.guilds = guilds;
    this.url = url;
  }

  /** Whether new connections are refused (an outage): the upgrade is answered 503. */
  boolean refusing() {
    return refusing;
  }

  void refuse(boolean on) {
    refusing = on;
  }

  /** Closes every connection from the server's side with {@code code} (4000: unknown error, the client resumes). */
  void drop(int code) {
    for (Session s : sessions) s.closeWith(code);
  }

  /**
   * Forgets every session and tells each connection so (op 9, not resumable): the client identifies again and gets a
   * new session, as after a long outage.
   */
  void invalidate() {
    resumable.clear();
    for (Session s : sessions) s.invalid();
  }

  /** The RESUME payloads received: token, session id, sequence. */
  List<JsonNode> resumes() {
    return List.copyOf(resumes);
  }

  /** A listener for one new gateway connection. */
  WebSocketListener newSession() {
    Session s = new Session();
    sessions.add(s);
    return s;
  }

  /** Sends an event to the session of the shard that owns {@code data}'s guild (shard 0 without a guild). */
  void dispatch(String type, JsonNode data) {
    int shard = shardOf(data);
    Session s = shards.get(shard);
    if (s == null) throw new IllegalStateException("no gateway session for shard " + shard);
    s.dispatch(type, data);
  }

  /** Sends an event to every open session of the shard that owns {@code data}'s guild; how many it went to. */
  int dispatchToEverySession(String type, JsonNode data) {
    int shard = shardOf(data);
    int sent = 0;
    for (Session s : sessions) {
      if (s.shard == shard && s.socket != null) {
        s.dispatch(type, data);
        sent++;
      }
    }
    if (sent == 0) throw new IllegalStateException("no gateway session for shard " + shard);
    return sent;
  }

  /** The open sessions that identified (or resumed) as {@code shard}. */
  int sessionsOf(int shard) {
    return (int) sessions.stream().filter(s -> s.shard == shard && s.socket != null).count();
  }

  private int shardOf(JsonNode data) {
    String guild = data.path("guild_id").asText("");
    return guild.isEmpty() ? 0 : shardOf(guild, shardTotal);
  }

  /** Waits until {@code count} sessions are ready. */
  boolean awaitReady(int count, long millis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (shards.size() < count) {
      if (System.nanoTime() > end) return false;
      Thread.sleep(10);
    }
    return true;
  }

  List<JsonNode> identifies() {
    return List.copyOf(identifies);
  }

  void close() {
    for (Session s : sessions) s.close();
  }

  static int shardOf(String guildId, int total) {
    return (int) ((Long.parseLong(guildId) >> 22) % total);
  }

  /** One connection. */
  private final class Session extends WebSocketListener {
    private volatile WebSocket socket;
    private int sequence;
    private volatile int shard = -1;

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
      send(FakeDiscordJson.obj("op", 10, "d", FakeDiscordJson.obj("heartbeat_interval", 41_250), "s", null,
          "t", null));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      JsonNode frame = FakeDiscordJson.parse(text);
      switch (frame.path("op").asInt(-1)) {
        case 1 -> send(FakeDiscordJson.obj("op", 11, "d", null, "s", null, "t", null));
        case 2 -> identify(frame.path("d"));
        case 6 -> resume(frame.path("d"));
        default -> { } // presence and other updates need no answer
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
      gone();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      gone();
    }

    private void gone() {
      socket = null;
      sessions.remove(this);
      if (shard >= 0) shards.remove(shard, this);
    }

    private void resume(JsonNode d) {
      resumes.add(d);
      Integer known = resumable.get(d.path("session_id").asText());
      if (known == null) {
        send(FakeDiscordJson.obj("op", 9, "d", false, "s", null, "t", null));
        return;
      }
      shard = known;
      dispatch("RESUMED", FakeDiscordJson.obj());
      shards.put(known, this);
    }

    void invalid() {
      if (socket != null) send(FakeDiscordJson.obj("op", 9, "d", false, "s", null, "t", null));
    }

    void closeWith(int code) {
      WebSocket s = socket;
      if (s != null) s.close(code, "fake gateway dropped the connection");
    }

    private void identify(JsonNode d) {
      identifies.add(d);
      int shard = d.path("shard").path(0).asInt(0);
      this.shard = shard;
      String session = "fake-session-" + shard + "-" + sessionIds.incrementAndGet();
      resumable.put(session, shard);
      int total = Math.max(1, d.path("shard").path(1).asInt(1));
      shardTotal = total;
      List<ObjectNode> mine = guilds.get().stream()
          .filter(g -> shardOf(g.path("id").asText(), total) == shard).toList();
      ArrayNode unavailable = FakeDiscordJson.arr();
      for (ObjectNode g : mine) unavailable.add(FakeDiscordJson.obj("id", g.path("id").asText(), "unavailable", true));
      ObjectNode ready = FakeDiscordJson.obj("v", 10, "user", bot, "guilds", unavailable,
          "session_id", session, "resume_gateway_url", url.get(),
          "application", FakeDiscordJson.obj("id", applicationId, "flags", 0),
          "private_channels", FakeDiscordJson.arr(), "relationships", FakeDiscordJson.arr(),
          "presences", FakeDiscordJson.arr(), "shard", FakeDiscordJson.arr(shard, total));
      dispatch("READY", ready);
      for (ObjectNode g : mine) dispatch("GUILD_CREATE", g);
      shards.put(shard, this);
    }

    synchronized void dispatch(String type, JsonNode data) {
      send(FakeDiscordJson.obj("op", 0, "t", type, "s", ++sequence, "d", data));
    }

    void close() {
      WebSocket s = socket;
      if (s != null) s.close(1000, "fake closing");
    }

    private void send(JsonNode frame) {
      WebSocket s = socket;
      if (s == null) throw new IllegalStateException("gateway session closed");
      s.send(FakeDiscordJson.write(frame));
    }
  }
}
