package dev.herald.store;

import dev.herald.model.Installation;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Workspaces Herald was installed into through OAuth, with their bot tokens. Thread-safe. */
public interface InstallationStore {
  /** Inserts the installation or replaces the workspace's previous one (a re-install grants a new token). */
  void save(Installation installation);

  Optional<Installation> find(WorkspaceKey workspace);

  /** Forgets the workspace's installation (uninstalled, token revoked); false when there was none. */
  boolean delete(WorkspaceKey workspace);

  /** Every installation on the platform, ordered by workspace id. */
  List<Installation> all(Platform platform);

  /** The SQL store over {@code db}; {@code clock} stamps the rows it writes. */
  static InstallationStore sql(Database db, Clock clock) {
    return new SqlInstallationStore(db, clock);
  }
}
