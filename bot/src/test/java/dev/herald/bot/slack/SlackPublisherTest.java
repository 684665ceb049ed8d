package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.bot.fake.FakeSlackServer;
import dev.herald.bot.fake.FakeSlackServer.Failure;
import dev.herald.bot.fake.FakeSlackServerCall;
import dev.herald.delivery.PublishException;
import dev.herald.delivery.PublishException.Kind;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.NoticeView;
import dev.herald.render.StoryView;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The publisher (JSON over OkHttp, see {@link SlackWebApi}) against the local fake Slack. */
class SlackPublisherTest {
  static final ObjectMapper JSON = new ObjectMapper();
  final ChannelKey channel = ChannelKey.of(Platform.SLACK, "T1", "C1");
  final FakeSlackServer fake = FakeSlackServer.start();
  final SlackHealth health = new SlackHealth(Clock.fixed(SlackViews.AT, ZoneOffset.UTC));
  final SlackPublisher publisher = new SlackPublisher(SlackWebApi.create(fake.apiUrl()), SlackBotTokens.single("xoxb-1"),
      health);

  @AfterEach
  void tearDown() {
    fake.close();
  }

  @Test
  void postSendsExactlyThePayloadWithTheKeyInMetadata() throws Exception {
    String ts = publisher.post(channel, SlackViews.seed(), "k1");
    FakeSlackServerCall call = fake.calls("chat.postMessage").get(0);
    assertEquals("xoxb-1", call.token());
    JsonNode expected = SlackPayloads.chatPostMessage("C1", SlackViews.seed(), "k1").get(0);
    expected.fields().forEachRemaining(e -> {
      String sent = call.param(e.getKey());
      JsonNode want = e.getValue();
      if (want.isContainerNode()) {
        assertEquals(want, read(sent), e.getKey());
      } else if (want.isBoolean()) {
        // a JSON boolean, which the fake reports as its text
        assertEquals(want.asBoolean(), sent.equals("1") || sent.equals("true"), e.getKey() + "=" + sent);
      } else {
        assertEquals(want.asText(), sent, e.getKey());
      }
    });
    assertEquals(ts, fake.messages().messages("C1").get(0).ts());
    assertEquals(Optional.of(ts), publisher.findPosted(channel, "k1"));
    assertEquals(Optional.empty(), publisher.findPosted(channel, "k2"));
  }

  @Test
  void eachViewIsPostedAsItselfWhetherTheSameInstanceAnEqualOneOrAnother() throws Exception {
    StoryView seed = SlackViews.seed();
    StoryView bannered = seed.withBanner("Daily briefing");
    StoryView equalCopy = SlackViews.seed().withBanner("Daily " + "briefing");
    ChannelKey other = ChannelKey.of(Platform.SLACK, "T1", "C2");
    publisher.post(channel, seed, "k1");
    publisher.post(other, bannered, "k2");
    publisher.post(channel, equalCopy, "k3");
    publisher.post(other, seed, "k4");
    publisher.post(channel, bannered.withBanner("Alert"), "k5");
    var posted = new java.util.ArrayList<>(fake.calls("chat.postMessage"));
    assertEquals(5, posted.size());
    StoryView[] sent = {seed, bannered, equalCopy, seed, bannered.withBanner("Alert")};
    String[] channels = {"C1", "C2", "C1", "C2", "C1"};
    for (int i = 0; i < sent.length; i++) {
      SlackMessage m = SlackRenderer.render(sent[i], SlackRenderer.Audience.CHANNEL).get(0);
      assertEquals(channels[i], posted.get(i).param("channel"));
      assertEquals("k" + (i + 1), read(posted.get(i).param("metadata")).path("event_payload").path("key").asText());
      assertEquals(m.blocks(), read(posted.get(i).param("blocks")), "post " + (i + 1));
    }
    assertTrue(posted.get(1).param("blocks").contains("Daily briefing"));
    assertFalse(posted.get(0).param("blocks").contains("Daily briefing"));
    assertTrue(posted.get(4).param("blocks").contains("Alert"));
  }

  @Test
  void editReplacesTheMessage() throws Exception {
    String ts = publisher.post(channel, SlackViews.seed(), "k1");
    publisher.edit(channel, ts, SlackViews.seed().withChange("2 more articles"));
    FakeSlackServerCall call = fake.calls("chat.update").get(0);
    assertEquals(ts, call.param("ts"));
    assertTrue(fake.messages().find("C1", ts).orElseThrow().blocks().contains("What changed:"));
  }

  @Test
  void aRetryWithTheSameKeyIsCountedAsADuplicateByTheFake() throws Exception {
    publisher.post(channel, SlackViews.seed(), "k1");
    publisher.post(channel, SlackViews.seed(), "k1");
    publisher.post(channel, SlackViews.seed(), "k2");
    assertEquals(3, fake.posts());
    assertEquals(1, fake.duplicates());
  }

  @Test
  void aRateLimitCarriesRetryAfter() {
    fake.failNext("chat.postMessage", Failure.rateLimited(7));
    PublishException e = assertThrows(PublishException.class,
        () -> publisher.post(channel, SlackViews.seed(), "k1"));
    assertEquals(Kind.RATE_LIMITED, e.kind());
    assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
  }

