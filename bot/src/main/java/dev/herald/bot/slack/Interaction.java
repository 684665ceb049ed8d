package dev.herald.bot.slack;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.util.Objects;

/**
 * Who did what where, as Slack told Herald in a slash command or a button click.
 *
 * @param token the bot token for this workspace (Bolt resolved it: single token or installation)
 * @param responseUrl where to answer; usable {@value BlockKitLimits#MAX_RESPONSE_URL_POSTS} times in 30 minutes
 */
record Interaction(String teamId, String channelId, String userId, String token, String responseUrl) {
  Interaction {
    Objects.requireNonNull(teamId, "teamId == null");
    Objects.requireNonNull(channelId, "channelId == null");
    Objects.requireNonNull(userId, "userId == null");
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(responseUrl, "responseUrl == null");
  }

  ChannelKey channel() {
    return ChannelKey.of(Platform.SLACK, teamId, channelId);
  }

  @Override
  public String toString() {
    return "Interaction[" + teamId + "/" + channelId + " by " + userId + "]";
  }
}
