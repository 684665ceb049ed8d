package dev.herald.store;

import dev.herald.model.Installation;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

final class SqlInstallationStore implements InstallationStore {
  private static final String COLUMNS = "workspace_key, enterprise_id, app_id, bot_user_id, bot_id, bot_token,"
      + " bot_scopes, installer_user_id, installed_at";

  private final Database db;
  private final Clock clock;

  SqlInstallationStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public void save(Installation i) {
    String key = i.workspace().toString();
    db.write(c -> Sql.update(c, "INSERT INTO installations (workspace_key, platform, workspace_id, enterprise_id,"
            + " app_id, bot_user_id, bot_id, bot_token, bot_scopes, installer_user_id, installed_at, updated_at)"
            + " VALUES (" + Sql.placeholders(12) + ") ON CONFLICT (workspace_key) DO UPDATE SET"
            + " enterprise_id = excluded.enterprise_id, app_id = excluded.app_id, bot_user_id = excluded.bot_user_id,"
            + " bot_id = excluded.bot_id, bot_token = excluded.bot_token, bot_scopes = excluded.bot_scopes,"
            + " installer_user_id = excluded.installer_user_id, installed_at = excluded.installed_at,"
            + " updated_at = excluded.updated_at",
        key, i.workspace().platform().key(), i.workspace().id(), i.enterpriseId(), i.appId(), i.botUserId(),
        i.botId(), i.botToken(), i.botScopes(), i.installerUserId(), i.installedAt(), clock.instant()));
  }

  @Override
  public Optional<Installation> find(WorkspaceKey workspace) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM installations WHERE workspace_key = ?",
        SqlInstallationStore::installation, workspace.toString()));
  }

  @Override
  public boolean delete(WorkspaceKey workspace) {
    return db.write(c -> Sql.update(c, "DELETE FROM installations WHERE workspace_key = ?", workspace.toString()) > 0);
  }

  @Override
  public List<Installation> all(Platform platform) {
    return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM installations WHERE platform = ?"
        + " ORDER BY workspace_id", SqlInstallationStore::installation, platform.key()));
  }

  private static Installation installation(ResultSet rs) throws SQLException {
    return new Installation(
        WorkspaceKey.parse(rs.getString("workspace_key")),
        rs.getString("enterprise_id"),
        rs.getString("app_id"),
        rs.getString("bot_user_id"),
        rs.getString("bot_id"),
        rs.getString("bot_token"),
        rs.getString("bot_scopes"),
        rs.getString("installer_user_id"),
        Sql.instant(rs, "installed_at"));
  }
}
