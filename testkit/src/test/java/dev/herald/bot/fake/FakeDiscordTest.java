package dev.herald.bot.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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

  private Response post(FakeDiscord fake, String channel, String json) throws Exception {
    return http.newCall(new Request.Builder().url(fake.restUrl() + "channels/" + channel + "/messages")
        .post(RequestBody.create(json, JSON)).build()).execute();
  }
}
