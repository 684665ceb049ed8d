package dev.herald.bot.slack;

import com.slack.api.bolt.response.Response;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who did what where, as Slack told Herald in a slash command or a button click.
 *
 * @param token the bot token for this workspace (Bolt resolved it: single token or installation)
 * @param responseUrl where to answer; usable {@value SlackLimits#MAX_RESPONSE_URL_POSTS} times in 30 minutes
 */
record SlackInteraction(String teamId, String channelId, String userId, String token, String responseUrl) {
  SlackInteraction {
    Objects.requireNonNull(teamId, "teamId == null");
    Objects.requireNonNull(channelId, "channelId == null");
    Objects.requireNonNull(userId, "userId == null");
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(responseUrl, "responseUrl == null");
  }

  /**
   * The interaction when Slack named every part of it; empty when one is missing or blank (a signed request that did
   * not come from Slack as Slack sends them), which is answered with {@link #incomplete()}.
   */
  static Optional<SlackInteraction> of(String teamId, String channelId, String userId, String token, String responseUrl) {
    return Stream.of(teamId, channelId, userId, token, responseUrl).anyMatch(v -> v == null || v.isBlank())
        ? Optional.empty() : Optional.of(new SlackInteraction(teamId, channelId, userId, token, responseUrl));
  }

  /** The answer to a request without a team, channel, user or response URL: 400, one line. */
  static Response incomplete() {
    return Response.builder().statusCode(400).contentType("text/plain; charset=utf-8")
        .body("invalid request: no team, channel, user or response_url").build();
  }

  ChannelKey channel() {
    return ChannelKey.of(Platform.SLACK, teamId, channelId);
  }

  @Override
  public String toString() {
    return "SlackInteraction[" + teamId + "/" + channelId + " by " + userId + "]";
  }
}
