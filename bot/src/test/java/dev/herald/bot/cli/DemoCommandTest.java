package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Citations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick start's first command on the shipped samples: the whole pipeline, a fresh SQLite file, a briefing. */
class DemoCommandTest {
  static final Pattern SOURCES = Pattern.compile("^Sources \\((\\d+) articles?\\)$");
  static final Pattern SOURCE_LINE = Pattern.compile("^\\[(\\d+)] (.+?): ");

  @TempDir Path dir;

  @Test
  void theDemoPostsABriefingWhoseEveryCitationResolvesToAListedSource() {
    Path home = CliRun.homeWithShippedConfig(dir);
    CliRun run = CliRun.run(home, "demo", "--no-interactive");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Herald demo: 7 feeds (0 failed), 41 new articles, 18 stories changed,"),
        run.out());
    // the teaser-only sample feed and three cut-short items: their pages are read from config/samples/pages/
    assertTrue(run.out().contains("; article pages: 10 pages fetched, 6 used, feed text kept for 5 (1 robots.txt "
        + "disallows, 1 paywall, 1 cookie-consent page, 1 JavaScript-only page, 1 video-only page)."), run.out());
    assertTrue(run.out().contains("=== Daily briefing \u00b7 Friday 27 November ==="), run.out());
    assertTrue(Files.exists(home.resolve("data/demo/herald.db")), "the demo stores into a fresh SQLite file");

    List<String> stories = stories(run.out());
    assertEquals(5, stories.size(), "briefing.max_stories stories from the last day");
    for (String story : stories) assertCitationsResolve(story);
  }

  @Test
  void runningTheDemoTwiceStartsFresh() {
    Path home = CliRun.homeWithShippedConfig(dir);
    CliRun first = CliRun.run(home, "demo", "--no-interactive");
    CliRun second = CliRun.run(home, "demo", "--no-interactive");
    assertEquals(0, second.status(), second.err());
    assertEquals(first.out(), second.out(), "same files, same clock, same briefing");
  }

  @Test
  void aBrokenSettingsFileStopsTheDemoWithOneLineNamingTheKey() throws Exception {
    Path home = CliRun.homeWithShippedConfig(dir);
    Files.writeString(home.resolve("config/herald.yaml"), "briefing:\n  max_stories: 0\n");
    CliRun run = CliRun.run(home, "demo", "--no-interactive");
    assertEquals(2, run.status());
    assertEquals("herald: config/herald.yaml: briefing.max_stories must be between 1 and 20, got 0\n", run.err());
  }

  /** The story blocks of the briefing, split at the rule lines. */
  static List<String> stories(String out) {
    List<String> blocks = new ArrayList<>();
    for (String block : out.split("\n-{72}\n")) {
      if (block.contains("\nSources (")) blocks.add(block);
    }
    return blocks;
  }

  /** Every [n] in the story's text is a source listed below it, and the list is numbered 1..N. */
  static void assertCitationsResolve(String story) {
    String[] lines = story.split("\n");
    int sourcesAt = -1;
    int declared = -1;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = SOURCES.matcher(lines[i]);
      if (m.matches()) {
        sourcesAt = i;
        declared = Integer.parseInt(m.group(1));
      }
    }
    assertTrue(sourcesAt > 0, "no source list in:\n" + story);
    List<Integer> listed = new ArrayList<>();
    int more = 0;
    for (int i = sourcesAt + 1; i < lines.length; i++) {
      Matcher m = SOURCE_LINE.matcher(lines[i]);
      if (m.find()) listed.add(Integer.parseInt(m.group(1)));
      Matcher rest = Pattern.compile("^and (\\d+) more from \\d+ outlets?$").matcher(lines[i]);
      if (rest.matches()) more = Integer.parseInt(rest.group(1));
    }
    // the card lists the sources its text cites and "and N more from M outlets" for the rest (/sources has all)
    assertEquals(declared, listed.size() + more, "Sources (N articles) accounts for N sources:\n" + story);
    for (int k = 1; k < listed.size(); k++) assertTrue(listed.get(k - 1) < listed.get(k), "sources in number order");
    List<Integer> cited = new ArrayList<>();
    for (int i = 0; i < sourcesAt; i++) cited.addAll(Citations.numbers(lines[i]));
    assertFalse(cited.isEmpty(), "a story without citations:\n" + story);
    for (int n : cited) assertTrue(listed.contains(n), "[" + n + "] does not resolve in:\n" + story);
  }
}
