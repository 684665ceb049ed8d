package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.bot.checks.LinkedBriefing;
import dev.herald.bot.fake.FakeSlackServer;
import dev.herald.bot.fake.FakeSlackServerMessages.Message;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daily briefing through the real path to the fake Slack: the briefing job enqueues it in a SQLite file, the engine
 * renders each card when it sends it, and the publisher posts the Block Kit payload. A card names a story of its own
 * briefing under Related with where it is (above or below); the story outside it is named as it is, and an alert
 * marks no link.
 */
class SlackBriefingCardsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  final FakeSlackServer fake = FakeSlackServer.start();

  @AfterEach
  void tearDown() {
    fake.close();
  }

  /** The text of the card's "Related:" line, or empty when it has none. */
  static String related(Message m) throws Exception {
    List<String> lines = new ArrayList<>();
    for (JsonNode block : JSON.readTree(m.blocks())) {
      for (JsonNode e : block.path("elements")) {
        if (e.path("text").asText().startsWith("*Related:*")) lines.add(e.path("text").asText());
      }
    }
    if (lines.size() > 1) throw new AssertionError("two Related lines: " + lines);
    return lines.isEmpty() ? "" : lines.get(0);
  }

  /** The message whose header is {@code title}. */
  static Message card(List<Message> posted, String title) throws Exception {
    for (Message m : posted) {
      for (JsonNode block : JSON.readTree(m.blocks())) {
        if (block.path("type").asText().equals("header") && block.path("text").path("text").asText().equals(title)) {
          return m;
        }
      }
    }
    throw new AssertionError("no card of " + title + " in " + posted);
  }

  List<Message> awaitMessages(int n) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (fake.messages().messages("C1").size() < n) {
      if (System.nanoTime() > end) throw new AssertionError("Slack got " + fake.messages().messages("C1"));
      Thread.sleep(10);
    }
    return fake.messages().messages("C1");
  }

  @Test
  void aCardOfABriefingSaysWhereItsOtherLinkedStoryIsWhileAStoryOutsideItIsLinkedAsItIs() throws Exception {
    SlackPublisher publisher = new SlackPublisher(SlackWebApi.create(fake.apiUrl()), SlackBotTokens.single("xoxb-1"),
        new SlackHealth(Clock.fixed(LinkedBriefing.DUE, ZoneOffset.UTC)));
    try (LinkedBriefing b = new LinkedBriefing(dir, ChannelKey.of(Platform.SLACK, "T1", "C1"), publisher)) {
      b.brief();
      List<Message> posted = awaitMessages(2);
      Message talks = card(posted, b.talks.title());
      Message drills = card(posted, b.drills.title());
      assertEquals("*Related:* #" + b.drills.storyId() + " Ostmark closes Kessel Strait for drills (below) \u00b7 #"
          + b.envoy.storyId() + " Former envoy discusses the Valdoria-Ostmark talks", related(talks),
          "the drills are the next message; the envoy's interview is not in the briefing");
      assertEquals("*Related:* #" + b.talks.storyId() + " Valdoria and Ostmark agree principles in Estenburg talks"
          + " (above)", related(drills), "the talks are the message above");

      b.alertDrills();
      Message alert = awaitMessages(3).get(2);
      assertEquals("*Related:* #" + b.talks.storyId() + " Valdoria and Ostmark agree principles in Estenburg talks",
          related(alert), "an alert is a message of its own");
    }
  }
}
