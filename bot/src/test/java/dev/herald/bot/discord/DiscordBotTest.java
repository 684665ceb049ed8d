package dev.herald.bot.discord;

import static dev.herald.bot.discord.DiscordInteractions.MANAGER;
import static dev.herald.bot.discord.DiscordInteractions.MEMBER;
import static dev.herald.bot.discord.DiscordInteractions.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.fake.FakeDiscordJson;
import dev.herald.bot.fake.FakeDiscordRequest;
import dev.herald.model.StorySummary;
import dev.herald.render.Views;
import dev.herald.testing.StoryFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interactions end to end: the real JDA client against the fake Discord, answering from a real store. */
class DiscordBotTest {
  DiscordHarness h;
  StorySummary strike;

  @BeforeEach
  void setUp() throws Exception {
    h = DiscordHarness.start();
    strike = StoryFixture.add(h.stores, "Rail strike halts trains", List.of("Harbor Times", "Capital Ledger"),
        List.of("Walkout begins", "Talks stall", "What next"), DiscordHarness.NOW.minus(Duration.ofHours(3)));
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void sourcesAnswersEphemerallyWithTheNumberedSourcesAsLinks() throws Exception {
    FakeDiscordRequest callback = h.interact(h.interactions.slash(MEMBER, "sources",
        option("story", Long.toString(strike.storyId()))));
    assertEquals(4, callback.body().path("type").asInt(), callback.toString());
    JsonNode data = callback.body().path("data");
    assertTrue(callback.ephemeral(), callback.toString());
    assertEquals(0, data.path("allowed_mentions").path("parse").size(), callback.toString());
    JsonNode expected = DiscordPayloads.messages(Views.sources(strike)).get(0);
    assertEquals(expected.path("embeds"), data.path("embeds"));
    String text = data.path("embeds").get(0).path("description").asText();
    assertTrue(text.contains("**[1]** [Harbor Times: Rail strike halts trains (Harbor Times)](https://"), text);
    assertTrue(text.contains("**[2]** [Capital Ledger:"), text);
  }
}
