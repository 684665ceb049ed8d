package dev.herald.store;

import java.time.Instant;
import java.util.List;

/** {@link InstanceStatusStore} on {@code instance_status}: one row per instance, upserted. */
final class SqlInstanceStatusStore implements InstanceStatusStore {
  private final Database db;

  SqlInstanceStatusStore(Database db) {
    this.db = db;
  }

  @Override
  public void publish(String instance, Instant at, String report) {
    db.write(c -> Sql.update(c, "INSERT INTO instance_status (instance, reported_at, report) VALUES (?, ?, ?)"
        + " ON CONFLICT (instance) DO UPDATE SET reported_at = excluded.reported_at, report = excluded.report",
        instance, at, report));
  }

  @Override
  public List<Report> since(Instant since) {
    return db.read(c -> Sql.list(c, "SELECT instance, reported_at, report FROM instance_status WHERE reported_at >= ?"
        + " ORDER BY instance", rs -> new Report(rs.getString(1), Sql.instant(rs, "reported_at"), rs.getString(3)),
        since));
  }

  @Override
  public void forget(String instance, Instant before) {
    db.write(c -> Sql.update(c, "DELETE FROM instance_status WHERE instance = ? OR reported_at < ?", instance, before));
  }
}
