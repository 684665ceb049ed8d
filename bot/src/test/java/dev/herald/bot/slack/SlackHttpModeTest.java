package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.fake.FakeSlackServer.Failure;
import dev.herald.bot.fake.FakeSlackServerCall;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.SectionView;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slash commands and button clicks as real signed HTTP requests through Herald's endpoint into Bolt, and the Web API
 * calls and response_url posts the fake Slack received.
 */
class SlackHttpModeTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  final ChannelKey c1 = ChannelKey.of(Platform.SLACK, "T1", "C1");
  SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    h = SlackHarness.single();
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void briefAcknowledgesEmptyAndAnswersPrivatelyThroughTheResponseUrl() throws Exception {
    HttpResponse<String> ack = h.slack.send(SignedSlackClient.command("/brief", "", "UMEMBER", "C1",
        h.fake.responseUrl("r1")));
    assertEquals(200, ack.statusCode());
    assertEquals("", ack.body());
    JsonNode answer = response(0);
    assertEquals("ephemeral", answer.path("response_type").asText());
    String blocks = answer.path("blocks").toString();
    assertTrue(blocks.contains("Rail strike halts trains"), blocks);
    assertTrue(blocks.contains("herald:expand:" + h.strike.storyId() + ":1"), blocks);
    assertTrue(blocks.contains("herald:share:" + h.strike.storyId()), blocks);
    assertEquals("/response/r1", h.fake.calls("response_url").get(0).path());
  }

  @Test
  void aLookupOffersToShareEachStory() throws Exception {
    h.slack.send(SignedSlackClient.command("/brief", "storm", "UMEMBER", "C1", h.fake.responseUrl("r1")));
    String blocks = response(0).path("blocks").toString();
    assertTrue(blocks.contains("Storm Isolde hits coast"), blocks);
    assertTrue(blocks.contains("Share in channel"), blocks);
    assertFalse(blocks.contains("Rail strike"), blocks);
  }

  @Test
  void sourcesListsNumberedLinks() throws Exception {
    h.slack.send(SignedSlackClient.command("/sources", Long.toString(h.strike.storyId()), "UMEMBER", "C1",
        h.fake.responseUrl("r1")));
    JsonNode answer = response(0);
    assertEquals("ephemeral", answer.path("response_type").asText());
    String text = answer.path("blocks").toString();
    assertTrue(text.contains("*[1]* <https://harbor-times.example/"), text);
    assertTrue(text.contains("*[2]* <https://capital-ledger.example/"), text);
    assertTrue(text.contains("Sources (2 articles)"), text);
  }

  @Test
  void expandByCommandAnswersPrivatelyWithTheSectionAndTheStorysNumbers() throws Exception {
    HttpResponse<String> ack = h.slack.send(SignedSlackClient.command("/expand", h.strike.storyId() + " 2",
        "UMEMBER", "C1", h.fake.responseUrl("r1")));
    assertEquals(200, ack.statusCode());
    assertEquals("", ack.body());
    JsonNode answer = response(0);
    assertEquals("ephemeral", answer.path("response_type").asText());
    SlackMessage expected = SlackRenderer.render(new SectionView(h.view(h.strike), 1),
        SlackRenderer.Audience.EPHEMERAL).get(0);
    assertEquals(expected.blocks(), answer.path("blocks"));
    assertEquals(expected.text(), answer.path("text").asText());
    String blocks = answer.path("blocks").toString();
    assertTrue(blocks.contains("*Talks stall*"), blocks);
    assertTrue(blocks.contains("section 2 of 3"), blocks);
    assertTrue(blocks.contains("|[1]>") && blocks.contains("|[2]>"), "citations keep the story's numbers: " + blocks);
    assertTrue(blocks.contains("herald:sources:" + h.strike.storyId()), blocks);
    assertTrue(h.fake.calls("chat.update").isEmpty() && h.fake.calls("chat.postMessage").isEmpty());

    h.slack.send(SignedSlackClient.command("/expand", h.strike.storyId() + " what comes", "UMEMBER", "C1",
        h.fake.responseUrl("r2")));
    String byHeading = response(1).path("blocks").toString();
    assertTrue(byHeading.contains("*What comes next*") && byHeading.contains("section 3 of 3"), byHeading);
  }

  @Test
  void expandWithABadStoryOrSectionGetsOneLine() throws Exception {
    h.slack.send(SignedSlackClient.command("/expand", h.strike.storyId() + " 9", "UMEMBER", "C1",
        h.fake.responseUrl("r1")));
    JsonNode section = response(0);
    assertEquals("ephemeral", section.path("response_type").asText());
    assertEquals(1, section.path("blocks").size(), section.toString());
    assertEquals(":no_entry_sign: Story #" + h.strike.storyId() + " has sections 1 to 3. Sections: 1 Walkout begins"
        + " \u00b7 2 Talks stall \u00b7 3 What comes next. Try /expand " + h.strike.storyId() + " 1.",
        section.path("blocks").get(0).path("text").path("text").asText());

    h.slack.send(SignedSlackClient.command("/expand", Long.toString(h.strike.storyId()), "UMEMBER", "C1",
        h.fake.responseUrl("r2")));
    JsonNode usage = response(1);
    assertEquals("ephemeral", usage.path("response_type").asText());
    assertEquals(1, usage.path("blocks").size(), usage.toString());
    // mrkdwn-escaped on the wire; Slack shows "<story> <section>"
    assertEquals(":no_entry_sign: Usage: /expand &lt;story&gt; &lt;section&gt;, e.g. /expand 12 2",
        usage.path("blocks").get(0).path("text").path("text").asText());

    h.slack.send(SignedSlackClient.command("/expand", "999999 1", "UMEMBER", "C1", h.fake.responseUrl("r3")));
    JsonNode story = response(2);
    assertEquals(1, story.path("blocks").size(), story.toString());
    String line = story.path("blocks").get(0).path("text").path("text").asText();
    assertTrue(line.startsWith(":no_entry_sign: ") && !line.contains("\n"), line);
    assertTrue(h.fake.calls("chat.update").isEmpty() && h.fake.calls("chat.postMessage").isEmpty());
  }

  @Test
  void badSignaturesAreRejectedWith401AndTouchNothing() throws Exception {
    int before = h.fake.calls().size();
    String body = SignedSlackClient.command("/herald", "schedule 09:00", "UADMIN", "C1", h.fake.responseUrl("r1"));
    String now = Long.toString(System.currentTimeMillis() / 1000);
    String stale = Long.toString(System.currentTimeMillis() / 1000 - 600);
    assertEquals(401, h.slack.send(body, now, SignedSlackClient.sign("wrong-secret", now, body)).statusCode());
    assertEquals(401, h.slack.send(body, now, "v0=" + "0".repeat(64)).statusCode());
    assertEquals(401, h.slack.send(body, null, null).statusCode());
    assertEquals(401, h.slack.send(body, now, null).statusCode());
    assertEquals(401, h.slack.send(body, stale, SignedSlackClient.sign(SlackHarness.SECRET, stale, body))
        .statusCode());
    String tampered = body.replace("09%3A00", "10%3A00");
    assertEquals(401, h.slack.send(tampered, now, SignedSlackClient.sign(SlackHarness.SECRET, now, body))
        .statusCode());
    Thread.sleep(200);
    assertEquals(before, h.fake.calls().size());
    assertTrue(h.stores.channels().find(c1).isEmpty(), "the channel was not even created");
  }

  @Test
  void aBodyThatIsNoSlackRequestGets404() throws Exception {
    assertEquals(404, h.slack.send("hello=world").statusCode());
  }

  @Test
  void membersAreRefusedSettingsChangesInOneLine() throws Exception {
    h.slack.send(SignedSlackClient.command("/herald", "subscribe transport", "UMEMBER", "C1",
        h.fake.responseUrl("r1")));
    JsonNode answer = response(0);
    assertEquals(":no_entry_sign: Only workspace admins and owners can change Herald's settings here.",
        answer.path("blocks").get(0).path("text").path("text").asText());
    assertEquals(1, answer.path("blocks").size());
    assertTrue(h.stores.channels().subscriptions(c1).isEmpty());
    assertEquals("UMEMBER", h.fake.calls("users.info").get(0).param("user"));
  }

  @Test
  void adminsOwnersAndListedUsersMayChangeSettings() throws Exception {
    h.slack.send(SignedSlackClient.command("/herald", "subscribe transport", "UADMIN", "C1",
        h.fake.responseUrl("r1")));
    assertTrue(response(0).toString().contains("Subscribed"));
    h.slack.send(SignedSlackClient.command("/herald", "subscribe climate", "UOWNER", "C1",
        h.fake.responseUrl("r2")));
    assertTrue(response(1).toString().contains("Subscribed"));
    h.slack.send(SignedSlackClient.command("/herald", "subscribe ai", "ULISTED", "C1", h.fake.responseUrl("r3")));
    assertTrue(response(2).toString().contains("Subscribed"));
    assertEquals(3, h.stores.channels().subscriptions(c1).size());
    assertEquals(2, h.fake.calls("users.info").size(), "listed users need no users.info");
    h.slack.send(SignedSlackClient.command("/herald", "unsubscribe ai", "UADMIN", "C1", h.fake.responseUrl("r4")));
    response(3);
    assertEquals(2, h.fake.calls("users.info").size(), "the answer is cached");
  }

  @Test
  void aTypingMistakeGetsAOneLineHint() throws Exception {
    h.slack.send(SignedSlackClient.command("/herald", "schedule 25:00", "UADMIN", "C1", h.fake.responseUrl("r1")));
    String text = response(0).path("blocks").get(0).path("text").path("text").asText();
    assertTrue(text.startsWith(":no_entry_sign: \u201c25:00\u201d is not a time") || text.contains("is not a time"),
        text);
  }

  @Test
  void expandGrowsThePostedCardInPlaceOnceUnderDoubleClicks() throws Exception {
    String ts = h.adapter.publisher().post(c1, h.view(h.strike).withBanner("Daily briefing \u00b7 Friday"), "k1");
    JsonNode posted = blocksOf(ts);
    String action = SlackAction.expand(h.strike.storyId(), 2).encode();
    h.slack.send(SignedSlackClient.click(action, "UMEMBER", "C1", ts, posted, false, h.fake.responseUrl("b1")));
    List<FakeSlackServerCall> updates = h.fake.awaitCalls("chat.update", 1, WAIT);
    assertEquals(ts, updates.get(0).param("ts"));
    JsonNode grown = SignedSlackClient.JSON.readTree(updates.get(0).param("blocks"));
    assertEquals("h:" + h.strike.storyId() + ":banner", grown.get(0).path("block_id").asText(), "banner kept");
    assertTrue(grown.toString().contains("*What comes next*"), grown.toString());
    assertFalse(grown.toString().contains(action), "the clicked button is gone");
    assertTrue(grown.toString().contains(SlackAction.expand(h.strike.storyId(), 1).encode()));
    // a second click from the same (stale) message, and one from the grown message: nothing more is sent
    h.slack.send(SignedSlackClient.click(action, "UMEMBER", "C1", ts, posted, false, h.fake.responseUrl("b2")));
    h.slack.send(SignedSlackClient.click(action, "UMEMBER", "C1", ts, grown, false, h.fake.responseUrl("b3")));
    // then a different section: the card now shows both, in section order
    String other = SlackAction.expand(h.strike.storyId(), 1).encode();
    h.slack.send(SignedSlackClient.click(other, "UMEMBER", "C1", ts, posted, false, h.fake.responseUrl("b4")));
    updates = h.fake.awaitCalls("chat.update", 2, WAIT);
    Thread.sleep(300);
    assertEquals(2, h.fake.calls("chat.update").size());
    String both = updates.get(1).param("blocks");
    assertTrue(both.indexOf("*Talks stall*") < both.indexOf("*What comes next*"), both);
    assertTrue(h.fake.calls("response_url").isEmpty());
  }

  @Test
  void aRateLimitedUpdateIsRetriedAfterRetryAfter() throws Exception {
    String ts = h.adapter.publisher().post(c1, h.view(h.strike), "k1");
    h.fake.failNext("chat.update", Failure.rateLimited(2));
    String action = SlackAction.expand(h.strike.storyId(), 1).encode();
    h.slack.send(SignedSlackClient.click(action, "UMEMBER", "C1", ts, blocksOf(ts), false,
        h.fake.responseUrl("b1")));
    List<FakeSlackServerCall> updates = h.fake.awaitCalls("chat.update", 2, WAIT);
    assertEquals(429, updates.get(0).status());
    assertEquals(200, updates.get(1).status());
    assertEquals(List.of(Duration.ofSeconds(2)), h.pauses);
    assertTrue(h.fake.messages().find("C1", ts).orElseThrow().blocks().contains("*Talks stall*"));
  }

  @Test
  void aRateLimitedResponseUrlIsRetriedToo() throws Exception {
    h.fake.failNext("response_url", Failure.rateLimited(3));
    h.slack.send(SignedSlackClient.command("/sources", "", "UMEMBER", "C1", h.fake.responseUrl("r1")));
    h.fake.awaitCalls("response_url", 2, WAIT);
    assertEquals(List.of(Duration.ofSeconds(3)), h.pauses);
  }

  @Test
  void otherErrorsShowInHeraldStatus() throws Exception {
    String ts = h.adapter.publisher().post(c1, h.view(h.strike), "k1");
    h.fake.failNext("chat.update", Failure.error("cant_update_message"));
    h.slack.send(SignedSlackClient.click(SlackAction.expand(h.strike.storyId(), 1).encode(), "UMEMBER", "C1", ts,
        blocksOf(ts), false, h.fake.responseUrl("b1")));
    JsonNode fallback = response(0);
    assertEquals("ephemeral", fallback.path("response_type").asText());
    assertTrue(fallback.toString().contains("*Talks stall*"), "the section still reaches the user privately");
    h.slack.send(SignedSlackClient.command("/herald", "status", "UMEMBER", "C1", h.fake.responseUrl("r1")));
    String status = response(1).toString();
    assertTrue(status.contains("chat.update failed in this channel: cant_update_message"), status);
  }

  @Test
  void expandOnAnEphemeralLookupAnswersPrivately() throws Exception {
    h.slack.send(SignedSlackClient.click(SlackAction.expand(h.strike.storyId(), 1).encode(), "UMEMBER", "C1",
        "", SignedSlackClient.JSON.createArrayNode(), true, h.fake.responseUrl("b1")));
    JsonNode answer = response(0);
    assertEquals("ephemeral", answer.path("response_type").asText());
    assertFalse(answer.path("replace_original").asBoolean());
    assertTrue(answer.toString().contains("*Talks stall*"));
    assertTrue(h.fake.calls("chat.update").isEmpty());
  }

  @Test
  void theSourcesButtonAnswersPrivately() throws Exception {
    String ts = h.adapter.publisher().post(c1, h.view(h.storm), "k1");
    h.slack.send(SignedSlackClient.click(SlackAction.sources(h.storm.storyId()).encode(), "UMEMBER", "C1", ts,
        blocksOf(ts), false, h.fake.responseUrl("b1")));
    JsonNode answer = response(0);
    assertEquals("ephemeral", answer.path("response_type").asText());
    assertTrue(answer.toString().contains("Only Northwind Wire reports this story so far."), answer.toString());
  }

  @Test
  void shareInChannelPostsTheCardSayingWhoSharedIt() throws Exception {
    h.slack.send(SignedSlackClient.click(SlackAction.share(h.storm.storyId()).encode(), "UMEMBER", "C1", "",
        SignedSlackClient.JSON.createArrayNode(), true, h.fake.responseUrl("b1")));
    JsonNode answer = response(0);
    assertEquals("in_channel", answer.path("response_type").asText());
    String blocks = answer.path("blocks").toString();
    assertTrue(blocks.contains("Shared by <@UMEMBER>"), blocks);
    assertTrue(blocks.contains("Storm Isolde hits coast"), blocks);
    assertFalse(blocks.contains("herald:share:"), "a shared card offers no further share");
  }

  @Test
  void anUnknownHeraldActionIsAcknowledgedAndIgnored() throws Exception {
    HttpResponse<String> r = h.slack.send(SignedSlackClient.click("herald:explode:1", "UMEMBER", "C1", "",
        SignedSlackClient.JSON.createArrayNode(), true, h.fake.responseUrl("b1")));
    assertEquals(200, r.statusCode());
    Thread.sleep(200);
    assertTrue(h.fake.calls("response_url").isEmpty());
  }

  private JsonNode response(int n) throws Exception {
    FakeSlackServerCall call = h.fake.awaitCalls("response_url", n + 1, WAIT).get(n);
    return SignedSlackClient.JSON.readTree(call.body());
  }

  private JsonNode blocksOf(String ts) throws Exception {
    return SignedSlackClient.JSON.readTree(h.fake.messages().find("C1", ts).orElseThrow().blocks());
  }
}
