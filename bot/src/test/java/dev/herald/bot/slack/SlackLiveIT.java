package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.herald.config.Secrets;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against the real Slack: only with {@code mvn -Plive test -pl bot -am} and SLACK_BOT_TOKEN, SLACK_LIVE_TEAM and
 * SLACK_LIVE_CHANNEL (a channel id the bot is in) set. Posts one card, edits it, and finds it by its key.
 */
@EnabledIfEnvironmentVariable(named = "SLACK_LIVE_CHANNEL", matches = ".+")
class SlackLiveIT {
  @Test
  void postEditAndFindACardInARealChannel() throws Exception {
    Secrets secrets = Secrets.fromEnvironment();
    String token = secrets.slackBotToken().orElseThrow(() -> new IllegalStateException("SLACK_BOT_TOKEN not set"));
    ChannelKey channel = ChannelKey.of(Platform.SLACK, secrets.get("SLACK_LIVE_TEAM").orElse("T0"),
        secrets.get("SLACK_LIVE_CHANNEL").orElseThrow());
    SlackPublisher publisher = new SlackPublisher(SlackWebApi.create("https://slack.com/api/"),
        SlackBotTokens.single(token), new SlackHealth(Clock.systemUTC()));
    String key = "live-it:" + UUID.randomUUID();
    String ts = publisher.post(channel, SlackViews.hostile().withBanner("Herald live test"), key);
    assertFalse(ts.isBlank());
    publisher.edit(channel, ts, SlackViews.seed().withChange("live test edit"));
    assertEquals(Optional.of(ts), publisher.findPosted(channel, key));
  }
}
