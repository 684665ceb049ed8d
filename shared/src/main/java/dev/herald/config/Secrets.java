package dev.herald.config;

import java.util.Map;
import java.util.Optional;

/**
 * Secrets, only ever from the environment: {@code SLACK_BOT_TOKEN}, {@code SLACK_APP_TOKEN}, {@code
 * SLACK_SIGNING_SECRET}, {@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET}, {@code DISCORD_TOKEN}, and the
 * language-model key named in config. Never logged.
 */
public final class Secrets {
  private final Map<String, String> env;

  public Secrets(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public static Secrets fromEnvironment() {
    return new Secrets(System.getenv());
  }

  public Optional<String> get(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  public Optional<String> slackBotToken() {
    return get("SLACK_BOT_TOKEN");
  }

  public Optional<String> slackAppToken() {
    return get("SLACK_APP_TOKEN");
  }

  public Optional<String> slackSigningSecret() {
    return get("SLACK_SIGNING_SECRET");
  }

  public Optional<String> discordToken() {
    return get("DISCORD_TOKEN");
  }

  @Override
  public String toString() {
    return "Secrets[redacted]";
  }
}
