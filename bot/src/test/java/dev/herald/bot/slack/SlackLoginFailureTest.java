package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.bot.fake.FakeSlackServer;
import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.ConfigException;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.store.Database;
import dev.herald.store.InstallationStore;
import dev.herald.store.Stores;
import dev.herald.testing.Ports;
import dev.herald.testing.TestChats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Starting Slack checks the bot token with auth.test: a token Slack refuses and a Slack that cannot be reached are two
 * different one-line reasons, so a network outage is never reported as a bad token.
 */
class SlackLoginFailureTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), ZoneOffset.UTC);
  private final Database db = Database.inMemory();
  private final ChatService chat =
      TestChats.builder(Stores.sql(db, clock)).schedules(ScheduleListener.NONE).clock(clock).build();

  private SlackAdapter adapter(String apiUrl) {
    return adapter(apiUrl, "xoxb-1");
  }

  private SlackAdapter adapter(String apiUrl, String token) {
    return SlackAdapter.builder()
        .config(new HeraldConfig.Slack(apiUrl, List.of(), false, 3000, "127.0.0.1"))
        .secrets(new Secrets(Map.of("SLACK_BOT_TOKEN", token, "SLACK_SIGNING_SECRET", "secret")))
        .chat(chat).installations(InstallationStore.sql(db, clock)).clock(clock).httpPort(0).workers(1)
        .build();
  }

  @Test
  void slackUnreachableIsNotCalledABadToken() throws Exception {
    int closed = Ports.unused();
    String url = "http://127.0.0.1:" + closed + "/api/";
    SlackAdapter slack = adapter(url);
    try {
      ConfigException e = assertThrows(ConfigException.class, slack::start);
      assertEquals("could not reach Slack at " + url + " (slack.api_url) to check SLACK_BOT_TOKEN: Failed to connect to"
          + " /127.0.0.1:" + closed,
          e.getMessage());
    } finally {
      slack.close();
    }
  }

  @Test
  void aTokenSlackRefusesSaysSo() throws Exception {
    try (FakeSlackServer fake = FakeSlackServer.start()) {
      SlackAdapter slack = adapter(fake.apiUrl(), "not-a-bot-token");
      try {
        ConfigException e = assertThrows(ConfigException.class, slack::start);
        assertEquals("Slack refused SLACK_BOT_TOKEN (invalid_auth): copy the Bot User OAuth Token (xoxb-...) again"
            + " from your app's OAuth & Permissions page", e.getMessage());
      } finally {
        slack.close();
      }
    }
  }
}
