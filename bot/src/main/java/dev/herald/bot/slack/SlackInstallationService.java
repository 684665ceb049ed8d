package dev.herald.bot.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import dev.herald.model.Installation;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.InstallationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Bolt's installation service over Herald's {@link InstallationStore}: one installation per workspace, the bot token
 * only (Herald asks for no user token). Organisation-wide (Enterprise Grid) installs are not supported: they have no
 * team id to key a workspace by, and are refused.
 */
final class SlackInstallationService implements InstallationService {
  static final String NOT_INSTALLED = "Herald is not installed in this workspace yet; a workspace admin can install"
      + " it from the Herald install page.";

  private final InstallationStore store;
  private final Clock clock;

  SlackInstallationService(InstallationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) throw new UnsupportedOperationException("Herald keeps only the latest installation");
  }

  @Override
  public void saveInstallerAndBot(Installer i) {
    if (i.getTeamId() == null || i.getTeamId().isBlank()) {
      throw new IllegalArgumentException("organisation-wide installs are not supported; install into a workspace");
    }
    if (i.getBotAccessToken() == null) throw new IllegalArgumentException("the install granted no bot token");
    Instant at = i.getInstalledAt() == null ? clock.instant() : Instant.ofEpochMilli(i.getInstalledAt());
    store.save(new Installation(workspace(i.getTeamId()), orEmpty(i.getEnterpriseId()), orEmpty(i.getAppId()),
        orEmpty(i.getBotUserId()), orEmpty(i.getBotId()), i.getBotAccessToken(), orEmpty(i.getBotScope()),
        orEmpty(i.getInstallerUserId()), at));
  }

  @Override
  public void deleteBot(Bot bot) {
    if (bot.getTeamId() != null) store.delete(workspace(bot.getTeamId()));
  }

  @Override
  public void deleteInstaller(Installer installer) {
    if (installer.getTeamId() != null) store.delete(workspace(installer.getTeamId()));
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    if (teamId != null) store.delete(workspace(teamId));
  }

  /** What a user of a workspace without Herald hears when they try a command or a button. */
  @Override
  public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
    return NOT_INSTALLED;
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    return find(teamId).map(SlackInstallationService::bot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return find(teamId).map(SlackInstallationService::installer).orElse(null);
  }

  private Optional<Installation> find(String teamId) {
    return teamId == null || teamId.isBlank() ? Optional.empty() : store.find(workspace(teamId));
  }

  private static DefaultBot bot(Installation i) {
    DefaultBot b = new DefaultBot();
    b.setAppId(i.appId());
    b.setEnterpriseId(i.enterpriseId().isEmpty() ? null : i.enterpriseId());
    b.setTeamId(i.workspace().id());
    b.setIsEnterpriseInstall(false);
    b.setBotId(i.botId());
    b.setBotUserId(i.botUserId());
    b.setBotScope(i.botScopes());
    b.setBotAccessToken(i.botToken());
    b.setInstalledAt(i.installedAt().toEpochMilli());
    return b;
  }

  private static DefaultInstaller installer(Installation i) {
    DefaultInstaller d = new DefaultInstaller();
    d.setAppId(i.appId());
    d.setEnterpriseId(i.enterpriseId().isEmpty() ? null : i.enterpriseId());
    d.setTeamId(i.workspace().id());
    d.setIsEnterpriseInstall(false);
    d.setInstallerUserId(i.installerUserId());
    d.setBotId(i.botId());
    d.setBotUserId(i.botUserId());
    d.setBotScope(i.botScopes());
    d.setBotAccessToken(i.botToken());
    d.setInstalledAt(i.installedAt().toEpochMilli());
    return d;
  }

  private static WorkspaceKey workspace(String teamId) {
    return new WorkspaceKey(Platform.SLACK, teamId);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
