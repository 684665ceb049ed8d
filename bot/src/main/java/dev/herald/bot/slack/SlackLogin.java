package dev.herald.bot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why Bolt's start-up check of the bot token (auth.test) failed, in one line that tells a refused token from a Slack
 * that could not be reached: Bolt reports both as "The token is invalid", the first with Slack's error code
 * ({@code (auth.test error: invalid_auth)}), the second with the network's message ({@code (error: ...)}).
 */
final class SlackLogin {
  private static final Pattern REFUSED = Pattern.compile("The token is invalid \\(auth\\.test error: (.*)\\)");
  private static final Pattern UNREACHABLE = Pattern.compile("The token is invalid \\(error: (.*)\\)");

  private SlackLogin() {}

  static String failure(String boltMessage, String apiUrl) {
    String m = boltMessage == null ? "" : boltMessage.strip();
    Matcher refused = REFUSED.matcher(m);
    if (refused.matches()) {
      return "Slack refused SLACK_BOT_TOKEN (" + refused.group(1) + "): copy the Bot User OAuth Token (xoxb-...)"
          + " again from your app's OAuth & Permissions page";
    }
    Matcher unreachable = UNREACHABLE.matcher(m);
    if (unreachable.matches()) {
      return "could not reach Slack at " + apiUrl + " (slack.api_url) to check SLACK_BOT_TOKEN: " + unreachable.group(1);
    }
    return "Slack did not accept SLACK_BOT_TOKEN: " + m;
  }
}
