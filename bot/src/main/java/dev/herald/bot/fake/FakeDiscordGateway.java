package dev.herald.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The fake gateway: HELLO on connect, READY and a GUILD_CREATE per guild after IDENTIFY, heartbeat ACKs, and
 * dispatches the test asks for (INTERACTION_CREATE). One session at a time, enough for one shard.
 */
final class FakeDiscordGateway extends WebSocketListener {
  private final ObjectNode bot;
  private final String applicationId;
  private final Supplier<List<ObjectNode>> guilds;
  private final AtomicInteger sequence = new AtomicInteger();
  private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile WebSocket socket;

  FakeDiscordGateway(ObjectNode bot, String applicationId, Supplier<List<ObjectNode>> guilds) {
    this.bot = bot;
    this.applicationId = applicationId;
    this.guilds = guilds;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    socket = webSocket;
    send(FakeDiscordJson.obj("op", 10, "d", FakeDiscordJson.obj("heartbeat_interval", 41_250), "s", null, "t", null));
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
    ArrayNode unavailable = FakeDiscordJson.arr();
    List<ObjectNode> all = guilds.get();
    for (ObjectNode g : all) unavailable.add(FakeDiscordJson.obj("id", g.path("id").asText(), "unavailable", true));
    ObjectNode readyData = FakeDiscordJson.obj("v", 10, "user", bot, "guilds", unavailable,
        "session_id", "fake-session", "resume_gateway_url", "ws://127.0.0.1/unused",
        "application", FakeDiscordJson.obj("id", applicationId, "flags", 0),
        "private_channels", FakeDiscordJson.arr(), "relationships", FakeDiscordJson.arr(),
        "presences", FakeDiscordJson.arr());
    if (d.has("shard")) readyData.set("shard", d.get("shard"));
    dispatch("READY", readyData);
    for (ObjectNode g : all) dispatch("GUILD_CREATE", g);
    ready.countDown();
  }

  /** Sends an event to the connected client. */
  void dispatch(String type, JsonNode data) {
    send(FakeDiscordJson.obj("op", 0, "t", type, "s", sequence.incrementAndGet(), "d", data));
  }

  boolean awaitReady(long millis) throws InterruptedException {
    return ready.await(millis, TimeUnit.MILLISECONDS);
  }

  List<JsonNode> identifies() {
    return List.copyOf(identifies);
  }

  void close() {
    WebSocket s = socket;
    if (s != null) s.close(1000, "fake closing");
  }

  private void send(JsonNode frame) {
    WebSocket s = socket;
    if (s == null) throw new IllegalStateException("no gateway session");
    s.send(FakeDiscordJson.write(frame));
  }
}