  @Test
  void theFakeEnforcesOneMessageASecondPerChannel() throws Exception {
    long[] now = {0};
    try (FakeSlackServer limited = FakeSlackServer.builder().slackRateLimit().nanoTime(() -> now[0]).build()) {
      SlackPublisher p = new SlackPublisher(SlackWebApi.create(limited.apiUrl()), SlackBotTokens.single("xoxb-1"), health);
      p.post(channel, SlackViews.seed(), "a");
      PublishException e = assertThrows(PublishException.class, () -> p.post(channel, SlackViews.seed(), "b"));
      assertEquals(Optional.of(Duration.ofSeconds(1)), e.retryAfter());
      p.post(ChannelKey.of(Platform.SLACK, "T1", "C2"), SlackViews.seed(), "c");
      now[0] += 1_000_000_000L;
      p.post(channel, SlackViews.seed(), "b");
      assertEquals(3, limited.posts());
      assertEquals(1, limited.rateLimited());
    }
  }

  @Test
  void errorsAreClassifiedAndReportedInStatus() {
    assertKind(Failure.error("channel_not_found"), Kind.LOST_ACCESS);
    assertKind(Failure.error("not_in_channel"), Kind.LOST_ACCESS);
    assertKind(Failure.error("is_archived"), Kind.LOST_ACCESS);
    assertKind(Failure.error("missing_scope"), Kind.LOST_ACCESS);
    assertKind(Failure.error("account_inactive"), Kind.LOST_ACCESS);
    assertKind(Failure.error("token_revoked"), Kind.LOST_ACCESS);
    assertKind(Failure.error("invalid_blocks"), Kind.REJECTED);
    assertKind(Failure.error("msg_too_long"), Kind.REJECTED);
    assertKind(Failure.error("ratelimited"), Kind.RATE_LIMITED);
    assertKind(Failure.http(500), Kind.TRANSIENT);
    assertKind(Failure.http(503), Kind.TRANSIENT);
    String status = String.join("\n", health.report(channel).lines());
    assertTrue(status.contains("chat.postMessage failed in this channel: Slack chat.postMessage: channel_not_found"),
        status);
    assertTrue(health.report(ChannelKey.of(Platform.SLACK, "T9", "C1")).lines().get(0).startsWith("No Slack API"));
  }

  @Test
  void aNetworkFailureIsTransient() {
    fake.close();
    PublishException e = assertThrows(PublishException.class,
        () -> publisher.post(channel, SlackViews.seed(), "k1"));
    assertEquals(Kind.TRANSIENT, e.kind());
  }

  @Test
  void aWorkspaceWithoutInstallationHasLostAccess() {
    SlackPublisher multi = new SlackPublisher(SlackWebApi.create(fake.apiUrl()), w -> Optional.empty(), health);
    PublishException e = assertThrows(PublishException.class, () -> multi.post(channel, SlackViews.seed(), "k"));
    assertEquals(Kind.LOST_ACCESS, e.kind());
    assertTrue(fake.calls().isEmpty());
  }

  @Test
  void aViewNeedingSeveralMessagesIsRejectedUnsent() throws Exception {
    publisher.post(channel, NoticeView.info("fits in one"), "n");
    dev.herald.render.BriefingView huge = new dev.herald.render.BriefingView("Daily briefing",
        SlackViews.seeds(12), Optional.empty());
    PublishException e = assertThrows(PublishException.class, () -> publisher.post(channel, huge, "b"));
    assertEquals(Kind.REJECTED, e.kind());
    assertEquals(1, fake.calls("chat.postMessage").size());
  }

  @Test
  void anOkAnswerWithoutTsIsTransientAndHistoryIsMatchedOnHeraldsEventTypeOnly() throws Exception {
    try (mockwebserver3.MockWebServer scripted = new mockwebserver3.MockWebServer()) {
      scripted.start();
      SlackPublisher p = new SlackPublisher(SlackWebApi.create(scripted.url("/api/").toString()),
          SlackBotTokens.single("xoxb-1"), health);
      scripted.enqueue(new mockwebserver3.MockResponse.Builder().body("{\"ok\":true}").build());
      PublishException e = assertThrows(PublishException.class, () -> p.post(channel, SlackViews.seed(), "k"));
      assertEquals(Kind.TRANSIENT, e.kind());
      scripted.enqueue(new mockwebserver3.MockResponse.Builder().body("{\"ok\":true,\"messages\":["
          + "{\"ts\":\"1.1\",\"metadata\":{\"event_type\":\"other\",\"event_payload\":{\"key\":\"k\"}}},"
          + "{\"ts\":\"1.2\"},"
          + "{\"ts\":\"1.3\",\"metadata\":{\"event_type\":\"herald_delivery\",\"event_payload\":{\"key\":\"k\"}}}]}")
          .build());
      assertEquals(Optional.of("1.3"), p.findPosted(channel, "k"));
    }
  }

  private void assertKind(Failure failure, Kind kind) {
    fake.failNext("chat.postMessage", failure);
    PublishException e = assertThrows(PublishException.class, () -> publisher.post(channel, SlackViews.seed(), "k"));
    assertEquals(kind, e.kind(), failure.toString());
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(json, e);
    }
  }
}
