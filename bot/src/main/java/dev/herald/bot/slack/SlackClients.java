package dev.herald.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

/** The Slack SDK client, pointed at a Web API base URL (Slack's own, or a local fake in tests). */
public final class SlackClients {
  private SlackClients() {}

  /**
   * A Slack client for {@code apiUrl} ({@code https://slack.com/api/}). Stats are off: they would make every new
   * client call auth.test first, and Herald does not read them.
   */
  public static Slack slack(String apiUrl) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    config.setStatsEnabled(false);
    return Slack.getInstance(config);
  }
}
