package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.bot.checks.UntrustedText;
import dev.herald.testing.Corpus;
import dev.herald.text.ControlChars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest --views}: every payload for the briefing's stories, marked with its kind, checkable offline. */
class DigestViewsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ALL = "cards,sources,sections,lookup";
  @TempDir Path dir;

  CliRun digest(String feeds, String format, String views) {
    Path home = CliRun.homeWithShippedConfig(dir);
    return CliRun.run(home, "digest", "--feeds", feeds, "--format", format, "--views", views);
  }

  String samples() {
    return Corpus.projectRoot().resolve("config/samples").toString();
  }

  String hostile() throws Exception {
    Path feed = dir.resolve("lying-links.xml");
    try (var in = getClass().getResourceAsStream("hostile/lying-links.xml")) {
      Files.copy(in, feed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return feed.toString();
  }

  static List<JsonNode> lines(CliRun run) throws Exception {
    assertEquals(0, run.status(), run.err());
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.out().strip().split("\n")) out.add(JSON.readTree(line));
    return out;
  }

  @Test
  void slackPrintsEveryPayloadMarkedWithItsKindAndMethod() throws Exception {
    List<JsonNode> lines = lines(digest(samples(), "slack", ALL));
    Set<String> kinds = new TreeSet<>();
    for (JsonNode l : lines) {
      kinds.add(l.get("kind").asText() + " " + l.get("method").asText());
      assertTrue(l.get("body").isObject(), l.toString());
    }
    assertEquals(Set.of("card chat.postMessage", "sources response_url", "section response_url",
        "expanded-card chat.update", "lookup response_url"), kinds);
    long cards = lines.stream().filter(l -> l.get("kind").asText().equals("card")).count();
    long sources = lines.stream().filter(l -> l.get("kind").asText().equals("sources")).count();
    assertEquals(5, cards);
    assertEquals(cards, sources, "one /sources answer per story");
    JsonNode firstSources = lines.stream().filter(l -> l.get("kind").asText().equals("sources")).findFirst()
        .orElseThrow();
    assertEquals(lines.get(0).get("story"), firstSources.get("story"), "story by story, in briefing order");
  }

  @Test
  void withoutViewsTheOutputIsTheCardsAlone() {
    CliRun plain = CliRun.run(CliRun.homeWithShippedConfig(dir), "digest", "--feeds", samples(), "--format",
        "slack");
    assertFalse(plain.out().contains("\"kind\""), plain.out());
  }

  @Test
  void anUnknownViewIsOneLine() {
    CliRun run = digest(samples(), "slack", "cards,bogus");
    assertEquals(2, run.status());
    assertEquals("herald: unknown view \"bogus\"; use cards, sources, sections or lookup\n", run.err());
  }

  @Test
  void aLyingFeedGetsNoLyingLinkAndNoFormattingInAnySlackPayload() throws Exception {
    List<String> mrkdwn = new ArrayList<>();
    for (JsonNode l : lines(digest(hostile(), "slack", ALL))) mrkdwn.addAll(UntrustedText.slackMrkdwn(l.get("body")));
    assertTrue(UntrustedText.assertSlackLinksHonest(mrkdwn) > 0);
    UntrustedText.assertSlackFormattingInert(mrkdwn);
  }

  @Test
  void aLyingFeedGetsNoLyingLinkInAnyDiscordPayload() throws Exception {
    List<String> strings = new ArrayList<>();
    for (JsonNode l : lines(digest(hostile(), "discord", ALL))) strings.addAll(UntrustedText.strings(l.get("body")));
    assertTrue(UntrustedText.assertDiscordLinksHonest(strings) > 0);
  }

  @Test
  void textAndJsonMarkEachViewAndStayPrintable() throws Exception {
    CliRun text = digest(hostile(), "text", ALL);
    assertEquals(0, text.status(), text.err());
    assertTrue(text.out().startsWith("### card \u00b7 story #"), text.out());
    assertTrue(text.out().contains("\n### sources \u00b7 story #"), text.out());
    assertTrue(text.out().contains("\n### section \u00b7 story #"), text.out());
    assertTrue(text.out().contains("\n### lookup\n"), text.out());
    assertFalse(text.out().codePoints().anyMatch(c -> c != '\n' && ControlChars.isControl(c)), text.out());
    for (JsonNode l : lines(digest(hostile(), "json", ALL))) {
      assertTrue(l.has("kind") && l.get("view").has("type"), l.toString());
    }
  }
}
