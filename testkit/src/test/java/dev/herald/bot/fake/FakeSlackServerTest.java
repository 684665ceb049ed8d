package dev.herald.bot.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake Slack on its own, as a benchmark uses it: plain HTTP, no SDK. */
class FakeSlackServerTest {
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void withoutBodiesItStillCountsPostsDuplicatesAndRateLimits() throws Exception {
    long[] now = {0};
    try (FakeSlackServer fake = FakeSlackServer.builder().keepBodies(false).slackRateLimit().nanoTime(() -> now[0])
        .build()) {
      fake.recording(false);
      assertEquals(200, post(fake, "C1", "k1").statusCode());
      HttpResponse<String> limited = post(fake, "C1", "k2");
      assertEquals(429, limited.statusCode());
      assertEquals(Optional.of("1"), limited.headers().firstValue("Retry-After"));
      now[0] += 1_000_000_000L;
      assertEquals(200, post(fake, "C1", "k1").statusCode());
      assertEquals(200, post(fake, "C2", "k1").statusCode(), "keys are per channel");
      assertEquals(3, fake.posts());
      assertEquals(1, fake.duplicates());
      assertEquals(1, fake.rateLimited());
      assertEquals(java.util.List.of(0L, 1_000_000_000L),
          java.util.Arrays.stream(fake.acceptedNanos().get("C1")).boxed().toList(), "the 429 was not accepted");
      assertEquals(1, fake.acceptedNanos().get("C2").length);
      assertTrue(fake.calls().isEmpty(), "not recording");
      assertEquals("", fake.messages().messages("C1").get(0).blocks(), "bodies not kept");
    }
  }

  @Test
  void withoutBodiesOrRecordingJsonPostsAreStillCheckedAndCounted() throws Exception {
    try (FakeSlackServer fake = FakeSlackServer.builder().keepBodies(false).build()) {
      fake.recording(false);
      String block = "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"x\"}}";
      String meta = "{\"event_type\":\"herald_delivery\",\"event_payload\":{\"key\":\"k1\"}}";
      String one = "{\"channel\":\"C1\",\"text\":\"hi\",\"blocks\":[" + block + "],\"metadata\":" + meta + "}";
      assertTrue(postJson(fake, one).body().contains("\"ok\":true"));
      assertTrue(postJson(fake, one).body().contains("\"ok\":true"));
      String tooMany = "{\"channel\":\"C1\",\"text\":\"hi\",\"blocks\":["
          + String.join(",", java.util.Collections.nCopies(51, block)) + "]}";
      assertTrue(postJson(fake, tooMany).body().contains("invalid_blocks"));
      assertTrue(postJson(fake, "{\"channel\":\"C1\",\"blocks\":[]}").body().contains("\"ok\":true"),
          "blocks without text are a message");
      assertTrue(postJson(fake, "{\"channel\":\"C1\"}").body().contains("no_text"));
      assertEquals(3, fake.posts());
      assertEquals(1, fake.duplicates(), "the key read from the JSON metadata");
      assertEquals("{\"event_type\":\"herald_delivery\",\"event_payload\":{\"key\":\"k1\"}}",
          fake.messages().messages("C1").get(0).metadata());
    }
  }

  private HttpResponse<String> postJson(FakeSlackServer fake, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(fake.apiUrl() + "chat.postMessage"))
        .header("Authorization", "Bearer xoxb-1").header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void unknownTokensAndMethodsGetSlacksErrors() throws Exception {
    try (FakeSlackServer fake = FakeSlackServer.start()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fake.apiUrl() + "chat.postMessage"))
          .header("Authorization", "Bearer nope").POST(HttpRequest.BodyPublishers.ofString("channel=C1&text=x"))
          .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(r.body().contains("\"error\":\"invalid_auth\""), r.body());
      HttpResponse<String> u = http.send(HttpRequest.newBuilder(URI.create(fake.apiUrl() + "files.upload"))
          .header("Authorization", "Bearer xoxb-1").POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(u.body().contains("unknown_method"), u.body());
      assertEquals(2, fake.calls().size());
    }
  }

  private HttpResponse<String> post(FakeSlackServer fake, String channel, String key) throws Exception {
    String metadata = java.net.URLEncoder.encode("{\"event_type\":\"herald_delivery\",\"event_payload\":{\"key\":\""
        + key + "\"}}", java.nio.charset.StandardCharsets.UTF_8);
    return http.send(HttpRequest.newBuilder(URI.create(fake.apiUrl() + "chat.postMessage"))
        .header("Authorization", "Bearer xoxb-1")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("channel=" + channel + "&text=hi&metadata=" + metadata))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
