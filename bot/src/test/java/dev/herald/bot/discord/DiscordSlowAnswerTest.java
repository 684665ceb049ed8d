package dev.herald.bot.discord;

import static dev.herald.bot.discord.DiscordFixtures.SEED;
import static dev.herald.bot.discord.DiscordInteractions.MEMBER;
import static dev.herald.bot.fake.FakeDiscordJson.arr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.fake.FakeDiscordLimits;
import dev.herald.testing.FakeStoryFinder;
import dev.herald.testing.StoryFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With no time allowed before deferring (as when the store is slow), every interaction is deferred ephemerally first
 * and answered by editing the original response, long answers continuing in ephemeral follow-ups; under the fake's
 * rate limits JDA's own limiter gets every post through; and without development guilds the commands are global.
 */
class DiscordSlowAnswerTest {
  static DiscordHarness h;

  @BeforeAll
  static void connect() throws Exception {
    h = new DiscordHarness(new FakeDiscordLimits(5, 2, Duration.ofSeconds(1)), List.of(), Duration.ZERO,
        FakeStoryFinder::new);
    for (String title : List.of("Rail strike halts trains", "Storm Isolde hits coast", "Budget vote delayed")) {
      StoryFixture.add(h.stores, title, List.of("Harbor Times"), List.of("What happened"),
          DiscordHarness.NOW.minus(Duration.ofHours(2)));
    }
  }

  @AfterAll
  static void disconnect() {
    h.close();
  }

  @Test
  void aSlowAnswerIsDeferredEphemerallyThenEditsTheOriginal() throws Exception {
    DiscordHarness.Answer a = h.answer(h.interactions.herald(MEMBER, "help", arr()), 1);
    assertEquals(5, a.callback().body().path("type").asInt(), a.callback().toString());
    assertTrue(a.callback().ephemeral(), "the deferral is ephemeral: " + a.callback());
    assertEquals("Herald: news briefings with sources", a.first().path("embeds").get(0).path("title").asText());
    assertEquals(0, a.first().path("allowed_mentions").path("parse").size());
  }

  @Test
  void aLongAnswerContinuesInEphemeralFollowUpsInOrder() throws Exception {
    DiscordHarness.Answer a = h.answer(h.interactions.slash(MEMBER, "brief", arr()), 3);
    assertTrue(a.first().path("content").asText().startsWith("**Top stories \u00b7 Friday 27 November**"),
        a.first().toString());
    for (JsonNode followUp : a.messages().subList(1, 3)) {
      assertEquals(64, followUp.path("flags").asInt() & 64, "follow-ups are ephemeral: " + followUp);
      assertEquals(0, followUp.path("allowed_mentions").path("parse").size());
      assertEquals("", followUp.path("content").asText());
    }
    List<String> titles = a.messages().stream().map(m -> m.path("embeds").get(0).path("title").asText()).toList();
    assertEquals(3, titles.stream().distinct().count(), titles.toString());
  }

  @Test
  void withoutDevelopmentGuildsTheCommandsAreRegisteredGlobally() throws Exception {
    JsonNode global = h.await(r -> r.method().equals("PUT")
        && r.path().equals("applications/" + dev.herald.bot.fake.FakeDiscord.APPLICATION_ID + "/commands")).body();
    assertEquals(4, global.size(), "brief, sources, expand, herald");
    assertTrue(h.fake.commands(DiscordHarness.GUILD).isEmpty());
  }

  @Test
  void rateLimitsAreLeftToJdasLimiter() throws Exception {
    int before = h.fake.messagesCreated();
    for (int i = 0; i < 6; i++) h.bot.publisher().post(h.channel, SEED, "limited-" + i);
    assertEquals(before + 6, h.fake.messagesCreated(), "every post got through the fake's 2-per-second bucket");
  }

  @Test
  void aDeferralIsTheTimedAcknowledgement() throws Exception {
    int before = h.metrics.count("ack discord");
    h.answer(h.interactions.herald(MEMBER, "help", arr()), 1);
    h.awaitAcks(before + 1);
  }
}
