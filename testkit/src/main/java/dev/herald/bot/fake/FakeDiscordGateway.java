package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The fake gateway: one session per connection. Each gets HELLO on connect, and after IDENTIFY a READY and a
 * GUILD_CREATE for each guild of its shard (Discord's rule: {@code (guild_id >> 22) % shard_count}); heartbeats are
 * ACKed. Dispatches go to the session of the guild's shard, direct messages to shard 0.
 */
final class FakeDiscordGateway {
  private final ObjectNode bot;
  private final String applicationId;
  private final Supplier<List<ObjectNode>> guilds;
  private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
  /** Ready sessions by shard id. */
  private final Map<Integer, Session> shards = new ConcurrentHashMap<>();
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private volatile int shardTotal = 1;

  FakeDiscordGateway(ObjectNode bot, String applicationId, Supplier<List<ObjectNode>> guilds) {
    this.bot = bot;
    this.applicationId = applicationId;
    this.guilds = guilds;
  }

  /** A listener for one new gateway connection. */
  WebSocketListener newSession() {
    Session s = new Session();
    sessions.add(s);
    return s;
  }

  /** Sends an event to the session of the shard that owns {@code data}'s guild (shard 0 without a guild). */
  void dispatch(String type, JsonNode data) {
    String guild = data.path("guild_id").asText("");
    int shard = guild.isEmpty() ? 0 : shardOf(guild, shardTotal);
    Session s = shards.get(shard);
    if (s == null) throw new IllegalStateException("no gateway session for shard " + shard);
    s.dispatch(type, data);
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
        case 2, 6 -> identify(frame.path("d"));
        default -> { } // presence and other updates need no answer
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
      socket = null;
    }

    private void identify(JsonNode d) {
      identifies.add(d);
      int shard = d.path("shard").path(0).asInt(0);
      int total = Math.max(1, d.path("shard").path(1).asInt(1));
      shardTotal = total;
      List<ObjectNode> mine = guilds.get().stream()
          .filter(g -> shardOf(g.path("id").asText(), total) == shard).toList();
      ArrayNode unavailable = FakeDiscordJson.arr();
      for (ObjectNode g : mine) unavailable.add(FakeDiscordJson.obj("id", g.path("id").asText(), "unavailable", true));
      ObjectNode ready = FakeDiscordJson.obj("v", 10, "user", bot, "guilds", unavailable,
          "session_id", "fake-session-" + shard, "resume_gateway_url", "ws://127.0.0.1/unused",
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
