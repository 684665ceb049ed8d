package dev.herald.bot.discord;

import static dev.herald.bot.discord.DiscordFixtures.RAIL;
import static dev.herald.bot.discord.DiscordFixtures.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.fake.FakeDiscord.Failure;
import dev.herald.bot.fake.FakeDiscordRequest;
import dev.herald.delivery.PublishException;
import dev.herald.delivery.PublishException.Kind;
import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.BriefingView;
import dev.herald.render.NoticeView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The publisher through the real JDA client against the fake Discord: bodies, idempotency and failure kinds. */
class DiscordPublisherTest {
  static DiscordHarness h;
  static Publisher publisher;

  @BeforeAll
  static void connect() throws Exception {
    h = DiscordHarness.start();
    publisher = h.bot.publisher();
  }

  @AfterAll
  static void disconnect() {
    h.close();
  }

  @BeforeEach
  void healthy() {
    h.fake.heal(DiscordHarness.CHANNEL);
    h.bot.health().resume(h.channel);
  }

  @Test
  void aPostSendsTheCardWithANonceEnforcedAndNoMentions() throws Exception {
    String key = "briefing:discord:2000000000000000001:3000000000000000001:2026-11-27:31:4";
    String id = publisher.post(h.channel, RAIL, key);
    FakeDiscordRequest post = lastPost();
    assertEquals(DiscordPayloads.post(RAIL, key), post.body(), "the wire body is exactly the documented payload");
    assertEquals(DiscordNonce.nonce(key), post.body().path("nonce").asText());
    assertTrue(post.body().path("enforce_nonce").asBoolean(), post.toString());
    assertEquals(0, post.body().path("allowed_mentions").path("parse").size());
    assertEquals(id, h.fake.messages(DiscordHarness.CHANNEL).get(h.fake.messages(DiscordHarness.CHANNEL).size() - 1)
        .path("id").asText());
  }

  @Test
  void aRepeatedPostWithTheSameKeyIsNotDoubled() throws Exception {
    int before = h.fake.messagesCreated();
    String first = publisher.post(h.channel, SEED, "repeat-key");
    String second = publisher.post(h.channel, SEED, "repeat-key");
    assertEquals(first, second);
    assertEquals(before + 1, h.fake.messagesCreated());
  }

  @Test
  void findPostedRecognisesTheMessageByTheTagOnItsSourcesButton() throws Exception {
    String id = publisher.post(h.channel, SEED, "find-me");
    publisher.post(h.channel, RAIL, "someone-else");
    assertEquals(Optional.of(id), publisher.findPosted(h.channel, "find-me"));
    assertEquals(Optional.empty(), publisher.findPosted(h.channel, "never-posted"));
  }

  @Test
  void anEditReplacesTheMessageWithoutMentions() throws Exception {
    String id = publisher.post(h.channel, SEED, "to-edit");
    publisher.edit(h.channel, id, SEED.withChange("1 more article: Yonhap"));
    FakeDiscordRequest edit = h.await(r -> r.method().equals("PATCH") && r.path().endsWith("/messages/" + id));
    assertEquals(0, edit.body().path("allowed_mentions").path("parse").size(), edit.toString());
    JsonNode stored = h.fake.messages(DiscordHarness.CHANNEL).stream()
        .filter(m -> m.path("id").asText().equals(id)).findFirst().orElseThrow();
    assertTrue(stored.path("embeds").get(0).path("description").asText().contains("*What changed:* 1 more article"));
  }

  @Test
  void lostAccessPausesTheChannelUntilItMayBeBack() throws Exception {
    h.fake.fail(DiscordHarness.CHANNEL, Failure.missingAccess());
    PublishException e = assertThrows(PublishException.class, () -> publisher.post(h.channel, SEED, "lost-1"));
    assertEquals(Kind.LOST_ACCESS, e.kind(), e.getMessage());
    assertTrue(e.getMessage().contains("50001"), e.getMessage());

    int requests = h.fake.requests().size();
    PublishException paused = assertThrows(PublishException.class, () -> publisher.post(h.channel, SEED, "lost-2"));
    assertEquals(Kind.LOST_ACCESS, paused.kind());
    assertEquals(requests, h.fake.requests().size(), "a paused channel costs no request");
    String status = h.bot.status().report(h.channel).lines().toString();
    assertTrue(status.contains("Posting here is paused since"), status);
    assertTrue(status.contains("then run /herald retry"), status);

    h.fake.heal(DiscordHarness.CHANNEL);
    h.bot.health().resume(h.channel);
    publisher.post(h.channel, SEED, "lost-3");
    assertTrue(h.bot.status().report(h.channel).lines().toString().contains("no problems seen"));
  }

  @Test
  void failuresAreClassified() throws Exception {
    assertKind(Failure.unknownChannel(), Kind.LOST_ACCESS);
    assertKind(Failure.missingPermissions(), Kind.LOST_ACCESS);
    assertKind(Failure.invalidBody(), Kind.REJECTED);
    assertKind(Failure.serverError(), Kind.TRANSIENT);
  }

  @Test
  void aChannelHeraldCannotSeeIsLostWithoutARequest() {
    ChannelKey gone = ChannelKey.of(Platform.DISCORD, DiscordHarness.GUILD, "3999999999999999999");
    int requests = h.fake.requests().size();
    PublishException e = assertThrows(PublishException.class, () -> publisher.post(gone, SEED, "gone"));
    assertEquals(Kind.LOST_ACCESS, e.kind());
    assertEquals(requests, h.fake.requests().size());
  }

  @Test
  void withoutSendMessagesJdaRefusesBeforeAskingDiscord() {
    ChannelKey readOnly = ChannelKey.of(Platform.DISCORD, DiscordHarness.GUILD, DiscordHarness.READ_ONLY);
    int requests = h.fake.requests().size();
    PublishException e = assertThrows(PublishException.class, () -> publisher.post(readOnly, SEED, "read-only"));
    assertEquals(Kind.LOST_ACCESS, e.kind(), e.getMessage());
    assertTrue(e.getMessage().contains("Send Messages"), e.getMessage());
    assertEquals(requests, h.fake.requests().size(), "no invalid request reached Discord");
  }

  @Test
  void aViewNeedingSeveralMessagesIsRejectedNotHalfPosted() {
    BriefingView two = new BriefingView("Daily briefing", List.of(SEED, RAIL), Optional.empty());
    PublishException e = assertThrows(PublishException.class, () -> publisher.post(h.channel, two, "two"));
    assertEquals(Kind.REJECTED, e.kind());
  }

  @Test
  void aNoticeIsOneMessage() throws Exception {
    publisher.post(h.channel, NoticeView.warning("Feeds are failing."), "notice");
    assertTrue(lastPost().body().path("embeds").get(0).path("description").asText().contains("Feeds are failing."));
  }

  private static void assertKind(Failure failure, Kind kind) {
    h.fake.fail(DiscordHarness.CHANNEL, failure);
    PublishException e = assertThrows(PublishException.class,
        () -> publisher.post(h.channel, SEED, "fail-" + failure.code()));
    assertEquals(kind, e.kind(), failure + ": " + e.getMessage());
    h.fake.heal(DiscordHarness.CHANNEL);
    h.bot.health().resume(h.channel);
  }

  private static FakeDiscordRequest lastPost() {
    List<FakeDiscordRequest> posts = h.fake.requests(FakeDiscordRequest::isChannelPost);
    return posts.get(posts.size() - 1);
  }
}
