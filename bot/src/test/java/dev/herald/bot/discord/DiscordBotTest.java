package dev.herald.bot.discord;

import static dev.herald.bot.discord.DiscordInteractions.MANAGER;
import static dev.herald.bot.discord.DiscordInteractions.MEMBER;
import static dev.herald.bot.discord.DiscordInteractions.option;
import static dev.herald.bot.fake.FakeDiscordJson.arr;
import static dev.herald.bot.fake.FakeDiscordJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.fake.FakeDiscordRequest;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import dev.herald.render.SectionView;
import dev.herald.render.StoryView;
import dev.herald.render.Views;
import dev.herald.testing.StoryFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interactions end to end: the real JDA client against the fake Discord, answering from a real store. One connected
 * bot serves every test (JDA takes seconds to start on a busy machine); tests use their own users and messages.
 */
class DiscordBotTest {
  static DiscordHarness h;
  static StorySummary strike;
  static StorySummary hostile;

  @BeforeAll
  static void connect() throws Exception {
    h = DiscordHarness.start();
    strike = StoryFixture.add(h.stores, "Rail strike halts trains", List.of("Harbor Times", "Capital Ledger"),
        List.of("Walkout begins", "Talks stall", "What next"), DiscordHarness.NOW.minus(Duration.ofHours(3)));
    hostile = StoryFixture.add(h.stores, "@everyone <@&42> **ping** [x](javascript:alert(1))",
        List.of("@here Wire", "<@1> Daily"), List.of("# @everyone"), DiscordHarness.NOW.minus(Duration.ofHours(1)));
  }

  @AfterAll
  static void disconnect() {
    h.close();
  }

  @Test
  void sourcesAnswersEphemerallyWithTheNumbersOfTheTextAsLinks() throws Exception {
    DiscordHarness.Answer a = h.answer(h.interactions.slash(MEMBER, "sources",
        option("story", Long.toString(strike.storyId()))), 1);
    assertTrue(a.callback().ephemeral(), a.callback().toString());
    assertEquals(0, a.first().path("allowed_mentions").path("parse").size(), a.first().toString());
    assertEquals(DiscordPayloads.messages(Views.sources(strike)).get(0).path("embeds"), a.first().path("embeds"));
    assertTrue(a.text().contains("**[1]** [Harbor Times: Rail strike halts trains (Harbor Times)](https://"),
        a.text());
    assertTrue(a.text().contains("**[2]** [Capital Ledger:"), a.text());
  }

  @Test
  void expandingAnswersEphemerallyAndADoubleClickIsOnlyAcknowledged() throws Exception {
    JsonNode card = postCard();
    String expand = "h1:x:" + strike.storyId() + ":1";
    DiscordHarness.Answer a = h.answer(h.interactions.click("5000000000000000011", card, expand), 1);
    assertTrue(a.callback().ephemeral(), a.callback().toString());
    StoryView story = Views.story(h.stores.stories().find(strike.storyId()).orElseThrow(), strike);
    assertEquals(DiscordPayloads.messages(new SectionView(story, 1)).get(0).path("embeds"),
        a.first().path("embeds"));
    assertTrue(a.text().startsWith("**Talks stall** \u00b7 section 2 of 3\n"), a.text());

    FakeDiscordRequest again = h.interact(h.interactions.click("5000000000000000011", card, expand));
    assertEquals(6, again.body().path("type").asInt(), "a repeat is acknowledged without an answer: " + again);
    assertFalse(again.body().has("data"), again.toString());

    DiscordHarness.Answer other = h.answer(h.interactions.click("5000000000000000012", card, expand), 1);
    assertEquals(a.first().path("embeds"), other.first().path("embeds"), "another reader gets the same answer");
  }

  @Test
  void expandByCommandAnswersEphemerallyWithTheSameSectionAsTheButton() throws Exception {
    String id = Long.toString(strike.storyId());
    DiscordHarness.Answer a = expand(id, "2");
    assertTrue(a.callback().ephemeral(), a.callback().toString());
    assertEquals(0, a.first().path("allowed_mentions").path("parse").size(), a.first().toString());
    StoryView story = Views.story(h.stores.stories().find(strike.storyId()).orElseThrow(), strike);
    assertEquals(DiscordPayloads.messages(new SectionView(story, 1)).get(0).path("embeds"),
        a.first().path("embeds"));
    assertTrue(a.text().startsWith("**Talks stall** \u00b7 section 2 of 3\n"), a.text());
    assertTrue(a.text().contains("happened [1][2]."), "citations keep the story's numbers: " + a.text());
    String cited = a.first().path("embeds").get(1).path("fields").get(0).path("value").asText();
    assertTrue(cited.startsWith("**[1]** [Harbor Times:") && cited.contains("\n**[2]** [Capital Ledger:"), cited);

    DiscordHarness.Answer byHeading = expand(id, "what");
    assertTrue(byHeading.text().startsWith("**What next** \u00b7 section 3 of 3\n"), byHeading.text());
  }

