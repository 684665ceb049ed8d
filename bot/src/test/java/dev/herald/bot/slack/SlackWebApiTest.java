package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.delivery.PublishException;
import dev.herald.delivery.PublishException.Kind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
