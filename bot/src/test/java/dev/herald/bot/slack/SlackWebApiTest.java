package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.delivery.PublishException;
import dev.herald.delivery.PublishException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Reading Slack's answers by hand: every status and body shape delivery can meet, against a scripted server. */
class SlackWebApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @StartStop final MockWebServer server = new MockWebServer();

  private SlackWebApi api() {
    return SlackWebApi.create(server.url("/api/").toString());
  }

  private void answer(int status, String body, String... headers) {
    MockResponse.Builder b = new MockResponse.Builder().code(status).body(body);
    for (int i = 0; i < headers.length; i += 2) b.addHeader(headers[i], headers[i + 1]);
    server.enqueue(b.build());
  }

  private ObjectNode body() {
    ObjectNode b = JSON.createObjectNode();
    b.put("channel", "C1");
    b.put("text", "héllo & <b>");
    b.putArray("blocks").addObject().put("type", "divider");
    b.put("unfurl_links", false);
    return b;
  }

  @Test
  void aWriteGoesAsJsonWithTheBearerTokenAndReturnsTheAnswer() throws Exception {
    answer(200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}");
    JsonNode r = api().postJson("chat.postMessage", "xoxb-1", body());
    assertEquals("1700000000.000100", r.path("ts").asText());
    RecordedRequest req = server.takeRequest();
    assertEquals("/api/chat.postMessage", req.getUrl().encodedPath());
    assertEquals("Bearer xoxb-1", req.getHeaders().get("Authorization"));
    assertTrue(req.getHeaders().get("Content-Type").startsWith("application/json"), req.getHeaders().toString());
    assertEquals(body(), JSON.readTree(req.getBody().utf8()));
  }

  @Test
  void aReadGoesAsAForm() throws Exception {
    answer(200, "{\"ok\":true,\"messages\":[]}");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("channel", "C1");
    form.put("include_all_metadata", "true");
    api().postForm("conversations.history", "xoxb-1", form);
    RecordedRequest req = server.takeRequest();
    assertEquals("/api/conversations.history", req.getUrl().encodedPath());
    assertEquals("channel=C1&include_all_metadata=true", req.getBody().utf8());
  }

  @Test
  void okFalseIsClassifiedByItsErrorCode() {
    assertEquals(Kind.LOST_ACCESS, failure(200, "{\"ok\":false,\"error\":\"channel_not_found\"}").kind());
    assertEquals(Kind.REJECTED, failure(200, "{\"ok\":false,\"error\":\"invalid_blocks\"}").kind());
    assertEquals(Kind.TRANSIENT, failure(200, "{\"ok\":false,\"error\":\"internal_error\"}").kind());
    PublishException limited = failure(200, "{\"ok\":false,\"error\":\"ratelimited\"}");
    assertEquals(Kind.RATE_LIMITED, limited.kind());
    assertEquals(Optional.of(SlackErrors.DEFAULT_RETRY_AFTER), limited.retryAfter());
    assertEquals(Kind.REJECTED, failure(200, "{\"ok\":false}").kind());
  }

  @Test
  void http429CarriesItsRetryAfterOrOneSecond() {
    PublishException e = failure(429, "{\"ok\":false,\"error\":\"ratelimited\"}", "Retry-After", "7");
    assertEquals(Kind.RATE_LIMITED, e.kind());
    assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(1)), failure(429, "").retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(1)), failure(429, "", "Retry-After", "soon").retryAfter());
  }

  @Test
  void otherStatusesAreClassifiedWithOrWithoutABody() {
    assertEquals(Kind.TRANSIENT, failure(500, "<html>oops</html>").kind());
    assertEquals(Kind.TRANSIENT, failure(503, "").kind());
    assertEquals(Kind.LOST_ACCESS, failure(403, "").kind());
    assertEquals(Kind.LOST_ACCESS, failure(401, "<html>no</html>").kind());
    assertEquals(Kind.REJECTED, failure(400, "").kind());
    assertEquals(Kind.LOST_ACCESS, failure(400, "{\"ok\":false,\"error\":\"is_archived\"}").kind());
  }

  @Test
  void anUnreadable200IsTransientSoThatDeliveryLooksBeforePostingAgain() {
    assertEquals(Kind.TRANSIENT, failure(200, "<html>proxy</html>").kind());
    assertEquals(Kind.TRANSIENT, failure(200, "").kind());
    assertEquals(Kind.TRANSIENT, failure(200, "[1,2]").kind());
  }

  @Test
  void aPostReadsOnlyTheFieldsItNeedsAndFailsAsAWholeReadDoes() throws Exception {
    answer(200, "{\"ok\":true,\"channel\":\"C1\",\"message\":{\"blocks\":[{\"type\":\"divider\"}],"
        + "\"ts\":\"inner\"},\"ts\":\"1700000000.000100\",\"response_metadata\":{\"warnings\":[\"x\"]}}");
    JsonNode r = api().postJson("chat.postMessage", "xoxb-1", bytes(body()), Set.of("ts"));
    assertEquals(JSON.readTree("{\"ok\":true,\"ts\":\"1700000000.000100\"}"), r);
    assertEquals(body(), JSON.readTree(server.takeRequest().getBody().utf8()));
    for (String[] c : new String[][] {
        {"200", "{\"ok\":false,\"error\":\"channel_not_found\"}"}, {"200", "{\"ok\":false,\"error\":\"invalid_blocks\"}"},
        {"200", "{\"ok\":false,\"error\":\"ratelimited\"}"}, {"200", "{\"ok\":false}"}, {"200", "{\"ok\":\"yes\"}"},
        {"200", "{\"ok\":1,\"error\":null,\"ts\":\"9\"}"}, {"200", "{\"error\":{\"a\":1},\"ok\":0}"},
        {"200", "<html>proxy</html>"}, {"200", ""}, {"200", "[1,2]"}, {"200", "null"}, {"200", "\"ok\""},
        {"200", "{\"ok\":true,\"ts\":\"1\""}, {"200", "{\"ok\":true,\"message\":{\"a\":[1,}}"},
        {"429", "{\"ok\":false,\"error\":\"ratelimited\"}"}, {"500", "<html>oops</html>"},
        {"400", "{\"ok\":false,\"error\":\"is_archived\"}"}, {"403", ""}}) {
      int status = Integer.parseInt(c[0]);
      answer(status, c[1], "Retry-After", "3");
      String whole = outcome(() -> api().postJson("chat.postMessage", "xoxb-1", body()));
      answer(status, c[1], "Retry-After", "3");
      String some = outcome(() -> api().postJson("chat.postMessage", "xoxb-1", bytes(body()), Set.of("ts")));
      assertEquals(whole, some, c[1]);
    }
  }

  @FunctionalInterface
  private interface Post {
    JsonNode call() throws Exception;
  }

  /** What a post came to: the ts it read, or the failure with everything delivery reads of it. */
  private static String outcome(Post post) throws Exception {
    try {
      return "ts " + post.call().path("ts").asText("none");
    } catch (PublishException e) {
      return e.kind() + " " + e.retryAfter() + " " + e.global() + " " + e.getMessage();
    }
  }

  @Test
  void theFieldsReadAreThoseAWholeReadGives() throws Exception {
    String doc = "{\"ok\":true,\"ts\":\"1.2\",\"ts\":\"3.4\",\"n\":[1,{\"ts\":5}],\"error\":\"warn\",\"x\":null}";
    JsonNode whole = JSON.readTree(doc);
    JsonNode some = SlackWebApi.topLevel(new java.io.ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
        Set.of("ts", "x"));
    assertEquals(whole.path("ts"), some.path("ts"));
    assertEquals(whole.path("error"), some.path("error"));
    assertEquals(whole.path("ok"), some.path("ok"));
    assertEquals(whole.get("x"), some.get("x"));
    assertEquals(Set.of("ok", "ts", "error", "x"), fieldNames(some));
  }

  private static Set<String> fieldNames(JsonNode n) {
    Set<String> out = new java.util.HashSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static byte[] bytes(ObjectNode body) throws Exception {
    return JSON.writeValueAsBytes(body);
  }

  @Test
  void aNetworkFailureIsTransient() throws Exception {
    SlackWebApi api = api();
    server.close();
    PublishException e = assertThrows(PublishException.class, () -> api.postJson("chat.update", "xoxb-1", body()));
    assertEquals(Kind.TRANSIENT, e.kind());
  }

  private PublishException failure(int status, String body, String... headers) {
    answer(status, body, headers);
    return assertThrows(PublishException.class, () -> api().postJson("chat.postMessage", "xoxb-1", body()));
  }
}
