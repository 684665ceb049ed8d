package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bot/herald run} without tokens: the console channel over the configured feeds, stopped by /quit. */
class RunCommandTest {
  @TempDir Path dir;
  final InputStream stdin = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(stdin);
  }

  CliRun runWithInput(Path home, String input) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    return CliRun.run(home, "run");
  }

  @Test
  void withoutTokensItRunsTheConsoleChannelAndAnswersCommands() throws Exception {
    Path home = CliRun.homeWithShippedConfig(dir);
    // the configured feeds are the bundled local samples, so nothing touches the network
    Files.copy(home.resolve("config/samples/feeds.yaml"), home.resolve("config/feeds.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(home.resolve("config/feeds.yaml"),
        Files.readString(home.resolve("config/feeds.yaml")).replace("url: ", "url: samples/"));
    CliRun run = runWithInput(home, "/herald schedule\n/frobnicate\n/quit\n");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Herald is running: the console channel (no SLACK_BOT_TOKEN or DISCORD_TOKEN"
        + " set); daily briefing at 08:00 UTC; 7 instance feeds."), run.out());
    assertTrue(run.out().contains("Daily briefing at 08:00 UTC. Next: "), run.out());
    assertTrue(run.out().contains("error: \u201c/frobnicate\u201d is not a Herald command. /herald help lists the"
        + " commands."), run.out());
    assertTrue(Files.exists(home.resolve("data/herald.db")), "the database is created on first run");
  }

  @Test
  void aBrokenFeedListStopsStartUpWithOneLine() throws Exception {
    Path home = CliRun.homeWithShippedConfig(dir);
    Files.writeString(home.resolve("config/feeds.yaml"), "feeds:\n  - id: Bad Id\n    name: X\n    url: x.xml\n");
    CliRun run = runWithInput(home, "");
    assertEquals(2, run.status());
    assertEquals("herald: config/feeds.yaml: feeds[0].id must be lower-case letters, digits, '.', '_' or '-' (at most"
        + " 64), got \"Bad Id\"\n", run.err());
  }
}
