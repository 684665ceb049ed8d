package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.config.ConfigException;
import dev.herald.config.Secrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each mode names, in one line, every secret it is missing. */
class SlackAdapterConfigTest {
  @Test
  void httpModeNeedsTheBotTokenAndTheSigningSecret() {
    assertEquals("Slack in HTTP mode (SLACK_APP_TOKEN is not set) needs SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET in"
        + " the environment", message(Map.of(), false));
  }

  @Test
  void socketModeNeedsOnlyTheBotToken() {
    assertEquals("Slack in Socket Mode needs SLACK_BOT_TOKEN in the environment",
        message(Map.of("SLACK_APP_TOKEN", "xapp-1"), false));
    SlackSecrets.check(new Secrets(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1")), false);
  }

  @Test
  void multiWorkspaceNeedsTheOAuthClientAndTheSigningSecret() {
    assertEquals("multi-workspace Slack (slack.multi_workspace: true) needs SLACK_SIGNING_SECRET, SLACK_CLIENT_ID,"
        + " SLACK_CLIENT_SECRET in the environment", message(Map.of("SLACK_APP_TOKEN", "xapp-1"), true));
  }

  @Test
  void secretsNeverShowInToString() {
    SlackSecrets s = SlackSecrets.check(new Secrets(Map.of("SLACK_BOT_TOKEN", "xoxb-secret",
        "SLACK_SIGNING_SECRET", "shh")), false);
    assertEquals("SlackSecrets[redacted]", s.toString());
  }

  private static String message(Map<String, String> env, boolean multi) {
    return assertThrows(ConfigException.class, () -> SlackSecrets.check(new Secrets(env), multi)).getMessage();
  }
}
