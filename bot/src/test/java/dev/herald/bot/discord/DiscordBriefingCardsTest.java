package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.checks.LinkedBriefing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daily briefing through the real path to the fake Discord: the briefing job enqueues it in a SQLite file, the
 * engine renders each card when it sends it, and the real JDA client posts the embed. A card names a story of its own
 * briefing in its Related field with where it is (above or below); the story outside it is named as it is, and an
 * alert marks no link.
 */
class DiscordBriefingCardsTest {
  static DiscordHarness h;
  @TempDir Path dir;

  @BeforeAll
  static void connect() throws Exception {
    h = DiscordHarness.start();
  }

  @AfterAll
  static void disconnect() {
    h.close();
  }

  /** The value of the embed's Related field, or empty when it has none. */
  static String related(JsonNode message) {
    for (JsonNode f : message.path("embeds").path(0).path("fields")) {
      if (f.path("name").asText().equals(DiscordCards.RELATED)) return f.path("value").asText();
    }
    return "";
  }

  /** The message whose embed's title is {@code title}. */
  static JsonNode card(List<JsonNode> posted, String title) {
    return posted.stream().filter(m -> m.path("embeds").path(0).path("title").asText().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no card of " + title + " in " + posted));
  }

  List<JsonNode> awaitMessages(int n) throws InterruptedException {
    long end = System.nanoTime() + DiscordHarness.WAIT.toNanos();
    while (h.fake.messages(DiscordHarness.CHANNEL).size() < n) {
      if (System.nanoTime() > end) throw new AssertionError("Discord got " + h.fake.messages(DiscordHarness.CHANNEL));
      Thread.sleep(10);
    }
    return h.fake.messages(DiscordHarness.CHANNEL);
  }

  @Test
  void aCardOfABriefingSaysWhereItsOtherLinkedStoryIsWhileAStoryOutsideItIsLinkedAsItIs() throws Exception {
    try (LinkedBriefing b = new LinkedBriefing(dir, h.channel, h.bot.publisher())) {
      b.brief();
      List<JsonNode> posted = awaitMessages(2);
      JsonNode talks = card(posted, b.talks.title());
      JsonNode drills = card(posted, b.drills.title());
      assertEquals("#" + b.drills.storyId() + " Ostmark closes Kessel Strait for drills (below) \u00b7 #"
          + b.envoy.storyId() + " Former envoy discusses the Valdoria-Ostmark talks", related(talks),
          "the drills are the next message; the envoy's interview is not in the briefing");
      assertEquals("#" + b.talks.storyId() + " Valdoria and Ostmark agree principles in Estenburg talks (above)",
          related(drills), "the talks are the message above");

      b.alertDrills();
      JsonNode alert = awaitMessages(3).get(2);
      assertEquals("#" + b.talks.storyId() + " Valdoria and Ostmark agree principles in Estenburg talks",
          related(alert), "an alert is a message of its own");
    }
  }
}
