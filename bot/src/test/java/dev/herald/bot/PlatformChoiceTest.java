package dev.herald.bot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which adapters {@code run} starts from the secrets it finds: any Slack secret means Slack is wanted (so a missing
 * SLACK_BOT_TOKEN is named in one line by the Slack check), never a silent fall-back to the console channel.
 */
class PlatformChoiceTest {
  @TempDir Path home;

  private HeraldConfig config() {
    Path file = home.resolve("herald.yaml");
    try {
      Files.writeString(file, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ConfigLoader.load(home, file);
  }

  @Test
  void noTokensRunTheConsole() {
    assertTrue(Herald.runsConsole(config(), new Secrets(Map.of())));
  }

  @Test
  void aSlackAppTokenOrSigningSecretWithoutTheBotTokenStillMeansSlack() {
    assertFalse(Herald.runsConsole(config(), new Secrets(Map.of("SLACK_APP_TOKEN", "xapp-1"))));
    assertFalse(Herald.runsConsole(config(), new Secrets(Map.of("SLACK_SIGNING_SECRET", "s"))));
  }

  @Test
  void aTokenForOnePlatformRunsThatPlatformOnly() {
    assertFalse(Herald.runsConsole(config(), new Secrets(Map.of("DISCORD_TOKEN", "d"))));
    assertFalse(Herald.runsConsole(config(), new Secrets(Map.of("SLACK_BOT_TOKEN", "xoxb-1"))));
  }
}
