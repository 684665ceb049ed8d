package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  CliRun digest(String format) {
    Path home = CliRun.homeWithShippedConfig(dir);
    return CliRun.run(home, "digest", "--feeds", home.resolve("config/samples").toString(), "--format", format);
  }

  @Test
  void textIsTheConsoleBriefing() {
    CliRun run = digest("text");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("=== Daily briefing \u00b7 Friday 27 November ==="), run.out());
    DemoCommandTest.stories(run.out()).forEach(DemoCommandTest::assertCitationsResolve);
  }

  @Test
  void textIsPrintedWholeToItsLastLine() {
    CliRun run = digest("text");
    assertEquals(0, run.status(), run.err());
    assertEquals(5, run.out().split("\\(story #", -1).length - 1, run.out());
    assertTrue(run.out().endsWith("-".repeat(72) + "\n"), run.out().substring(Math.max(0, run.out().length() - 200)));
  }

  @Test
  void jsonIsTheNeutralBriefing() throws Exception {
    CliRun run = digest("json");
    assertEquals(0, run.status(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(5, root.get("stories").size());
    JsonNode first = root.get("stories").get(0);
    assertEquals("Updated (" + first.get("articles").asInt() + " articles)", first.get("updated").asText());
    assertEquals(first.get("articles").asInt(), first.get("sources").size());
  }

  /**
   * The Estenburg Courier's feed gives one-line teasers only; its article pages ship in config/samples/pages/. The
   * rail strike story is summarised from the Courier's page, cites the Courier for what only the page says, and its
   * picture is the page's lead image.
   */
  @Test
  void aTeaserOnlyFeedsStoryIsSummarisedFromItsArticlePages() throws Exception {
    JsonNode root = JSON.readTree(digest("json").out());
    JsonNode rail = null;
    for (JsonNode s : root.get("stories")) {
      if (s.get("title").asText().toLowerCase().contains("rail")) rail = s;
    }
    assertTrue(rail != null, root.toPrettyString());
    int courier = -1;
    for (JsonNode src : rail.get("sources")) {
      if (src.get("url").asText().startsWith("https://estenburgcourier.example/")) courier = src.get("n").asInt();
    }
    assertTrue(courier > 0, "the Courier is a source: " + rail.toPrettyString());
    String pageOnly = "a limit of two weekend shifts a month"; // the teaser says only "a limit on weekend shifts"
    boolean cited = false;
    for (JsonNode sec : rail.get("sections")) {
      for (String sentence : sec.get("text").asText().split("(?<=\\])\\s+")) {
        if (sentence.contains(pageOnly)) {
          cited = true;
          assertTrue(sentence.contains("[" + courier + "]"), "the page's sentence cites the Courier: " + sentence);
        }
      }
    }
    assertTrue(cited, "nothing from the Courier's page: " + rail.toPrettyString());
    assertEquals("https://estenburgcourier.example/media/2026/11/27/estenburg-central-departures.jpg",
        rail.get("image").asText());
  }

  @Test
  void aPaywallNoticeIsNeverSummarised() {
    String text = digest("text").out();
    assertFalse(text.contains("Subscribe") || text.contains("subscribers") || text.contains("cookies"), text);
  }

  @Test
  void slackPrintsOneChatPostMessagePerStoryWithItsKey() throws Exception {
    CliRun run = digest("slack");
    assertEquals(0, run.status(), run.err());
    String[] lines = run.out().strip().split("\n");
    assertEquals(5, lines.length);
    for (String line : lines) {
      JsonNode body = JSON.readTree(line);
      assertEquals("C0HERALD", body.get("channel").asText());
      assertTrue(body.get("metadata").get("event_payload").get("key").asText().startsWith("story:"), line);
      assertFalse(line.contains("<!channel>") || line.contains("<!here>"), line);
    }
  }

  @Test
  void discordPrintsOneMessagePerStoryWithNoMentionsAllowed() throws Exception {
    CliRun run = digest("discord");
    assertEquals(0, run.status(), run.err());
    String[] lines = run.out().strip().split("\n");
    assertEquals(5, lines.length);
    for (String line : lines) {
      JsonNode body = JSON.readTree(line);
      assertEquals(0, body.get("allowed_mentions").get("parse").size(), line);
      assertTrue(body.get("enforce_nonce").asBoolean(), line);
      assertEquals(1, body.get("embeds").size());
    }
  }

  @Test
  void aMissingFileIsOneLine() {
    CliRun run = CliRun.run(dir, "digest", "--feeds", dir.resolve("nope.xml").toString());
    assertEquals(2, run.status());
    assertEquals("herald: " + dir.resolve("nope.xml") + ": no such file or directory\n", run.err());
  }

  @Test
  void aUrlIsOneLineSayingDigestReadsFilesNotAMangledPath() {
    CliRun run = CliRun.run(dir, "digest", "--feeds", "https://news.example/feed.xml");
    assertEquals(2, run.status());
    assertEquals("herald: https://news.example/feed.xml: digest reads local feed files; save the feed first"
        + " (bot/herald parse prints a URL's items) or add it with bot/herald feeds add\n", run.err());
  }

  @Test
  void aFileThatIsNotAFeedIsOneLine() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.xml"), "this is not a feed");
    CliRun run = CliRun.run(dir, "digest", "--feeds", junk.toString());
    assertEquals(2, run.status(), run.out());
    assertTrue(run.err().startsWith("herald: " + junk), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void aDirectorySkipsWhatIsNotAFeedSaysSoInOneLineAndCarriesOn() throws Exception {
    Path home = CliRun.homeWithShippedConfig(dir);
    Path samples = home.resolve("config/samples");
    Files.writeString(samples.resolve("LICENSE"), "Permission is hereby granted, free of charge, to any person\n");
    Files.writeString(samples.resolve("notes.xml"), "<notes><note>not a feed</note></notes>");
    CliRun run = CliRun.run(home, "digest", "--feeds", samples.toString(), "--format", "text");
    assertEquals(0, run.status(), run.err());
    assertEquals("herald: skipped 2 files that are not feeds: LICENSE, notes.xml\n", run.err());
    assertTrue(run.out().startsWith("=== Daily briefing \u00b7 Friday 27 November ==="), run.out());
  }
}
