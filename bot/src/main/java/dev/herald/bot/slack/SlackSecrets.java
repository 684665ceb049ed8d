package dev.herald.bot.slack;

import dev.herald.config.ConfigException;
import dev.herald.config.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Slack secrets a mode needs, checked together so that one line names everything missing. */
record SlackSecrets(Optional<String> botToken, Optional<String> appToken, Optional<String> signingSecret,
    Optional<String> clientId, Optional<String> clientSecret, Optional<String> redirectUri) {

  static SlackSecrets check(Secrets s, boolean multiWorkspace) {
    SlackSecrets out = new SlackSecrets(s.slackBotToken(), s.slackAppToken(), s.slackSigningSecret(),
        s.get("SLACK_CLIENT_ID"), s.get("SLACK_CLIENT_SECRET"), s.get("SLACK_REDIRECT_URI"));
    List<String> missing = new ArrayList<>();
    if (!multiWorkspace && out.botToken().isEmpty()) missing.add("SLACK_BOT_TOKEN");
    boolean http = out.appToken().isEmpty() || multiWorkspace;
    if (http && out.signingSecret().isEmpty()) missing.add("SLACK_SIGNING_SECRET");
    if (multiWorkspace && out.clientId().isEmpty()) missing.add("SLACK_CLIENT_ID");
    if (multiWorkspace && out.clientSecret().isEmpty()) missing.add("SLACK_CLIENT_SECRET");
    if (!missing.isEmpty()) {
      String mode = multiWorkspace ? "multi-workspace Slack (slack.multi_workspace: true)"
          : out.appToken().isPresent() ? "Slack in Socket Mode" : "Slack in HTTP mode (SLACK_APP_TOKEN is not set)";
      throw new ConfigException(mode + " needs " + String.join(", ", missing) + " in the environment");
    }
    return out;
  }

  @Override
  public String toString() {
    return "SlackSecrets[redacted]";
  }
}
