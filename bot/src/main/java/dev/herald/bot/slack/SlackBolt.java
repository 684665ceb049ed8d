package dev.herald.bot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.util.Optional;

/** Bolt's {@link App}, configured from Herald's settings only: nothing is read from the environment behind our back. */
final class SlackBolt {
  static final String INSTALL_PATH = "/slack/install";
  static final String REDIRECT_PATH = "/slack/oauth_redirect";
  /** The bot scopes Herald asks for; the manifest lists the same. */
  static final String SCOPES = "commands,chat:write,chat:write.public,channels:history,groups:history,users:read";

  private SlackBolt() {}

  /**
   * @param botToken the single workspace's token; empty for multi-workspace OAuth (then client id and secret are
   *     required)
   */
  static App app(Slack slack, Optional<String> botToken, Optional<String> signingSecret, Optional<String> clientId,
      Optional<String> clientSecret, Optional<String> redirectUri) {
    boolean oauth = botToken.isEmpty();
    AppConfig config = AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(botToken.orElse(null))
        .signingSecret(signingSecret.orElse(null))
        .verificationToken(null)
        .clientId(oauth ? clientId.orElse(null) : null)
        .clientSecret(oauth ? clientSecret.orElse(null) : null)
        .redirectUri(oauth ? redirectUri.orElse(null) : null)
        .scope(oauth ? SCOPES : null)
        .userScope(null)
        .oauthStartPath(INSTALL_PATH)
        .oauthInstallPath(INSTALL_PATH)
        .oauthCallbackPath(REDIRECT_PATH)
        .oauthRedirectUriPath(REDIRECT_PATH)
        .oauthCompletionUrl(null)
        .oauthCancellationUrl(null)
        .authTestCacheEnabled(true)
        .build();
    App app = new App(config);
    app.asOAuthApp(oauth);
    return app;
  }
}
