package dev.herald.bot.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.Test;

/** The fake Discord's own contract, over plain HTTP: limits, 429s, nonces, injected failures, history. */
class FakeDiscordTest {
  static final MediaType JSON = MediaType.get("application/json");
  final OkHttpClient http = new OkHttpClient();

  @Test
  void aSpentRouteBucketAnswers429WithRetryAfterAndHeaders() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start(new FakeDiscordLimits(0, 2, Duration.ofSeconds(30)))) {
      try (Response first = post(fake, "10", "{\"content\":\"a\"}")) {
        assertEquals(200, first.code());
        assertEquals("2", first.header("X-RateLimit-Limit"));
        assertEquals("1", first.header("X-RateLimit-Remaining"));
        assertNotNull(first.header("X-RateLimit-Reset-After"));
        assertNotNull(first.header("X-RateLimit-Bucket"));
      }
      post(fake, "10", "{\"content\":\"b\"}").close();
      try (Response third = post(fake, "10", "{\"content\":\"c\"}")) {
        assertEquals(429, third.code());
        JsonNode body = FakeDiscordJson.parse(third.body().string());
        assertTrue(body.path("retry_after").asDouble() > 0, body.toString());
        assertEquals(false, body.path("global").asBoolean(true));
        assertEquals("0", third.header("X-RateLimit-Remaining"));
        assertNotNull(third.header("Retry-After"));
        assertEquals("user", third.header("X-RateLimit-Scope"));
      }
      try (Response otherChannel = post(fake, "11", "{\"content\":\"d\"}")) {
        assertEquals(200, otherChannel.code(), "buckets are per channel");
      }
      assertEquals(1, fake.routeRateLimited());
      assertEquals(java.util.List.of("route POST channels/{id}/messages"),
          fake.rateLimited().stream().map(FakeDiscordLimited::label).toList());
      assertEquals(4, fake.requestsTo("POST", "channels/{id}/messages"));
    }
  }

  @Test
  void theGlobalLimitAnswers429MarkedGlobal() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start(new FakeDiscordLimits(3, 0, Duration.ofSeconds(1)))) {
      int limited = 0;
      for (int i = 0; i < 4; i++) {
        try (Response r = post(fake, Integer.toString(20 + i), "{\"content\":\"x\"}")) {
          if (r.code() == 429) {
            limited++;
            assertEquals("true", r.header("X-RateLimit-Global"));
            assertTrue(FakeDiscordJson.parse(r.body().string()).path("global").asBoolean());
          }
        }
      }
      assertEquals(1, limited, "the fourth request within one second is over the budget of 3");
      assertEquals(1, fake.globalRateLimited());
      assertEquals(java.util.List.of("global POST channels/{id}/messages"),
          fake.rateLimited().stream().map(FakeDiscordLimited::label).toList());
    }
  }

  @Test
  void anEnforcedNonceReturnsTheFirstMessageAndCountsTheDuplicate() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start()) {
      String body = "{\"content\":\"x\",\"nonce\":\"n1\",\"enforce_nonce\":true}";
      String first;
      try (Response r = post(fake, "30", body)) {
        first = FakeDiscordJson.parse(r.body().string()).path("id").asText();
      }
      try (Response r = post(fake, "30", body)) {
        assertEquals(first, FakeDiscordJson.parse(r.body().string()).path("id").asText());
      }
      assertEquals(1, fake.messagesCreated());
      assertEquals(1, fake.duplicateNonces());
      try (Response r = post(fake, "30", "{\"content\":\"x\",\"nonce\":\"n1\"}")) {
        assertTrue(!FakeDiscordJson.parse(r.body().string()).path("id").asText().equals(first),
            "without enforce_nonce Discord creates a second message");
      }
      assertEquals(2, fake.duplicateNonces());
      try (Response r = http.newCall(new Request.Builder().url(fake.restUrl() + "channels/30/messages?limit=1")
          .build()).execute()) {
        JsonNode history = FakeDiscordJson.parse(r.body().string());
        assertEquals(1, history.size());
        assertTrue(history.get(0).path("nonce").isMissingNode(), "history carries no nonces, as on Discord");
      }
    }
  }

  @Test
  void anInjectedFailureAnswersWithDiscordsErrorShape() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start()) {
      fake.fail("40", FakeDiscord.Failure.missingAccess());
      try (Response r = post(fake, "40", "{\"content\":\"x\"}")) {
        assertEquals(403, r.code());
        assertEquals(50001, FakeDiscordJson.parse(r.body().string()).path("code").asInt());
      }
      assertEquals(403, fake.requests().get(0).status());
    }
  }

  @Test
  void theGatewayResumesAKnownSessionAndInvalidatesAForgottenOne() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start()) {
      Frames first = connect(fake);
      assertEquals(10, first.next().path("op").asInt(), "HELLO");
      first.socket.send("{\"op\":2,\"d\":{\"token\":\"t\",\"intents\":0,\"shard\":[0,1]}}");
      JsonNode ready = first.next();
      assertEquals("READY", ready.path("t").asText());
      assertEquals(fake.gatewayUrl(), ready.path("d").path("resume_gateway_url").asText());
      String session = ready.path("d").path("session_id").asText();

      fake.dropGateway(4000);
      assertEquals(4000, first.closed.poll(10, TimeUnit.SECONDS));
      Frames second = connect(fake);
      second.next(); // HELLO
      second.socket.send("{\"op\":6,\"d\":{\"token\":\"t\",\"session_id\":\"" + session + "\",\"seq\":1}}");
      assertEquals("RESUMED", second.next().path("t").asText());
      assertEquals(1, fake.resumes().size());

      fake.invalidateSessions();
      JsonNode invalid = second.next();
      assertEquals(9, invalid.path("op").asInt());
      assertEquals(false, invalid.path("d").asBoolean(true), "not resumable");
      second.socket.send("{\"op\":6,\"d\":{\"token\":\"t\",\"session_id\":\"" + session + "\",\"seq\":2}}");
      assertEquals(9, second.next().path("op").asInt(), "a forgotten session cannot be resumed");
      second.socket.close(1000, null);

      fake.refuseGateway(true);
      try (Response refused = http.newCall(new Request.Builder().url(fake.gatewayUrl().replace("ws:", "http:"))
          .build()).execute()) {
        assertEquals(503, refused.code());
      }
      assertEquals(1, fake.gatewayRefusals());
    }
  }

  /** A gateway connection and the frames it received. */
  private record Frames(WebSocket socket, BlockingQueue<JsonNode> frames, BlockingQueue<Integer> closed) {
    JsonNode next() throws InterruptedException {
      JsonNode f = frames.poll(10, TimeUnit.SECONDS);
      if (f == null) throw new AssertionError("no gateway frame within 10 s");
      return f;
    }
  }

  private Frames connect(FakeDiscord fake) {
    BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    BlockingQueue<Integer> closed = new LinkedBlockingQueue<>();
    WebSocket socket = http.newWebSocket(new Request.Builder().url(fake.gatewayUrl()).build(), new WebSocketListener() {
      @Override
      public void onMessage(WebSocket webSocket, String text) {
        frames.add(FakeDiscordJson.parse(text));
      }

      @Override
      public void onClosing(WebSocket webSocket, int code, String reason) {
        closed.add(code);
        webSocket.close(1000, null);
      }
    });
    return new Frames(socket, frames, closed);
  }

  private Response post(FakeDiscord fake, String channel, String json) throws Exception {
    return http.newCall(new Request.Builder().url(fake.restUrl() + "channels/" + channel + "/messages")
        .post(RequestBody.create(json, JSON)).build()).execute();
  }
}