  /** {@code /expand story:<story> section:<section>} from a member, and Herald's one answer. */
  private DiscordHarness.Answer expand(String story, String section) throws Exception {
    return h.answer(h.interactions.slash(MEMBER, "expand", arr(obj("name", "story", "type", 3, "value", story),
        obj("name", "section", "type", 3, "value", section))), 1);
  }

  @Test
  void expandWithASectionTheStoryLacksGetsOneLine() throws Exception {
    String id = Long.toString(strike.storyId());
    DiscordHarness.Answer a = expand(id, "9");
    assertTrue(a.callback().ephemeral(), a.callback().toString());
    assertEquals("\u274c Story #" + id + " has sections 1 to 3. Sections: 1 Walkout begins \u00b7 2 Talks stall \u00b7 3 What"
        + " next. Try /expand " + id + " 1.", a.text());
  }

  @Test
  void expandSuggestsTheSectionsOfTheChosenStory() throws Exception {
    FakeDiscordRequest r = h.interact(h.interactions.autocomplete(MEMBER, "expand", "section", "",
        "story", Long.toString(strike.storyId())));
    assertEquals(8, r.body().path("type").asInt(), r.toString());
    JsonNode choices = r.body().path("data").path("choices");
    assertEquals(3, choices.size(), choices.toString());
    assertEquals("2 \u00b7 Talks stall", choices.get(1).path("name").asText());
    assertEquals("2", choices.get(1).path("value").asText());
  }

  @Test
  void theSourcesButtonShowsTheSameListAsTheCommand() throws Exception {
    JsonNode card = postCard();
    String sources = card.path("components").get(0).path("components").get(2).path("custom_id").asText();
    assertTrue(sources.startsWith("h1:s:" + strike.storyId() + ":0:"), "the posted card carries its tag: " + sources);
    DiscordHarness.Answer a = h.answer(h.interactions.click("5000000000000000013", card, sources), 1);
    assertTrue(a.callback().ephemeral());
    assertEquals(DiscordPayloads.messages(Views.sources(strike)).get(0).path("embeds"), a.first().path("embeds"));
  }

  @Test
  void settingsNeedManageChannelAndARefusalSaysWhoMay() throws Exception {
    DiscordHarness.Answer refused = h.answer(h.interactions.herald(MEMBER, "subscribe", option("topic", "ai")), 1);
    assertTrue(refused.callback().ephemeral());
    assertTrue(refused.text().contains("Only members with the Manage Channel permission can change Herald's settings"
        + " here."), refused.text());
    assertTrue(h.stores.channels().subscriptions(h.channel).isEmpty());

    DiscordHarness.Answer done = h.answer(h.interactions.herald(MANAGER, "subscribe", option("topic", "AI")), 1);
    assertTrue(done.text().contains("Subscribed: this channel will be alerted when a story on ai breaks or grows."),
        done.text());
    assertEquals(List.of("ai"), h.stores.channels().subscriptions(h.channel).stream().map(Subscription::topic).toList());
  }

  @Test
  void directMessagesGetAnswersAndSettingsPointToTheChannel() throws Exception {
    DiscordHarness.Answer sources = h.answer(DiscordInteractions.directMessage("5000000000000000021", "sources",
        option("story", Long.toString(strike.storyId()))), 1);
    assertEquals(DiscordPayloads.messages(Views.sources(strike)).get(0).path("embeds"),
        sources.first().path("embeds"));

    DiscordHarness.Answer schedule = h.answer(DiscordInteractions.directMessage("5000000000000000021", "herald",
        arr(dev.herald.bot.fake.FakeDiscordJson.obj("name", "schedule", "type", 1, "options", option("time",
            "08:00")))), 1);
    assertTrue(schedule.callback().ephemeral());
    assertTrue(schedule.text().startsWith("\u2139\ufe0f Direct messages have no settings. Run this command in the"
        + " server channel"), schedule.text());

    DiscordHarness.Answer help = h.answer(DiscordInteractions.directMessage("5000000000000000021", "herald",
        arr(dev.herald.bot.fake.FakeDiscordJson.obj("name", "help", "type", 1))), 1);
    assertEquals("Herald: news briefings with sources", help.first().path("embeds").get(0).path("title").asText());
  }

  @Test
  void badOptionsGetAOneLineHintAtOnce() throws Exception {
    FakeDiscordRequest callback = h.interact(h.interactions.herald(MANAGER, "schedule", option("time", "25:99")));
    assertEquals(4, callback.body().path("type").asInt());
    assertTrue(callback.ephemeral());
    assertTrue(callback.body().path("data").path("embeds").get(0).path("description").asText()
        .contains("\"25:99\" is not a time; use HH:MM"),
        callback.toString());
  }

  @Test
  void aButtonFromAnotherFormatIsAnsweredNotIgnored() throws Exception {
    FakeDiscordRequest callback = h.interact(h.interactions.click("5000000000000000014", postCard(), "expand:1:2"));
    assertEquals(4, callback.body().path("type").asInt());
    assertTrue(callback.ephemeral());
    assertTrue(callback.body().toString().contains("older Herald message"), callback.toString());
  }

