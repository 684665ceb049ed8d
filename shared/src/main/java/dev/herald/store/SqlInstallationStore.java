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
    db.write(c -> {
      int n = Sql.update(c,
          "UPDATE installations SET enterprise_id = ?, app_id = ?, bot_user_id = ?, bot_id = ?, bot_token = ?,"
              + " bot_scopes = ?, installer_user_id = ?, installed_at = ?, updated_at = ? WHERE workspace_key = ?",
          i.enterpriseId(), i.appId(), i.botUserId(), i.botId(), i.botToken(), i.botScopes(), i.installerUserId(),
          i.installedAt(), clock.instant(), key);
      if (n == 0) {
        Sql.update(c, "INSERT INTO installations (workspace_key, platform, workspace_id, enterprise_id, app_id,"
                + " bot_user_id, bot_id, bot_token, bot_scopes, installer_user_id, installed_at, updated_at) VALUES (" + Sql.placeholders(12) + ")",
            key, i.workspace().platform().key(), i.workspace().id(), i.enterpriseId(), i.appId(), i.botUserId(),
            i.botId(), i.botToken(), i.botScopes(), i.installerUserId(), i.installedAt(), clock.instant());
      }
      return null;
    });
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
