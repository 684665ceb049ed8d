package dev.herald.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Herald installed into one workspace through OAuth (Slack's multi-workspace mode): the bot token that workspace
 * granted and who granted it. The token is a secret: never log an installation.
 *
 * @param enterpriseId the Enterprise Grid organisation, or empty
 * @param botScopes the granted bot scopes, comma-separated as Slack reports them
 * @param installerUserId the user who installed Herald, or empty
 */
public record Installation(
    WorkspaceKey workspace,
    String enterpriseId,
    String appId,
    String botUserId,
    String botId,
    String botToken,
    String botScopes,
    String installerUserId,
    Instant installedAt) {

  public Installation {
    Objects.requireNonNull(workspace, "workspace == null");
    Checks.notNull(enterpriseId, "enterpriseId");
    Checks.notNull(appId, "appId");
    Checks.notNull(botUserId, "botUserId");
    Checks.notNull(botId, "botId");
    Checks.notBlank(botToken, "botToken");
    Checks.notNull(botScopes, "botScopes");
    Checks.notNull(installerUserId, "installerUserId");
    Objects.requireNonNull(installedAt, "installedAt == null");
  }

  @Override
  public String toString() {
    return "Installation[" + workspace + ", app " + appId + ", bot " + botUserId + ", token redacted]";
  }
}