  @Test
  void autocompleteSuggestsRecentStoriesAndTopics() throws Exception {
    FakeDiscordRequest stories = h.interact(h.interactions.autocomplete(MEMBER, "sources", "story", "rail"));
    assertEquals(8, stories.body().path("type").asInt(), stories.toString());
    JsonNode choice = stories.body().path("data").path("choices").get(0);
    assertEquals("#" + strike.storyId() + " Rail strike halts trains", choice.path("name").asText());
    assertEquals(Long.toString(strike.storyId()), choice.path("value").asText());

    FakeDiscordRequest topics = h.interact(h.interactions.autocomplete(MEMBER, "herald", "topic", "cl"));
    assertEquals("climate", topics.body().path("data").path("choices").get(0).path("value").asText());
  }

  @Test
  void hostileFeedTextCannotPingAnyone() throws Exception {
    DiscordHarness.Answer a = h.answer(h.interactions.slash(MEMBER, "sources",
        option("story", Long.toString(hostile.storyId()))), 1);
    PayloadChecks.assertHarmless(a.first());
    assertEquals(0, a.first().path("allowed_mentions").path("parse").size());
    DiscordHarness.Answer brief = h.answer(h.interactions.slash(MEMBER, "brief", option("query", "everyone")), 1);
    assertTrue(brief.first().path("content").asText().startsWith("**1 story on"), brief.first().toString());
    for (JsonNode m : brief.messages()) PayloadChecks.assertHarmless(m);
  }

  @Test
  void statusIncludesTheDiscordConnection() throws Exception {
    DiscordHarness.Answer a = h.answer(h.interactions.herald(MEMBER, "status", arr()), 1);
    String fields = a.first().path("embeds").get(0).path("fields").toString();
    assertTrue(fields.contains("Gateway: 1 of 1 shard connected"), fields);
    assertTrue(fields.contains("Posting here: no problems seen."), fields);
  }

  @Test
  void commandsAreRegisteredInTheDevelopmentGuildWithoutPrivilegedIntents() throws Exception {
    JsonNode commands = h.await(r -> r.method().equals("PUT")
        && r.path().endsWith("/guilds/" + DiscordHarness.GUILD + "/commands")).body();
    List<String> names = new java.util.ArrayList<>();
    for (JsonNode c : commands) names.add(c.path("name").asText());
    assertEquals(List.of("brief", "sources", "expand", "herald"), names);
    JsonNode expand = commands.get(2).path("options");
    assertEquals("story", expand.get(0).path("name").asText());
    assertTrue(expand.get(0).path("required").asBoolean() && expand.get(0).path("autocomplete").asBoolean());
    assertEquals("section", expand.get(1).path("name").asText());
    assertTrue(expand.get(1).path("required").asBoolean(), expand.toString());
    assertTrue(h.fake.commands("").isEmpty(), "no global commands while developing");
    assertTrue(net.dv8tion.jda.api.utils.messages.MessageRequest.getDefaultMentions().isEmpty(),
        "JDA's process-wide default no longer allows @everyone");
    long intents = h.fake.identifies().get(0).path("intents").asLong();
    long privileged = (1L << 1) | (1L << 8) | (1L << 15);
    assertEquals(0, intents & privileged, "intents " + intents);
  }

  @Test
  void deliveryMayPostOnlyOnceEveryShardIsConnectedAndTheCommandRegistrationWasAnswered() throws Exception {
    DiscordBot idle = DiscordBot.prepare(new dev.herald.config.HeraldConfig.Discord(h.fake.restUrl(),
        h.fake.gatewayUrl(), List.of(), 1), new dev.herald.config.Secrets(java.util.Map.of("DISCORD_TOKEN", "t")),
        java.time.Clock.systemUTC());
    assertFalse(idle.ready(), "not started");
    long end = System.nanoTime() + DiscordHarness.WAIT.toNanos();
    while (!h.bot.publisher().ready() && System.nanoTime() < end) Thread.sleep(10);
    assertTrue(h.bot.publisher().ready());
    assertTrue(h.fake.commands(DiscordHarness.GUILD).isPresent(), "up before its commands were registered");
  }

  /** Posts the strike's card through the publisher and returns the message as the fake stored it. */
  private static JsonNode postCard() throws Exception {
    StoryView story = Views.story(h.stores.stories().find(strike.storyId()).orElseThrow(), strike);
    String id = h.bot.publisher().post(h.channel, story, "test-" + System.nanoTime());
    return h.fake.messages(DiscordHarness.CHANNEL).stream().filter(m -> m.path("id").asText().equals(id))
        .findFirst().orElseThrow();
  }

  @Test
  void eachAnswersAcknowledgementIsTimed() throws Exception {
    int before = h.metrics.count("ack discord");
    h.answer(h.interactions.slash(MEMBER, "sources", option("story", Long.toString(strike.storyId()))), 1);
    h.awaitAcks(before + 1); // the immediate reply is the acknowledgement
  }
}
