package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.bot.fake.FakeSlackServerCall;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode: the adapter opens the WebSocket that apps.connections.open names (Tyrus, as in production), a slash
 * command arrives in an envelope, Herald acknowledges the envelope and answers through the response URL.
 */
class SlackSocketModeTest {
  final MockWebServer socketServer = new MockWebServer();
  final CompletableFuture<WebSocket> opened = new CompletableFuture<>();
  final BlockingQueue<String> fromHerald = new LinkedBlockingQueue<>();
  SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    socketServer.enqueue(new MockResponse.Builder().webSocketUpgrade(new WebSocketListener() {
      @Override
      public void onOpen(WebSocket ws, Response response) {
        ws.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
            + "\"connection_info\":{\"app_id\":\"AHERALD\"}}");
        opened.complete(ws);
      }

      @Override
      public void onMessage(WebSocket ws, String text) {
        fromHerald.add(text);
      }
    }).build());
    socketServer.start();
    String url = "ws://127.0.0.1:" + socketServer.getPort() + "/link";
    h = new SlackHarness(false, Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-1-test"),
        fake -> fake.socketUrl(url));
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
    if (opened.isDone()) opened.get().close(1000, "bye");
    socketServer.close();
  }

  @Test
  void aSlashCommandOverTheSocketIsAcknowledgedAndAnswered() throws Exception {
    assertEquals(SlackAdapter.Mode.SOCKET, h.adapter.mode());
    assertEquals(-1, h.adapter.httpPort(), "no HTTP endpoint in single-workspace Socket Mode");
    WebSocket ws = opened.get(20, TimeUnit.SECONDS);
    assertEquals("xapp-1-test", h.fake.calls("apps.connections.open").get(0).token());
    ObjectNode envelope = SignedSlackClient.JSON.createObjectNode();
    envelope.put("envelope_id", "env-1");
    envelope.put("type", "slash_commands");
    envelope.put("accepts_response_payload", true);
    ObjectNode p = envelope.putObject("payload");
    p.put("token", "legacy");
    p.put("team_id", "T1");
    p.put("team_domain", "herald-test");
    p.put("channel_id", "C1");
    p.put("channel_name", "general");
    p.put("user_id", "UMEMBER");
    p.put("user_name", "member");
    p.put("command", "/sources");
    p.put("text", Long.toString(h.storm.storyId()));
    p.put("api_app_id", "AHERALD");
    p.put("response_url", h.fake.responseUrl("s1"));
    p.put("trigger_id", "1.2.3");
    ws.send(envelope.toString());
    String ack = fromHerald.poll(20, TimeUnit.SECONDS);
    JsonNode ackJson = SignedSlackClient.JSON.readTree(ack);
    assertEquals("env-1", ackJson.path("envelope_id").asText(), ack);
    FakeSlackServerCall answer = h.fake.awaitCalls("response_url", 1, Duration.ofSeconds(20)).get(0);
    assertTrue(answer.body().contains("Only Northwind Wire reports this story so far."), answer.body());
  }
}
